// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainInfo.h"

#include "virt/DomainConsoleLoader.h"
#include "virt/DomainSummaries.h"
#include "virt/DomainXml.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdlib>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
bool lastErrorIsNoDomain()
{
    const virErrorPtr e = virGetLastError();
    return e && e->code == VIR_ERR_NO_DOMAIN;
}
} // namespace

// A snapshot of one domain. Worker thread; a few calls (on a remote connection, round trips).
DomainInfo DomainInfo::fetch(virDomainPtr dom, bool *gone)
{
    DomainInfo info;
    *gone = false;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    if (const char *name = virDomainGetName(dom))
        info.name = QString::fromUtf8(name);
    int state = 0;
    int reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0) {
        *gone = lastErrorIsNoDomain();
        return info;
    }
    info.state = DomainInfo::State(state);
    info.reason = reason;
    const unsigned id = virDomainGetID(dom);
    info.id = id == unsigned(-1) ? -1 : int(id);
    const int persistent = virDomainIsPersistent(dom);
    if (persistent < 0 && lastErrorIsNoDomain()) {
        *gone = true;
        return info;
    }
    info.persistent = persistent != 0;
    if (char *xml = virDomainGetXMLDesc(dom, 0)) {
        if (const auto parsed = DomainXml::parse(QByteArray(xml)))
            info.consoles = parsed->consoles();
        info.consolesLoaded = true;
        std::free(xml);
    } else if (lastErrorIsNoDomain()) {
        *gone = true;
    }
    return info;
}

DomainInfoList DomainInfo::listAll(virConnectPtr conn, bool *ok)
{
    auto summaries = DomainSummaries::fetch(conn);
    *ok = summaries.has_value();
    if (!summaries)
        return {};
    const std::atomic<bool> notCancelled{false};
    DomainConsoleLoader::Outcome outcome{};
    const DomainConsolesList consoles =
        DomainConsoleLoader::load(*summaries->handles, 0, summaries->handles->size(), notCancelled, &outcome);
    if (outcome == DomainConsoleLoader::Outcome::Failed) {
        *ok = false;
        return {};
    }
    QHash<QString, const ConsoleDeviceList *> byUuid;
    for (const DomainConsoles &c : consoles)
        byUuid.insert(c.uuid, &c.consoles);
    DomainInfoList list;
    list.reserve(summaries->domains.size());
    for (DomainInfo &d : summaries->domains) {
        const ConsoleDeviceList *found = byUuid.value(d.uuid);
        if (!found)
            continue; // vanished between the two phases
        d.consoles = *found;
        d.consolesLoaded = true;
        list.append(std::move(d));
    }
    return list;
}

QString DomainInfo::stateText(State state)
{
    switch (state) {
    case State::NoState: return QCoreApplication::translate("vcv::DomainInfo", "no state");
    case State::Running: return QCoreApplication::translate("vcv::DomainInfo", "running");
    case State::Blocked: return QCoreApplication::translate("vcv::DomainInfo", "blocked");
    case State::Paused: return QCoreApplication::translate("vcv::DomainInfo", "paused");
    case State::ShuttingDown: return QCoreApplication::translate("vcv::DomainInfo", "shutting down");
    case State::ShutOff: return QCoreApplication::translate("vcv::DomainInfo", "shut off");
    case State::Crashed: return QCoreApplication::translate("vcv::DomainInfo", "crashed");
    case State::Suspended: return QCoreApplication::translate("vcv::DomainInfo", "suspended");
    }
    return QString();
}

QString DomainInfo::stateIconName(State state)
{
    switch (state) {
    case State::Running:
    case State::Blocked: return u"media-playback-start"_s;
    case State::Paused:
    case State::Suspended: return u"media-playback-pause"_s;
    case State::ShuttingDown: return u"system-shutdown"_s;
    case State::Crashed: return u"dialog-error"_s;
    case State::ShutOff:
    case State::NoState: return u"media-playback-stop"_s;
    }
    return QString();
}

} // namespace vcv
