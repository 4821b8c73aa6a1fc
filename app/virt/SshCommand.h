// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vcv {

/// The `ssh` arguments that reach the host of a libvirt URI with the ssh transport
/// (qemu+ssh://user@host:port/system?keyfile=…&no_verify=1&no_tty=1), the way libvirt's own
/// ssh transport reaches it: same user, port and key, host-key checking off only with no_verify,
/// batch mode (no prompts at all) only with no_tty. For work libvirt does not do for us over that
/// connection, such as reading a console log on the host.
class SshCommand
{
public:
    /// Options then the destination; the caller appends the remote command. nullopt with
    /// *error for a URI that does not use the ssh program (a local one, qemu+tls://, libssh2 …).
    static std::optional<QStringList> argumentsForUri(const QString &uri, QString *error = nullptr);
    /// Whether the URI's transport runs the ssh program.
    static bool usesSshProgram(const QString &uri);
    /// Where an ssh command line connects, for people: "user@host" with ":port" unless 22
    /// ("[v6addr]:port" for IPv6). `argv` is ssh's whole command line, argv[0] included; empty
    /// when it holds no destination.
    static QString destinationOf(const QStringList &argv);
};

} // namespace vcv
