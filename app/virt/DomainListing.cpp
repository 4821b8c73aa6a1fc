// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainListing.h"

#include "virt/ConnectionError.h"
#include "virt/DomainInfo.h"

#include <libvirt/libvirt.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vcv {

QString DomainListing::text(const QString &uri, QString *error)
{
    const QString trimmed = uri.trimmed();
    if (!trimmed.isEmpty()) {
        if (const ConnectionError bad = ConnectionError::checkUri(trimmed); bad.isError()) {
            if (error)
                *error = bad.text();
            return {};
        }
    }
    const QByteArray utf8 = trimmed.toUtf8();
    virConnectPtr conn =
        virConnectOpenAuth(trimmed.isEmpty() ? nullptr : utf8.constData(), virConnectAuthPtrDefault, VIR_CONNECT_RO);
    if (!conn) {
        if (error)
            *error = ConnectionError::fromLastError(trimmed).text();
        return {};
    }
    bool ok = false;
    DomainInfoList domains = DomainInfo::listAll(conn, &ok);
    if (!ok) {
        if (error)
            *error = ConnectionError::fromLastError(trimmed).text();
        virConnectClose(conn);
        return {};
    }
    virConnectClose(conn);
    std::sort(domains.begin(), domains.end(), [](const DomainInfo &a, const DomainInfo &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    const auto orDash = [](const QString &s) { return s.isEmpty() ? u"-"_s : s; };
    QString out;
    for (const DomainInfo &d : std::as_const(domains)) {
        out += d.name + u'\t' + DomainInfo::stateText(d.state) + u'\t' + (d.id >= 0 ? QString::number(d.id) : u"-"_s) +
            u'\t' + d.uuid + u'\t' + (d.persistent ? u"persistent"_s : u"transient"_s) + u'\n';
        for (const ConsoleDevice &c : d.consoles)
            out += u'\t' + c.alias + u'\t' + orDash(c.targetType) + u'\t' + orDash(c.logFile) + u'\n';
    }
    return out;
}

} // namespace vcv
