// LogStallWatch: a log that stops receiving what the console shows is noticed; a log that keeps
// up, or a console that is silent, is not.
#include "LogStallWatch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using vcv::LogStallWatch;

class TestLogStallWatch : public QObject {
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
        // never pile up unlogged. The clock is the watch's own; this ends when the check would
        // have fired.
        LogStallWatch watch;
        QSignalSpy stalled(&watch, &LogStallWatch::stalled);
        watch.setWatching(true);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < LogStallWatch::kStallMs + 500) {
            watch.consoleBytes(4096);
            watch.logGrew();
            QTest::qWait(50);
        }
        QCOMPARE(stalled.count(), 0);
    }

    void notWatchingSaysNothing()
    {
        LogStallWatch watch;
        QSignalSpy stalled(&watch, &LogStallWatch::stalled);
        watch.consoleBytes(1 << 20); // not watching (no log, the QEMU log, a remote copy)
        watch.setWatching(true);
        watch.setWatching(false);
        watch.consoleBytes(1 << 20);
        QVERIFY(!stalled.wait(LogStallWatch::kStallMs + 500));
    }
};

QTEST_GUILESS_MAIN(TestLogStallWatch)
#include "tst_logstallwatch.moc"
