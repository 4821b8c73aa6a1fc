// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// BootLineClassifier on a corpus of console lines as the kernel, systemd, dracut,
// initramfs-tools, SeaBIOS, OVMF and GRUB print them, each with the answer written by hand:
// every problem is found, and the ordinary lines that share its words are not.
#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vcv::BootLineClassifier;
using vcv::BootMilestoneKind;
using vcv::BootProblemKind;

namespace {

// Both steps, as the report runs them: the byte filter, then the patterns on the decoded line.
std::optional<BootProblemKind> problemOf(const QByteArray &raw)
{
    if (!BootLineClassifier::mayMatter(raw))
        return std::nullopt;
    return BootLineClassifier::problem(vcv::LineDecoder::decodeText(raw));
}

std::optional<BootLineClassifier::Milestone> milestoneOf(const QByteArray &raw)
{
    if (!BootLineClassifier::mayMatter(raw))
        return std::nullopt;
    return BootLineClassifier::milestone(vcv::LineDecoder::decodeText(raw));
}

} // namespace

class TestBootLineClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("kind");
        const auto row = [](const char *name, const QByteArray &line, const QString &kind) {
            QTest::newRow(name) << line << kind;
        };
        row("panic", "[   12.345678] Kernel panic - not syncing: sysrq triggered crash", u"kernel-panic"_s);
        row("panic init", "[    3.000001] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000",
            u"kernel-panic"_s);
        row("panic no clock", "Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)",
            u"kernel-panic"_s);
        row("oops", "[   45.100000] Oops: 0000 [#1] PREEMPT SMP NOPTI", u"oops"_s);
        row("oops gpf",
            "[   45.100000] Oops: general protection fault, probably for non-canonical address 0xdead000000000100: "
            "0000 [#1] SMP",
            u"oops"_s);
        row("gpf old", "[   45.100000] general protection fault: 0000 [#1] SMP PTI", u"oops"_s);
        row("oops arm64", "[   45.100000] Internal error: Oops: 0000000096000004 [#1] PREEMPT SMP", u"oops"_s);
        row("bug null", "[   45.000000] BUG: kernel NULL pointer dereference, address: 0000000000000008", u"bug"_s);
        row("bug sleeping", "[    9.000000] BUG: sleeping function called from invalid context at mm/slab.h:493",
            u"bug"_s);
        row("kernel bug at", "[    9.000000] kernel BUG at mm/usercopy.c:99!", u"bug"_s);
        row("warning", "[    6.259808] WARNING: CPU: 0 PID: 1 at drivers/misc/demo.c:42 demo_probe+0x1c/0x30",
            u"kernel-warning"_s);
        row("warning old", "[    6.259808] WARNING: at kernel/sched/core.c:1234 sched_foo+0x1/0x2()",
            u"kernel-warning"_s);
        row("hung task", "[  241.000000] INFO: task kworker/u8:2:123 blocked for more than 120 seconds.",
            u"hung-task"_s);
        row("soft lockup", "[   60.000000] watchdog: BUG: soft lockup - CPU#1 stuck for 22s! [swapper/1:0]",
            u"lockup"_s);
        row("soft lockup old", "[   60.000000] BUG: soft lockup - CPU#0 stuck for 23s! [kworker/0:1:40]", u"lockup"_s);
        row("hard lockup", "[   60.000000] watchdog: Watchdog detected hard LOCKUP on cpu 3", u"lockup"_s);
        row("rcu", "[   80.000000] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:", u"rcu-stall"_s);
        row("rcu self", "[   80.000000] INFO: rcu_sched self-detected stall on CPU", u"rcu-stall"_s);
        row("oom", "[  300.000000] Out of memory: Killed process 1234 (stress) total-vm:1048576kB, anon-rss:1000000kB",
            u"oom-kill"_s);
        row("oom cgroup", "[  300.000000] Memory cgroup out of memory: Killed process 99 (java) total-vm:2kB",
            u"oom-kill"_s);
        row("segfault",
            "[   20.000000] myapp[4321]: segfault at 0 ip 000055d5c0a0b0c0 sp 00007ffd error 4 in "
            "myapp[55d5c0a00000+1000]",
            u"segfault"_s);
        row("failed unit",
            "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start \x1b[0;1;39mnetworking.service\x1b[0m - Raise network "
            "interfaces.",
            u"failed-unit"_s);
        row("failed mount", "[FAILED] Failed to mount boot-efi.mount - /boot/efi.", u"failed-unit"_s);
        row("systemd failed",
            "[    8.000000] systemd[1]: Failed to start systemd-networkd.service - Network Configuration.",
            u"failed-unit"_s);
        row("emergency", "You are in emergency mode. After logging in, type \"journalctl -xb\" to view",
            u"emergency-mode"_s);
        row("rescue", "You are in rescue mode. After logging in, type \"journalctl -xb\" to view", u"emergency-mode"_s);
        row("dracut emergency",
            "[  190.000000] dracut-initqueue[300]: Entering emergency mode. Exit the shell to continue.",
            u"emergency-mode"_s);
        row("maintenance", "Give root password for maintenance", u"emergency-mode"_s);
        row("dracut timeout",
            "[  185.000000] dracut-initqueue[300]: Warning: dracut-initqueue: timeout, still waiting for following "
            "initqueue hooks:",
            u"boot-timeout"_s);
        row("device timeout",
            "[ \x1b[0;1;31mTIME\x1b[0m ] Timed out waiting for device "
            "\x1b[0;1;39mdev-disk-by\\x2duuid-1234.device\x1b[0m - /dev/disk/by-uuid/1234.",
            u"boot-timeout"_s);
        row("gave up", "Gave up waiting for root file system device.  Common problems:", u"boot-timeout"_s);
        row("alert", "ALERT!  UUID=0a1b2c3d-aaaa-bbbb-cccc-0123456789ab does not exist.  Dropping to a shell!",
            u"boot-timeout"_s);
        row("seabios", "No bootable device.  Retrying in 60 seconds.", u"firmware"_s);
        row("seabios disk", "Boot failed: not a bootable disk", u"firmware"_s);
        row("ovmf",
            "BdsDxe: failed to load Boot0001 \"UEFI QEMU HARDDISK QM00001 \" from PciRoot(0x0)/Pci(0x1,0x1)/Ata(0x0): "
            "Not Found",
            u"firmware"_s);
        row("ovmf none", "BdsDxe: No bootable option or device was found.", u"firmware"_s);
        row("grub partition", "error: no such partition.", u"firmware"_s);
        row("grub file", "error: file `/boot/vmlinuz-6.1.0-18-amd64' not found.", u"firmware"_s);
        row("grub rescue", "Entering rescue mode...", u"firmware"_s);
        row("grub rescue prompt", "grub rescue> ", u"firmware"_s);
        // Windows' stop error, as Emergency Management Services print it on the serial port.
        row("windows stop", "<PROPERTY NAME=\"STOPCODE\" TYPE=\"string\"><VALUE>\"0x7B\"</VALUE></PROPERTY>",
            u"kernel-panic"_s);
    }
    void problems()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, kind);
        const auto found = problemOf(line);
        QVERIFY2(found.has_value(), line.constData());
        QCOMPARE(BootLineClassifier::problemName(*found), kind);
    }

    void ordinaryLinesAreNoProblem_data()
    {
        QTest::addColumn<QByteArray>("line");
        const auto row = [](const char *name, const QByteArray &line) { QTest::newRow(name) << line; };
        row("mce", "[    1.100000] RAS: Correctable Errors collector initialized.");
        row("error-free", "[    2.000000] EXT4-fs (vda1): recovery complete, error-free");
        row("0 errors", "[    2.100000] fsck: /dev/vda1: clean, 0 errors, 11/65536 files");
        row("ok", "[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39msystemd-journald.service\x1b[0m - Journal Service.");
        row("acpi bug word",
            "[    0.012345] ACPI BIOS Error (bug): Could not resolve symbol [\\_SB.PCI0], AE_NOT_FOUND");
        row("panic param", "[    0.000000] Kernel command line: console=ttyS0 panic=10 oops=panic");
        row("panic_on_oops", "[    0.500000] sysctl: kernel.panic_on_oops = 1");
        row("user warning", "WARNING: apt does not have a stable CLI interface. Use with caution in scripts.");
        row("warning in text", "[    3.000000] i8042: Warning: Keylock active");
        row("bug in name", "[    1.000000] Spectre V2 : Mitigation: Retpolines; BUG: none found");
        row("rcu boot", "[    0.000000] rcu: Preemptible hierarchical RCU implementation.");
        row("rcu stall timeout",
            "[    0.000000] rcu: RCU calculated value of scheduler-enlistment delay is 25 jiffies.");
        row("hung task param", "[    0.900000] khungtaskd: hung_task_timeout_secs = 120");
        row("watchdog", "[    0.300000] NMI watchdog: Perf NMI watchdog permanently disabled");
        row("lockup detector", "[    0.300000] watchdog: Disabling watchdog on nohz_full cores by default");
        row("oom score", "[    5.000000] systemd[1]: Setting oom_score_adj to -1000");
        row("failed word", "[    4.000000] pci 0000:00:02.0: BAR 6: failed to assign [mem size 0x00010000 pref]");
        row("systemd other failed",
            "[    8.000000] systemd[1]: Failed to look up module alias 'autofs4': Function not implemented");
        row("emergency target name", "[  OK  ] Reached target emergency-net.target - Emergency Network.");
        row("timeout word", "[    2.000000] ata1: SATA link down (SStatus 0 SControl 300), timeout 500");
        row("grub error word", "Booting `Debian GNU/Linux' -- no error: here");
        row("seabios ok", "Booting from Hard Disk...");
        row("prompt", "root@demo:~# echo error: no such partition");
        row("segfault word", "[    1.000000] x86/fpu: segfault handling enabled");
        // Windows' serial console (EMS/SAC) on a healthy boot, and the lines around a stop error
        // that are not the one reporting it.
        row("sac started", "Computer is booting, SAC started and initialized.");
        row("sac help", "Use the \"ch -?\" command for information about using channels.");
        row("sac prompt", "SAC>");
        row("sac event", "EVENT: The CMD command is now available.");
        row("sac channel", "EVENT:   A new channel has been created.  Use \"ch -?\" for channel help.");
        row("sac shutdown", "The SAC will become unavailable soon.  The computer is shutting down.");
        row("bluescreen head", "<INSTANCE CLASSNAME=\"BLUESCREEN\">");
        row("machine info", "<os-product>Windows Server 2019</os-product>");
        row("other property", "<PROPERTY NAME=\"STOPCODE_TEXT\" TYPE=\"string\"><VALUE>none</VALUE></PROPERTY>");
    }
    void ordinaryLinesAreNoProblem()
    {
        QFETCH(QByteArray, line);
        const auto found = problemOf(line);
        QVERIFY2(!found.has_value(),
                 qPrintable(BootLineClassifier::problemName(found.value_or(BootProblemKind::Firmware))));
    }

    void milestones_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("seconds"); // -1: none
        const auto row = [](const char *tag, const QByteArray &line, const QString &name, double seconds) {
            QTest::newRow(tag) << line << name << seconds;
        };
        row("seabios", "SeaBIOS (version 1.16.3-debian-1.16.3-2)", u"firmware"_s, -1);
        row("ovmf", "BdsDxe: loading Boot0001 \"UEFI QEMU HARDDISK QM00001 \" from PciRoot(0x0)", u"firmware"_s, -1);
        row("grub", "Booting `Debian GNU/Linux'", u"bootloader"_s, -1);
        row("grub loading", "Loading Linux 6.12.48+deb13-amd64 ...", u"bootloader"_s, -1);
        row("kernel", "[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org) (gcc 14.2.0)",
            u"kernel"_s, 0.0);
        row("init", "[    1.523000] Run /init as init process", u"init"_s, 1.523);
        row("root ext4",
            "[    2.250000] EXT4-fs (vda1): mounted filesystem 0a1b2c3d r/w with ordered data mode. Quota mode: none.",
            u"root-mounted"_s, 2.25);
        row("root xfs", "[    2.250000] XFS (vda2): Ending clean mount", u"root-mounted"_s, 2.25);
        row("systemd", "[    2.900000] systemd[1]: systemd 257.9-1~deb13u1 running in system mode (+PAM +AUDIT)",
            u"systemd"_s, 2.9);
        row("welcome", "Welcome to \x1b[1mDebian GNU/Linux 13 (trixie)\x1b[0m!", u"systemd"_s, -1);
        row("target",
            "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mmulti-user.target\x1b[0m - Multi-User System.",
            u"target multi-user.target - Multi-User System"_s, -1);
        row("target journal", "[    5.000000] systemd[1]: Reached target sysinit.target - System Initialization.",
            u"target sysinit.target - System Initialization"_s, 5.0);
        row("startup",
            "[   12.000000] systemd[1]: Startup finished in 1.812s (kernel) + 2.401s (initrd) + 7.500s (userspace) = "
            "11.713s.",
            u"startup-finished"_s, 11.713);
        row("startup min",
            "[   90.000000] systemd[1]: Startup finished in 3.1s (kernel) + 1min 20.250s (userspace) = 1min 23.350s.",
            u"startup-finished"_s, 83.35);
        row("startup ms", "systemd[1]: Startup finished in 300ms (kernel) + 512ms (userspace) = 812ms.",
            u"startup-finished"_s, 0.812);
        row("login", "demo login: ", u"login-prompt"_s, -1);
        row("windows", "Computer is booting, SAC started and initialized.", u"kernel"_s, -1);
    }
    void milestones()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, name);
        QFETCH(double, seconds);
        const auto found = milestoneOf(line);
        QVERIFY2(found.has_value(), line.constData());
        QCOMPARE(found->name, name);
        if (seconds < 0) {
            QVERIFY(!found->seconds.has_value());
        } else {
            QVERIFY(found->seconds.has_value());
            QVERIFY2(qAbs(*found->seconds - seconds) < 1e-6, qPrintable(QString::number(*found->seconds)));
        }
    }

    void ordinaryLinesAreNoMilestone_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("version string") << QByteArray(
            "[    1.000000] usbcore: registered new interface driver usbfs; Linux version check ok");
        QTest::newRow("systemd other") << QByteArray("[    3.000000] systemd[1]: Detected virtualization kvm.");
        QTest::newRow("login word") << QByteArray("Last login: Mon Dec  1 10:00:00 2026 on ttyS0");
        QTest::newRow("reached in text") << QByteArray("echo Reached target nowhere > /dev/null; true");
    }
    void ordinaryLinesAreNoMilestone()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!milestoneOf(line).has_value());
    }

    void byteFilter()
    {
        // Every corpus line above went through the filter first; these are lines it stops.
        QVERIFY(!BootLineClassifier::mayMatter("[    1.000000] random: crng init done"));
        QVERIFY(!BootLineClassifier::mayMatter(""));
        QVERIFY(BootLineClassifier::mayMatter("Kernel panic - not syncing"));
    }

    void kernelClock()
    {
        QCOMPARE(BootLineClassifier::kernelSeconds(u"[   12.500000] x"), std::optional<double>(12.5));
        QCOMPARE(BootLineClassifier::kernelSeconds(u"[12345.000001] x"), std::optional<double>(12345.000001));
        QVERIFY(!BootLineClassifier::kernelSeconds(u"x [   12.500000]").has_value());
        QVERIFY(!BootLineClassifier::kernelSeconds(u"[  OK  ] Started").has_value());
    }
};

QTEST_GUILESS_MAIN(TestBootLineClassifier)
#include "tst_bootlineclassifier.moc"
