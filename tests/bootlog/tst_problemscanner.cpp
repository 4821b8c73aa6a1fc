// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogProblemScanner over a followed LogDocument: the whole log scanned by a worker, small
// appends classified at once, large ones by a worker again, a line completed by a later append
// classified whole. Which lines are problems, and of which kind, is written out by hand from how
// the lines are made.
#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"

#include "LogFixtures.h"
#include "OpenDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::BootProblemKind;
using vcv::LineNumber;
using vcv::LogDocument;
using vcv::LogProblemScanner;
using vcv::test::appendFile;
using vcv::test::deliverQueuedCallsFromWorkers;
using vcv::test::writeFile;
using Problem = LogProblemScanner::Problem;

namespace {

// Line i: a kernel panic when i % 500 == 7, a failed unit when i % 500 == 100, else a line that
// shares their words without being a problem.
QByteArray makeLines(qint64 from, qint64 to)
{
    QByteArray bytes;
    for (qint64 i = from; i < to; ++i) {
        if (i % 500 == 7)
            bytes += "[   12.000000] Kernel panic - not syncing: line " + QByteArray::number(i) + '\n';
        else if (i % 500 == 100)
            bytes += "[FAILED] Failed to start demo.service - line " + QByteArray::number(i) + ".\n";
        else
            bytes += "[   11.000000] no panic, nothing Failed here, 0 errors: line " + QByteArray::number(i) + '\n';
    }
    return bytes;
}

Problem panic(qint64 line)
{
    return {LineNumber(line), BootProblemKind::KernelPanic};
}

Problem failed(qint64 line)
{
    return {LineNumber(line), BootProblemKind::FailedUnit};
}

} // namespace

namespace QTest {
template<>
char *toString(const Problem &problem)
{
    const QByteArray text = QByteArray::number(problem.line.get()) + ':' + QByteArray::number(int(problem.kind));
    return qstrdup(text.constData());
}
} // namespace QTest

class TestProblemScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scansAndFollows()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"problems.log"_s);
        QVERIFY(writeFile(file, makeLines(0, 2000)));
        LogDocument doc;
        QVERIFY(vcv::test::openDocument(doc, file, true));
        QTRY_VERIFY(doc.isIndexComplete());
        LogProblemScanner scanner;
        QSignalSpy finished(&scanner, &LogProblemScanner::finished);
        scanner.setDocument(&doc);
        QTRY_COMPARE(finished.size(), 1);
        const QList<Problem> whole{panic(7),    failed(100),  panic(507),  failed(600),
                                   panic(1007), failed(1100), panic(1507), failed(1600)};
        QCOMPARE(scanner.problems(), whole);
        QCOMPARE(scanner.problemsIn(LineNumber(500), LineNumber(1007)), (QList<Problem>{panic(507), failed(600)}));
        QCOMPARE(scanner.problemsIn(LineNumber(1600), LineNumber()), (QList<Problem>{failed(1600)}));

        // A few lines: classified as they come; a line written in two parts is judged whole.
        QVERIFY(appendFile(file, "plain\n[  300.000000] Out of memory: Killed proc"));
        QTRY_COMPARE(doc.lineCount(), 2002);
        QVERIFY(appendFile(file, "ess 1234 (stress) total-vm:1048576kB\nplain\n"));
        QTRY_COMPARE(doc.lineCount(), 2003);
        const Problem oom{LineNumber(2001), BootProblemKind::OomKill};
        const QList<Problem> withOom = whole + QList<Problem>{oom};
        QTRY_COMPARE(scanner.problems(), withOom);

        // Many lines: a worker again, from where the scan was.
        QVERIFY(appendFile(file, makeLines(2003, 3000)));
        QTRY_COMPARE(doc.lineCount(), 3000);
        QTRY_VERIFY(!scanner.isRunning());
        const QList<Problem> all = withOom + QList<Problem>{panic(2007), failed(2100), panic(2507), failed(2600)};
        QTRY_COMPARE(scanner.problems(), all);
    }

    void unsetDocumentStopsTheWorker()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"big.log"_s);
        QVERIFY(writeFile(file, makeLines(0, 200000)));
        auto doc = std::make_unique<LogDocument>();
        QVERIFY(vcv::test::openDocument(*doc, file, false));
        QTRY_VERIFY(doc->isIndexComplete());
        LogProblemScanner scanner;
        scanner.setDocument(doc.get());
        // Waits for the worker: the document may go right after.
        scanner.setDocument(nullptr);
        QVERIFY(!scanner.isRunning());
        doc.reset();
        QVERIFY(scanner.problems().isEmpty());
        // Whatever the worker queued before it stopped arrives now, and is dropped.
        QVERIFY(deliverQueuedCallsFromWorkers(&scanner) >= 0);
        QVERIFY(scanner.problems().isEmpty());
    }

    void unsetDocumentDropsQueuedResults()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"big.log"_s);
        QVERIFY(writeFile(file, makeLines(0, 200000)));
        LogDocument doc;
        QVERIFY(vcv::test::openDocument(doc, file, false));
        QTRY_VERIFY(doc.isIndexComplete());
        QList<Problem> everyProblem;
        for (qint64 line = 0; line < 200000; line += 500)
            everyProblem << panic(line + 7) << failed(line + 100);

        // Two scanners of the same log; their workers scan it to the end and queue their results
        // while this thread, blocked, delivers none of them. One scanner then lets go of the log:
        // its results, queued but not delivered, are stale. The other one, kept, shows that those
        // results exist and arrive.
        LogProblemScanner kept;
        LogProblemScanner unset;
        QSignalSpy unsetFinished(&unset, &LogProblemScanner::finished);
        kept.setDocument(&doc);
        unset.setDocument(&doc);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QVERIFY(unset.isRunning()); // its worker has ended, but the scanner has not heard so yet
        unset.setDocument(nullptr);

        QVERIFY(deliverQueuedCallsFromWorkers(&kept) >= 1);
        QCOMPARE(kept.problems(), everyProblem);
        QVERIFY(deliverQueuedCallsFromWorkers(&unset) >= 1);
        QCOMPARE(unset.problems(), QList<Problem>());
        QCOMPARE(unsetFinished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProblemScanner)
#include "tst_problemscanner.moc"
