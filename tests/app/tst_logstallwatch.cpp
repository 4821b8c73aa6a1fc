// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogStallWatch: a log that stops receiving what the console shows is noticed; a log that keeps
// up, or a console that is silent, is not.
#include "LogStallWatch.h"

#include <QSignalSpy>
#include <QTest>

using vcv::LogStallWatch;

class TestLogStallWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aLogThatStopsIsNoticedAndItsRecoveryToo()
    {
        LogStallWatch watch;
        QSignalSpy stalled(&watch, &LogStallWatch::stalled);
        QSignalSpy recovered(&watch, &LogStallWatch::recovered);
        watch.setWatching(true);
        watch.consoleBytes(LogStallWatch::kConsoleBytes);
        QVERIFY(stalled.wait(LogStallWatch::kStallMs + 2000));
        QVERIFY(watch.isStalled());
        watch.consoleBytes(100000); // said once, not per byte
        QCOMPARE(stalled.count(), 1);
        watch.logGrew();
        QCOMPARE(recovered.count(), 1);
        QVERIFY(!watch.isStalled());
    }

    void aLogThatKeepsUpIsNot()
    {
        // The log grows right after each console read, as virtlogd's does: the console's bytes
        // never pile up unlogged. A second watch, whose log never grows, is fed its first bytes
        // just after this one: once it says stalled, this one would have said so too.
        LogStallWatch watch;
        QSignalSpy stalled(&watch, &LogStallWatch::stalled);
        watch.setWatching(true);
        watch.consoleBytes(4096);
        watch.logGrew();
        LogStallWatch control;
        QSignalSpy controlStalled(&control, &LogStallWatch::stalled);
        control.setWatching(true);
        control.consoleBytes(4096);
        // A read every 50 ms, at most for twice the time the control needs.
        for (int reads = 0; controlStalled.isEmpty() && reads < 2 * LogStallWatch::kStallMs / 50; ++reads) {
            watch.consoleBytes(4096);
            watch.logGrew();
            controlStalled.wait(50);
        }
        QCOMPARE(controlStalled.count(), 1);
        QCOMPARE(stalled.count(), 0);
    }

    void notWatchingSaysNothing()
    {
        // A watch that is on, fed after the one tested, says stalled: the one tested would have
        // said so by then.
        LogStallWatch watch;
        QSignalSpy stalled(&watch, &LogStallWatch::stalled);
        watch.consoleBytes(1 << 20); // not watching (no log, the QEMU log, a remote copy)
        watch.setWatching(true);
        watch.setWatching(false);
        watch.consoleBytes(1 << 20);
        LogStallWatch control;
        QSignalSpy controlStalled(&control, &LogStallWatch::stalled);
        control.setWatching(true);
        control.consoleBytes(1 << 20);
        QVERIFY(controlStalled.wait(LogStallWatch::kStallMs + 5000));
        QCOMPARE(stalled.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogStallWatch)
#include "tst_logstallwatch.moc"
