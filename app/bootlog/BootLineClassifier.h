// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace vcv {

/// What went wrong in a boot, in the kinds an admin or a test farm asks about. The names
/// (problemName()) are part of `--boot-report --json`: never rename one.
enum class BootProblemKind : quint8 {
    KernelPanic,   ///< "Kernel panic - not syncing"; Windows' stop error (its STOPCODE line over EMS)
    Oops,          ///< "Oops: …", "general protection fault", arm64's "Internal error: Oops"
    Bug,           ///< "BUG: …", "kernel BUG at …" (lockups are Lockup)
    KernelWarning, ///< "WARNING: CPU: N PID: N at …" (the WARN() of the kernel; its Call Trace follows)
    HungTask,      ///< "INFO: task X:N blocked for more than N seconds"
    Lockup,        ///< soft lockup, hard LOCKUP (the kernel's watchdog)
    RcuStall,      ///< "rcu: INFO: rcu_sched detected stalls on CPUs/tasks"
    OomKill,       ///< "Out of memory: Killed process …" (one line per kill)
    Segfault,      ///< "prog[N]: segfault at …"
    FailedUnit,    ///< systemd's "[FAILED] …" status line, or "systemd[1]: Failed to start …"
    EmergencyMode, ///< systemd's or dracut's emergency / rescue shell
    BootTimeout, ///< a root device that never came: dracut's initqueue timeout, systemd's "Timed out waiting for device", initramfs-tools' "Gave up waiting"
    Firmware,    ///< SeaBIOS / OVMF found nothing to boot, GRUB errors and its rescue shell
};

/// A step of a boot, for its timeline. The names (milestoneName()) are part of the JSON report.
enum class BootMilestoneKind : quint8 {
    Firmware,        ///< the firmware's banner (SeaBIOS, OVMF's BdsDxe, EDK II)
    Bootloader,      ///< GRUB, SYSLINUX: "Booting `…'", "Loading Linux …"
    Kernel,          ///< "Linux version …"; Windows' "SAC started and initialized"
    Init,            ///< "Run /init as init process" (the initramfs or the root's init)
    RootMounted,     ///< the first file system mounted (EXT4, XFS) or "VFS: Mounted root"
    Systemd,         ///< "systemd N running" or systemd's "Welcome to …!"
    Target,          ///< each "Reached target …"
    StartupFinished, ///< "Startup finished in … = T" (its seconds: systemd's own total)
    LoginPrompt,     ///< "host login:"
};

/// Reads one line of a console log for what a boot report needs: a problem, a milestone, the
/// kernel's clock. Lines are first tested on their raw bytes (mayMatter(), a few substring tests
/// at memory speed), and only those that pass are decoded and matched with the patterns, so a
/// log of millions of lines costs little more than reading it.
///
/// The patterns are anchored where the kernel, systemd or the firmware put their words, so that
/// ordinary lines ("Correctable Errors collector initialized", "0 errors", "error-free", a program
/// printing "WARNING: …") are not problems.
///
/// Threading: pure functions, any thread.
class BootLineClassifier
{
public:
    struct Milestone
    {
        BootMilestoneKind kind = BootMilestoneKind::Kernel;
        /// For Target, "target <its name>"; otherwise milestoneName(kind).
        QString name;
        /// Seconds since the kernel started (its clock on the line), or systemd's total for
        /// StartupFinished; none when the line carries no clock.
        std::optional<double> seconds;
    };

    /// False when the raw line cannot be a problem or a milestone (no need to decode it): it is
    /// plain (LineDecoder::isPlain()) and holds none of the words the patterns need.
    static bool mayMatter(QByteArrayView raw);
    /// The problem that `text` (a decoded line: no escape sequences) reports, if any.
    static std::optional<BootProblemKind> problem(QStringView text);
    /// The milestone that `text` marks, if any.
    static std::optional<Milestone> milestone(QStringView text);
    /// The kernel's clock at the start of the line ("[   12.345678] …"), if it has one.
    static std::optional<double> kernelSeconds(QStringView text);

    /// "kernel-panic", "oops", "bug", "kernel-warning", "hung-task", "lockup", "rcu-stall",
    /// "oom-kill", "segfault", "failed-unit", "emergency-mode", "boot-timeout", "firmware".
    static QString problemName(BootProblemKind kind);
    /// "firmware", "bootloader", "kernel", "init", "root-mounted", "systemd", "target",
    /// "startup-finished", "login-prompt".
    static QString milestoneName(BootMilestoneKind kind);
};

} // namespace vcv
