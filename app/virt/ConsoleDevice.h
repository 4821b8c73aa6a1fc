// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace vcv {

/// One character device of a domain that virDomainOpenConsole can attach to: a <serial>, or a
/// <console> that is not merely the mirror of serial0. A plain value; QtCore only.
struct ConsoleDevice
{
    enum class Kind { Serial, Console };

    Kind kind = Kind::Serial;
    /// The device alias passed to virDomainOpenConsole as dev_name ("serial0", "console1" …). Taken
    /// from <alias name>, or derived the way libvirt's QEMU driver names it when the XML has none
    /// (an inactive domain's XML never has aliases).
    QString alias;
    /// <target type>: "isa-serial", "pci-serial", "virtio", "serial" …; empty when not given.
    QString targetType;
    /// <target port>; -1 when not given.
    int port = -1;
    /// The source type attribute: "pty", "file", "unix", "tcp" …
    QString sourceType;
    /// For an active pty source: the host's /dev/pts/N; empty otherwise.
    QString ptyPath;
    /// <log file> written by virtlogd; empty when the device has no log.
    QString logFile;
    /// <log append='on'>: boots run together in the file instead of truncating it at start.
    bool logAppend = false;
    /// The device virDomainOpenConsole(dev_name = NULL) opens: the domain's first <console> (for a
    /// PC guest the mirror of serial0, folded into it). At most one per domain.
    bool isDefault = false;

    bool hasLog() const { return !logFile.isEmpty(); }
    /// Whether libvirt can stream this device to a client (pty sources only, for QEMU).
    bool isInteractive() const { return sourceType == QLatin1String("pty"); }
    friend bool operator==(const ConsoleDevice &, const ConsoleDevice &) = default;
};

using ConsoleDeviceList = QList<ConsoleDevice>;

/// The device with this alias in `consoles`, or with an empty alias the default one; nullptr when
/// there is none. The pointer is into `consoles`.
inline const ConsoleDevice *findConsole(const ConsoleDeviceList &consoles, const QString &alias)
{
    for (const ConsoleDevice &d : consoles)
        if (alias.isEmpty() ? d.isDefault : d.alias == alias)
            return &d;
    return nullptr;
}

} // namespace vcv
