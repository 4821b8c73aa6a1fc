// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vcv::test {

/// The libvirt sandbox of tools/sandbox, as tests see it: a private libvirtd and virtlogd inside
/// the Debian 13 root (started by the CTest fixture "sandbox", or here when a test runs alone).
/// All functions block; call them from the test's main thread.
class Sandbox
{
public:
    /// The URI of the sandbox's libvirtd.
    static QString uri();

    /// Starts virtlogd and libvirtd unless they run already. Returns false and sets *error when
    /// they cannot be started (outside the Debian 13 root, say).
    static bool ensureUp(QString *error);

    /// Runs a script of tools/sandbox with arguments; returns its exit code, its stdout in *out.
    static int runTool(const QString &tool, const QStringList &arguments, QByteArray *out = nullptr,
                       QByteArray *err = nullptr, int timeoutMs = 120000);
};

} // namespace vcv::test
