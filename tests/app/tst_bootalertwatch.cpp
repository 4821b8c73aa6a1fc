// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// BootAlertWatch on a real LogDocument following a log file that grows here: what was in the log
// when it opened (or is put in front later) is no alert, a panic, an Oops or an emergency shell
// that arrives is one, once per line; a boot that began while watching and prints nothing for
// the (short) stall time is stalled, a finished one or one that panicked is not.

#include "BootAlertWatch.h"
#include "LogFixtures.h"
#include "OpenDocument.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::writeFile;

namespace {

constexpr char kOldBoot[] = "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\n"
                            "[    1.000000] Run /init as init process\n"
                            "[    3.000000] Kernel panic - not syncing: an old panic\n"
                            "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\n"
                            "[    2.000000] Oops: 0002 [#1] PREEMPT SMP NOPTI (an old one)\n"
                            "demo login: \n";
constexpr char kNewBoot[] = "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\n"
                            "[    1.000000] Run /init as init process\n";

/// The first line of the document that contains @p needle (invalid when none does).
LineNumber lineWith(const LogDocument &document, const QString &needle)
{
    for (qint64 i = 0; i < document.lineCount(); ++i)
        if (document.line(LineNumber(i)).text.contains(needle))
            return LineNumber(i);
    return {};
}

/// A followed log, its problem scanner and the watch on both.
struct Rig
{
    explicit Rig(const QByteArray &history)
    {
        path = dir.path() + u"/demo-serial0.log"_s;
        ok = writeFile(path, history) && vcv::test::openDocument(document, path);
        scanner.setDocument(&document);
        watch.setSources(&document, &scanner);
    }
    bool append(const QByteArray &bytes) { return appendFile(path, bytes); }
    /// Waits until the scanner has classified everything, the lines of @p needle included.
    bool scanned(const QString &needle)
    {
        return QTest::qWaitFor(
            [&] {
                const LineNumber line = lineWith(document, needle);
                return line.isValid() && !scanner.isRunning() && !scanner.problemsIn(line, line + 1).isEmpty();
            },
            20000);
    }

    QTemporaryDir dir;
    QString path;
    LogDocument document;
    LogProblemScanner scanner;
    BootAlertWatch watch;
    bool ok = false;
};

} // namespace

class BootAlertWatchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newProblemsOnceEachHistoryNever()
    {
        Rig rig(kOldBoot);
        QVERIFY(rig.ok);
        QSignalSpy alerts(&rig.watch, &BootAlertWatch::problemArrived);
        QVERIFY(rig.scanned(u"an old panic"_s));
        QCOMPARE(rig.scanner.problems().size(), 2); // the old panic and the old Oops: no alert
        QCOMPARE(alerts.size(), 0);

        // A panic arrives: one alert, with its line's start and text.
        QVERIFY(rig.append(QByteArray(kNewBoot) +
                           "[    4.200000] Kernel panic - not syncing: VFS: Unable to mount root fs\n"));
        QVERIFY(alerts.wait(20000));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(0).value<BootProblemKind>(), BootProblemKind::KernelPanic);
        const LineNumber panic = lineWith(rig.document, u"Unable to mount root fs"_s);
        QCOMPARE(alerts.at(0).at(1).value<ByteOffset>(), rig.document.lineOffset(panic));
        QCOMPARE(alerts.at(0).at(2).toString(),
                 u"[    4.200000] Kernel panic - not syncing: VFS: Unable to mount root fs"_s);

        // A failed unit is a problem, not an alert; an Oops and an emergency shell are.
        QVERIFY(rig.append("[FAILED] Failed to start systemd-timesyncd.service - Network Time Synchronization.\n"
                           "[    5.000000] Oops: general protection fault, probably for non-canonical address\n"
                           "You are in emergency mode. After logging in, type \"journalctl -xb\" to view\n"));
        QVERIFY(rig.scanned(u"You are in emergency mode"_s));
        QCOMPARE(rig.scanner.problems().size(), 6);
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(alerts.at(1).at(0).value<BootProblemKind>(), BootProblemKind::Oops);
        QCOMPARE(alerts.at(2).at(0).value<BootProblemKind>(), BootProblemKind::EmergencyMode);

        // The whole log scanned again (as after prepended history) lists them all again: no
        // alert twice.
        rig.scanner.setDocument(&rig.document);
        QVERIFY(rig.scanned(u"You are in emergency mode"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanner.problems().size(), 6, 20000);
        QCOMPARE(alerts.size(), 3);

        // Off: nothing.
        rig.watch.setEnabled(false);
        QVERIFY(rig.append("[    6.000000] Kernel panic - not syncing: while off\n"));
        QVERIFY(rig.scanned(u"while off"_s));
        QCOMPARE(alerts.size(), 3);
    }

    // A log of more than 1 MiB opens with its end and gets its beginning put in front later
    // (linesPrepended): a panic there is history too.
    void prependedHistoryIsNoNews()
    {
        QByteArray history = "[    3.000000] Kernel panic - not syncing: at the very beginning\n";
        history += vcv::test::numberedLines(4 * 1024 * 1024);
        Rig rig(history);
        QVERIFY(rig.ok);
        QSignalSpy alerts(&rig.watch, &BootAlertWatch::problemArrived);
        QTRY_VERIFY_WITH_TIMEOUT(rig.document.isIndexComplete(), 30000);
        QVERIFY(rig.scanned(u"at the very beginning"_s));
        QCOMPARE(alerts.size(), 0);

        QVERIFY(rig.append("[    9.000000] Kernel panic - not syncing: now\n"));
        QVERIFY(alerts.wait(20000));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(2).toString(), u"[    9.000000] Kernel panic - not syncing: now"_s);
    }

    void stalledBoot()
    {
        Rig rig(kOldBoot);
        QVERIFY(rig.ok);
        rig.watch.setStallSeconds(1);
        QSignalSpy stalls(&rig.watch, &BootAlertWatch::bootStalled);

        // The last boot in the log began before the watch: its silence is no stall.
        QVERIFY(!rig.watch.isBootInProgress());
        rig.watch.consoleOutput();
        QVERIFY(rig.watch.isStallArmed());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.watch.isStallArmed(), 10000);
        QCOMPARE(stalls.size(), 0);

        // A boot begins and stops printing: stalled, once, with its last line.
        QVERIFY(rig.append(QByteArray(kNewBoot) + "[    2.000000] Waiting for root device /dev/vda1...\n\n"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.watch.isBootInProgress(), 20000);
        QVERIFY(lineWith(rig.document, u"Waiting for root device"_s).isValid());
        rig.watch.consoleOutput();
        QVERIFY(stalls.wait(10000));
        QCOMPARE(stalls.size(), 1);
        QCOMPARE(stalls.at(0).at(0).toInt(), 1);
        const LineNumber waiting = lineWith(rig.document, u"Waiting for root device"_s);
        QCOMPARE(stalls.at(0).at(1).value<ByteOffset>(), rig.document.lineOffset(waiting));
        QCOMPARE(stalls.at(0).at(2).toString(), u"[    2.000000] Waiting for root device /dev/vda1..."_s);
        QVERIFY(!rig.watch.isStallArmed()); // until the console prints again

        // Output arms it again; a detached console (the guest stopped) is silent, not stalled.
        rig.watch.consoleOutput();
        QVERIFY(rig.watch.isStallArmed());
        rig.watch.consoleDetached();
        QVERIFY(!rig.watch.isStallArmed());
        rig.watch.consoleOutput();
        QVERIFY(stalls.wait(10000));
        QCOMPARE(stalls.size(), 2);

        // 0: off.
        rig.watch.setStallSeconds(0);
        rig.watch.consoleOutput();
        QVERIFY(!rig.watch.isStallArmed());
        rig.watch.setStallSeconds(1);

        // The boot reaches its login prompt: done, no stall any more.
        QVERIFY(rig.append("demo login: \n"));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.watch.isBootInProgress(), 20000);
        rig.watch.consoleOutput();
        QVERIFY(rig.watch.isStallArmed());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.watch.isStallArmed(), 10000);
        QCOMPARE(stalls.size(), 2);

        // The next boot panics: the silence after it is the panic's, not a stall.
        QSignalSpy alerts(&rig.watch, &BootAlertWatch::problemArrived);
        QVERIFY(
            rig.append(QByteArray(kNewBoot) + "[    3.000000] Kernel panic - not syncing: Attempted to kill init!\n"));
        QVERIFY(alerts.wait(20000));
        QVERIFY(rig.watch.isBootInProgress());
        rig.watch.consoleOutput();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.watch.isStallArmed(), 10000);
        QCOMPARE(stalls.size(), 2);
    }
};

QTEST_GUILESS_MAIN(BootAlertWatchTest)
#include "tst_bootalertwatch.moc"
