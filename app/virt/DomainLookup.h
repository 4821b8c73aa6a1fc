// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

struct _virConnect; // NOLINT(bugprone-reserved-identifier): libvirt names its types so
struct _virDomain;  // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

/// Finds a domain from what a user typed, in virt-viewer's order: as a domain ID, then as a
/// UUID, then as a name. Blocking libvirt calls on the calling thread.
class DomainLookup
{
public:
    /// A new reference to the domain (release it with virDomainFree), or nullptr with *error set.
    static _virDomain *find(_virConnect *connection, const QString &idUuidOrName, QString *error = nullptr);

    /// Whether the domain runs with its devices in place. From its start until QEMU has told
    /// libvirt its PTYs, a domain is active but paused with reason STARTING_UP, and opening its
    /// console fails with VIR_ERR_OPERATION_FAILED ("PTY device is not yet assigned"), the code of
    /// a held console: such a domain is not running yet (its STARTED event follows). Blocking.
    static bool isRunningWithDevices(_virDomain *domain);
};

} // namespace vcv
