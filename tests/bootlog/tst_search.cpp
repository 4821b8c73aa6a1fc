// Search over a LogDocument: literal and regular expression, case and whole word, checked
// against a line-by-line reference; progressive results, cancellation, growth, filter.

#include "LogFixtures.h"

#include "bootlog/LogDocument.h"
#include "bootlog/Search.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::writeFile;

namespace {

QByteArray corpus()
{
    QByteArray log;
    const QList<QByteArray> samples = {
        "[    0.000000] Linux version 6.12.48+deb13-amd64\n"_ba,
        "[    1.000000] ERROR: something failed\n"_ba,
        "[\x1b[0;32m  OK  \x1b[0m] Started Journal Service.\n"_ba,
        "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start Network.\n"_ba,
        "errors=remount-ro terror error\r\n"_ba,
        "Grüße aus der VM, FEHLER behoben\n"_ba,
        "progress 10%\rprogress 100% error-free\n"_ba,
        "E\x1b[1mRR\x1b[0mOR split by escapes\n"_ba,
        "invalid \xff\xfe bytes then error\n"_ba,
        "nothing to see\n"_ba,
    };
    for (int i = 0; i < 30000; ++i)
        log += samples.at((i * 7) % samples.size());
    return log;
}

/// The reference: every line decoded and matched on its own.
QList<LineNumber> reference(const LogDocument &doc, const SearchQuery &query)
{
    QList<LineNumber> out;
    for (qint64 i = 0; i < doc.lineCount(); ++i) {
        const DecodedLine line = doc.line(LineNumber(i));
        if (!line.isMarker() && Search::matches(query, line.text))
            out.append(LineNumber(i));
    }
    return out;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesLikeTheReference_data()
    {
        QTest::addColumn<SearchQuery>("query");
        QTest::addColumn<bool>("expectSome");
        QTest::newRow("literal ci") << SearchQuery{u"error"_s, false, false, false} << true;
        QTest::newRow("literal cs") << SearchQuery{u"ERROR"_s, false, true, false} << true;
        QTest::newRow("literal word") << SearchQuery{u"error"_s, false, false, true} << true;
        QTest::newRow("literal across escapes") << SearchQuery{u"ERROR split"_s, false, true, false} << true;
        QTest::newRow("literal after cr") << SearchQuery{u"100% error"_s, false, true, false} << true;
        QTest::newRow("literal gone by cr") << SearchQuery{u"10%\r"_s, false, true, false} << false;
        QTest::newRow("literal non-ascii") << SearchQuery{u"grüße"_s, false, false, false} << true;
        QTest::newRow("literal replacement char") << SearchQuery{u"\uFFFD\uFFFD"_s, false, true, false} << true;
        QTest::newRow("literal none") << SearchQuery{u"kernel panic"_s, false, false, false} << false;
        QTest::newRow("regex") << SearchQuery{u"^\\[\\s*\\d+\\.\\d+\\] (ERROR|Linux)"_s, true, true, false} << true;
        QTest::newRow("regex ci word") << SearchQuery{u"fail(ed)?"_s, true, false, true} << true;
        QTest::newRow("regex end anchor") << SearchQuery{u"free$"_s, true, true, false} << true;
        QTest::newRow("regex across lines never") << SearchQuery{u"Service\\.\\s+\\[FAILED"_s, true, true, false} << false;
        QTest::newRow("regex escapes gone") << SearchQuery{u"\\x1b"_s, true, true, false} << false;
    }

    void matchesLikeTheReference()
    {
        QFETCH(SearchQuery, query);
        QFETCH(bool, expectSome);
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QByteArray log = corpus();
        QVERIFY(writeFile(base + u".0"_s, log.left(log.size() / 2 + 3)));
        QVERIFY(writeFile(base, log.mid(log.size() / 2 + 3)));
        LogDocument doc;
        QVERIFY(doc.open(base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(query));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY(!search.isRunning());
        const QList<LineNumber> expected = reference(doc, query);
        QCOMPARE(search.matches(), expected);
        QCOMPARE(search.matchCount(), expected.size());
        QCOMPARE(expected.isEmpty(), !expectSome);
        QCOMPARE(search.linesSearched(), doc.lineCount());
        // The filter: matching plus not matching is every line once.
        const QList<LineNumber> rest = search.filteredLines(false);
        QCOMPARE(rest.size() + expected.size(), doc.lineCount());
        for (const LineNumber l : rest)
            QVERIFY(!search.isMatch(l));
        if (!expected.isEmpty()) {
            QCOMPARE(search.nextMatch(LineNumber(-1)), expected.first());
            QCOMPARE(search.previousMatch(LineNumber(doc.lineCount())), expected.last());
            QVERIFY(!search.nextMatch(expected.last()).isValid());
        }
    }

    void invalidRegex()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"log"_s), "x\n"_ba));
        LogDocument doc;
        QVERIFY(doc.open(dir.filePath(u"log"_s), false));
        Search search(&doc);
        QSignalSpy error(&search, &Search::errorOccurred);
        QVERIFY(!search.start(SearchQuery{u"(unclosed"_s, true, false, false}));
        QCOMPARE(error.count(), 1);
        QVERIFY(!search.errorString().isEmpty());
        QCOMPARE(search.matchCount(), 0);
    }

    void progressiveAndCancellable()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray log;
        while (log.size() < (24 << 20))
            log += corpus();
        QVERIFY(writeFile(base, log));
        LogDocument doc;
        QVERIFY(doc.open(base, false));
        QTRY_VERIFY_WITH_TIMEOUT(doc.isIndexComplete(), 60000);

        // Started while running: results come in several steps, in order, and the count grows.
        Search search(&doc);
        QSignalSpy changed(&search, &Search::matchesChanged);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(SearchQuery{u"fail"_s, false, false, false}));
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QVERIFY(changed.count() >= 2);
        qint64 previous = -1;
        for (const auto &args : std::as_const(changed)) {
            QVERIFY(args.first().toLongLong() >= previous);
            previous = args.first().toLongLong();
        }
        const qint64 all = search.matchCount();
        QCOMPARE(previous, all);
        const QList<LineNumber> found = search.matches();
        QVERIFY(std::is_sorted(found.cbegin(), found.cend()));

        // Cancelled at once: finished comes, and nothing arrives afterwards.
        finished.clear();
        QVERIFY(search.start(SearchQuery{u"f.i+l"_s, true, false, false}));
        search.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!search.isRunning());
        const qint64 partial = search.matchCount();
        QTest::qWait(200);
        QCOMPARE(search.matchCount(), partial);
        QVERIFY(partial <= all);
    }

    void growsWithTheLog()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "one error\ntwo\nthr"_ba));
        LogDocument doc;
        QVERIFY(doc.open(base, true));
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(SearchQuery{u"error"_s, false, false, true}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(search.matches(), QList<LineNumber>{LineNumber(0)});
        // The open last line becomes a match when its end arrives; new lines are searched too.
        QVERIFY(appendFile(base, "ee error\nfour\nfive error\n"_ba));
        QTRY_COMPARE(search.matchCount(), 3);
        QCOMPARE(search.matches(), QList<LineNumber>({LineNumber(0), LineNumber(2), LineNumber(4)}));
        QCOMPARE(search.filteredLines(false), QList<LineNumber>({LineNumber(1), LineNumber(3)}));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
