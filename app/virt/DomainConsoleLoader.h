// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/ConsoleDevice.h"
#include "virt/DomainHandles.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>

namespace vcv {

/// The consoles of one domain, as read from its XML.
struct DomainConsoles
{
    QString uuid;
    ConsoleDeviceList consoles;
    friend bool operator==(const DomainConsoles &, const DomainConsoles &) = default;
};
using DomainConsolesList = QList<DomainConsoles>;

/// The second phase of listing: the consoles (with their virtlogd log files) of domains already
/// listed by DomainSummaries. libvirt has no bulk call for domain XML, so this is one
/// virDomainGetXMLDesc per domain — the fewest round trips possible — but they are sent several
/// at once from a few threads: libvirt's RPC client pipelines concurrent calls on one
/// connection, so on a remote host a batch costs about batch / kParallel round trips instead of
/// one per domain.
///
/// Threads: load() blocks on the network; call it on a worker thread (it starts and joins its
/// own helper threads before it returns). Results are values.
class DomainConsoleLoader
{
public:
    /// Calls in flight at once on the connection.
    static constexpr int kParallel = 8;

    enum class Outcome {
        Complete,  ///< every domain of the range was read, or had vanished (left out)
        Cancelled, ///< `cancelled` became true; the result holds what was read before
        Failed,    ///< a call failed for another reason than a vanished domain (the connection broke)
    };

    /// Reads the XML of handles [first, first + count) (clamped to the handles' size). Domains
    /// that no longer exist are left out of the result: the lifecycle event that removed them
    /// tells the rest.
    static DomainConsolesList load(const DomainHandles &handles, size_t first, size_t count,
                                   const std::atomic<bool> &cancelled, Outcome *outcome);
};

} // namespace vcv

Q_DECLARE_METATYPE(vcv::DomainConsolesList)
