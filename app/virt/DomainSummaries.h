// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/DomainHandles.h"
#include "virt/DomainInfo.h"

#include <memory>
#include <optional>

struct _virConnect; // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

/// The fast first phase of listing a connection's domains: name, UUID, ID, state and persistence
/// of every domain from two bulk calls — virConnectGetAllDomainStats with the state group, and
/// virConnectListAllDomains of the transient domains — so two round trips however many domains
/// there are. Drivers without the stats call get one virDomainGetState and one
/// virDomainIsPersistent per domain instead.
///
/// The consoles are not in it (DomainInfo::consolesLoaded is false): they need each domain's XML,
/// which DomainConsoleLoader reads afterwards through `handles`, without looking the domains up
/// again.
///
/// Threads: fetch() blocks on the network; call it on a worker thread. The result is a value and
/// may be handed to any thread.
struct DomainSummaries
{
    DomainInfoList domains;                       ///< in no particular order
    std::shared_ptr<const DomainHandles> handles; ///< the same domains, sorted by name

    /// std::nullopt when listing failed (the connection broke, say); virGetLastError() tells why.
    static std::optional<DomainSummaries> fetch(_virConnect *connection);
};

} // namespace vcv
