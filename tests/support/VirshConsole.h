// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace vcv::test {

/// `virsh console NAME` attached to a guest of the sandbox from a process of its own, as a user in
/// another terminal would hold it: another process, another libvirt connection. virsh needs a
/// terminal, so it runs under `script` (a pty of its own); its stdin is kept open for the whole
/// life of the object, because an end of file there would reach the guest's shell as ^D (and the
/// sandbox guest's shell is its init: the kernel panics).
///
/// Not thread-safe; use it from the test's thread, which must spin the event loop (QTRY_*,
/// QSignalSpy::wait) for output() to grow. Killed, if still running, when the object dies.
class VirshConsole
{
public:
    /// Starts `virsh -c URI console NAME` (plus `extraArguments`, e.g. --force). Returns at once.
    VirshConsole(const QString &uri, const QString &domain, const QStringList &extraArguments = {});
    ~VirshConsole();
    VirshConsole(const VirshConsole &) = delete;
    VirshConsole &operator=(const VirshConsole &) = delete;

    /// Everything virsh has printed so far (its own messages and the guest's output, with CR LF).
    QByteArray output();
    /// True once virsh printed "Escape character is", which it does after its console opened.
    bool attached();
    /// True once the process has ended (virsh exited, or never started).
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    /// The process itself, for QSignalSpy on finished().
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace vcv::test
