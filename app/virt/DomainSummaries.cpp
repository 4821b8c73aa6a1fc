// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainSummaries.h"

#include <QSet>

#include <cstdlib>
#include <cstring>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace vcv {

namespace {

QString uuidOf(virDomainPtr dom)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    return virDomainGetUUIDString(dom, uuid) == 0 ? QString::fromLatin1(uuid) : QString();
}

// Name, UUID and ID are carried by the domain object itself: no round trip.
DomainInfo localPart(virDomainPtr dom)
{
    DomainInfo info;
    info.uuid = uuidOf(dom);
    if (const char *name = virDomainGetName(dom))
        info.name = QString::fromUtf8(name);
    const unsigned id = virDomainGetID(dom);
    info.id = id == unsigned(-1) ? -1 : int(id);
    return info;
}

// One round trip: the UUIDs of the transient domains (usually few), to tell persistence apart.
std::optional<QSet<QString>> transientUuids(virConnectPtr conn)
{
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, VIR_CONNECT_LIST_DOMAINS_TRANSIENT);
    if (n < 0)
        return std::nullopt;
    QSet<QString> uuids;
    for (int i = 0; i < n; ++i) {
        uuids.insert(uuidOf(doms[i]));
        virDomainFree(doms[i]);
    }
    std::free(static_cast<void *>(doms));
    return uuids;
}

// One round trip for all domains' states. std::nullopt when the driver lacks the call.
std::optional<DomainSummaries> fromStats(virConnectPtr conn, const QSet<QString> &transient)
{
    virDomainStatsRecordPtr *records = nullptr;
    const int n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE, &records, 0);
    if (n < 0)
        return std::nullopt;
    DomainSummaries result;
    auto handles = std::make_shared<DomainHandles>();
    result.domains.reserve(n);
    for (int i = 0; i < n; ++i) {
        virDomainPtr dom = records[i]->dom;
        DomainInfo info = localPart(dom);
        int state = 0;
        int reason = 0;
        virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.state", &state);
        virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.reason", &reason);
        info.state = DomainInfo::State(state);
        info.reason = reason;
        info.persistent = !transient.contains(info.uuid);
        result.domains.append(std::move(info));
        virDomainRef(dom); // the record list frees its own reference
        handles->adopt(dom);
    }
    virDomainStatsRecordListFree(records);
    handles->sortByName();
    result.handles = std::move(handles);
    return result;
}

// The fallback: a list, then two calls per domain (still no XML).
std::optional<DomainSummaries> perDomain(virConnectPtr conn)
{
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    if (n < 0)
        return std::nullopt;
    DomainSummaries result;
    auto handles = std::make_shared<DomainHandles>();
    for (int i = 0; i < n; ++i) {
        DomainInfo info = localPart(doms[i]);
        int state = 0;
        int reason = 0;
        const bool exists = virDomainGetState(doms[i], &state, &reason, 0) == 0;
        const int persistent = exists ? virDomainIsPersistent(doms[i]) : -1;
        if (!exists || persistent < 0) { // gone meanwhile: an event will say so
            virDomainFree(doms[i]);
            continue;
        }
        info.state = DomainInfo::State(state);
        info.reason = reason;
        info.persistent = persistent != 0;
        result.domains.append(std::move(info));
        handles->adopt(doms[i]);
    }
    std::free(static_cast<void *>(doms));
    handles->sortByName();
    result.handles = std::move(handles);
    return result;
}

} // namespace

std::optional<DomainSummaries> DomainSummaries::fetch(virConnectPtr conn)
{
    const auto transient = transientUuids(conn);
    if (!transient)
        return std::nullopt;
    if (auto summaries = fromStats(conn, *transient))
        return summaries;
    const virErrorPtr e = virGetLastError();
    if (!e || e->code != VIR_ERR_NO_SUPPORT)
        return std::nullopt;
    virResetLastError();
    return perDomain(conn);
}

} // namespace vcv
