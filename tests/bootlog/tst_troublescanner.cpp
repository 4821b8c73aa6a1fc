// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogTroubleScanner over a followed LogDocument: the whole log scanned by a worker, small
// appends classified at once, large ones by a worker again. Which lines are errors and warnings
// is written out by hand from how the lines are made. (That its words are the highlighting
// definition's is tst_logview_trouble's job: the engine does not link KSyntaxHighlighting.)
#include "bootlog/LogDocument.h"
#include "bootlog/LogTroubleScanner.h"

#include "LogFixtures.h"
#include "OpenDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::LogDocument;
using vcv::LogTroubleScanner;
using vcv::test::appendFile;
using vcv::test::deliverQueuedCallsFromWorkers;
using vcv::test::writeFile;

namespace {

// Line i: an error when i % 500 == 7, a warning when i % 500 == 100, else plain (with words
// that are not trouble: "error-free", "errorless").
QByteArray makeLines(qint64 from, qint64 to)
{
    QByteArray bytes;
    for (qint64 i = from; i < to; ++i) {
        if (i % 500 == 7)
            bytes += "[   12.000000] Kernel panic - not syncing: line " + QByteArray::number(i) + '\n';
        else if (i % 500 == 100)
            bytes += "[   12.000000] eth0: link DEGRADED, line " + QByteArray::number(i) + '\n';
        else
            bytes += "[   11.000000] error-free and errorless line " + QByteArray::number(i) + '\n';
    }
    return bytes;
}

} // namespace

class TestTroubleScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scansAndFollows();
    void unsetDocumentStopsTheWorker();
    void unsetDocumentDropsQueuedResults();
};

void TestTroubleScanner::scansAndFollows()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"trouble.log"_s);
    QVERIFY(writeFile(file, makeLines(0, 2000)));
    LogDocument doc;
    QVERIFY(vcv::test::openDocument(doc, file, true));
    QTRY_VERIFY(doc.isIndexComplete());
    LogTroubleScanner scanner;
    QSignalSpy finished(&scanner, &LogTroubleScanner::finished);
    scanner.setDocument(&doc);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(scanner.errorLines(), (QList<qint64>{7, 507, 1007, 1507}));
    QCOMPARE(scanner.warningLines(), (QList<qint64>{100, 600, 1100, 1600}));

    // A few lines: classified as they come.
    QVERIFY(appendFile(file, "fatal: x\nplain\nRetrying in 5s\n"));
    QTRY_COMPARE(doc.lineCount(), 2003);
    QTRY_COMPARE(scanner.errorLines(), (QList<qint64>{7, 507, 1007, 1507, 2000}));
    QCOMPARE(scanner.warningLines(), (QList<qint64>{100, 600, 1100, 1600, 2002}));

    // Many lines: a worker again, from where the scan was.
    QVERIFY(appendFile(file, makeLines(2003, 3000)));
    QTRY_COMPARE(doc.lineCount(), 3000);
    QTRY_COMPARE(scanner.errorLines(), (QList<qint64>{7, 507, 1007, 1507, 2000, 2007, 2507}));
    QTRY_VERIFY(!scanner.isRunning());
    QCOMPARE(scanner.warningLines(), (QList<qint64>{100, 600, 1100, 1600, 2002, 2100, 2600}));
}

void TestTroubleScanner::unsetDocumentStopsTheWorker()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"big.log"_s);
    QVERIFY(writeFile(file, makeLines(0, 200000)));
    auto doc = std::make_unique<LogDocument>();
    QVERIFY(vcv::test::openDocument(*doc, file, false));
    QTRY_VERIFY(doc->isIndexComplete());
    LogTroubleScanner scanner;
    scanner.setDocument(doc.get());
    // Waits for the worker: the document may go right after.
    scanner.setDocument(nullptr);
    QVERIFY(!scanner.isRunning());
    doc.reset();
    QVERIFY(scanner.errorLines().isEmpty());
    // Whatever the worker queued before it stopped arrives now, and is dropped.
    QVERIFY(deliverQueuedCallsFromWorkers(&scanner) >= 0);
    QVERIFY(scanner.errorLines().isEmpty());
    QVERIFY(scanner.warningLines().isEmpty());
}

void TestTroubleScanner::unsetDocumentDropsQueuedResults()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"big.log"_s);
    QVERIFY(writeFile(file, makeLines(0, 200000)));
    LogDocument doc;
    QVERIFY(vcv::test::openDocument(doc, file, false));
    QTRY_VERIFY(doc.isIndexComplete());
    QList<qint64> everyError;
    for (qint64 line = 7; line < 200000; line += 500)
        everyError.append(line);

    // Two scanners of the same log; their workers scan it to the end and queue their results
    // while this thread, blocked, delivers none of them. One scanner then lets go of the log:
    // its results, queued but not delivered, are stale. The other one, kept, shows that those
    // results exist and arrive.
    LogTroubleScanner kept;
    LogTroubleScanner unset;
    QSignalSpy unsetFinished(&unset, &LogTroubleScanner::finished);
    kept.setDocument(&doc);
    unset.setDocument(&doc);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    QVERIFY(unset.isRunning()); // its worker has ended, but the scanner has not heard so yet
    unset.setDocument(nullptr);

    QVERIFY(deliverQueuedCallsFromWorkers(&kept) >= 1);
    QCOMPARE(kept.errorLines(), everyError);
    QVERIFY(deliverQueuedCallsFromWorkers(&unset) >= 1);
    QCOMPARE(unset.errorLines(), QList<qint64>());
    QCOMPARE(unset.warningLines(), QList<qint64>());
    QCOMPARE(unsetFinished.count(), 0);
}

QTEST_GUILESS_MAIN(TestTroubleScanner)
#include "tst_troublescanner.moc"
