// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <libvirt/libvirt.h>

namespace vcv::test {

/// A guest of the sandbox for one test: tools/sandbox/guest's kernel + busybox initramfs under
/// TCG, its serial console logged by virtlogd. Destroyed and undefined when the object dies, so
/// a failing test leaves nothing behind. Not thread-safe: use it from the test's thread.
class TestGuest
{
public:
    struct Options
    {
        bool log = true;            ///< a <log file> on serial0
        QString logFile;            ///< default /var/log/libvirt/qemu/NAME-serial0.log
        bool append = true;         ///< virtlogd append='on'
        int lines = 0;              ///< numbered lines "vcv-line 000001 …" printed at boot
        bool serial1 = false;       ///< a second serial port, without a log
        bool virtioConsole = false; ///< a virtio console (alias console1, /dev/hvc0 in the guest)
    };

    /// `name` should be unique per test (the sandbox may be shared by a whole test run).
    explicit TestGuest(const QString &name, Options options);
    explicit TestGuest(const QString &name)
        : TestGuest(name, Options{})
    {
    }
    ~TestGuest();
    TestGuest(const TestGuest &) = delete;
    TestGuest &operator=(const TestGuest &) = delete;

    /// Defines the guest (persistent), replacing a guest of the same name and removing its log
    /// chain, both left by an earlier run. Starts the sandbox daemons when needed.
    bool define(QString *error);
    /// Starts it, optionally paused (VIR_DOMAIN_START_PAUSED).
    bool start(QString *error, bool paused = false);
    bool resume(QString *error);
    /// Defines and starts it, then waits for its shell's prompt in the log (waitForShellPrompt).
    bool boot(QString *error, int timeoutMs = 90000);
    void destroy();

    QString name() const { return m_name; }
    QString logFile() const { return m_logFile; }
    virDomainPtr domain() const { return m_domain; }
    virConnectPtr connection() const { return m_conn; }

    /// The whole serial log, rotations included (file.2, file.1, file.0, file: the sandbox's
    /// virtlogd keeps three), as virtlogd wrote it.
    QByteArray readLogChain() const;
    /// The paths of the chain that exist, oldest first (listed, not discovered: an oracle for
    /// the app's own discovery).
    QStringList logChainFiles() const;
    /// Polls the log chain (spinning the Qt event loop) until it holds `needle`.
    bool waitForLog(const QByteArray &needle, int timeoutMs = 60000) const;
    /// Waits until the log shows the shell's prompt after the last "vcv-guest-ready": from
    /// then on, typed keys reach the shell.
    bool waitForShellPrompt(int timeoutMs = 60000) const;

    /// Asks libvirt, on this object's own connection, whether another client holds the first
    /// console: a safe virDomainOpenConsole refused with VIR_ERR_OPERATION_FAILED ("Active
    /// console session exists for this domain") means it does; *libvirtMessage gets that answer.
    /// When nobody holds it, the session this question opened is closed again at once (so a
    /// client opening at that very moment could be refused: ask only while the holder is settled).
    /// `alias` asks about another console device (serial1, console1, …).
    bool consoleHeld(QString *libvirtMessage = nullptr, const QString &alias = {}) const;

private:
    QString m_name;
    Options m_options;
    QString m_logFile;
    virConnectPtr m_conn = nullptr;
    virDomainPtr m_domain = nullptr;
};

} // namespace vcv::test
