// Search over a LogDocument: literal and regular expression, case and whole word, checked
// against a line-by-line reference; progressive results, cancellation, growth, filter.

#include "OpenDocument.h"
#include "LogFixtures.h"

#include "bootlog/LineDecoder.h"
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
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;

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

/// The reference: every line decoded and matched on its own, each non-empty match counted.
struct Reference {
    QList<LineNumber> lines;
    QList<int> counts; // matches per line of `lines`
    qint64 total = 0;
};

Reference reference(const LogDocument &doc, const SearchQuery &query)
{
    Reference out;
    const QRegularExpression re = Search::regularExpression(query);
    for (qint64 i = 0; i < doc.lineCount(); ++i) {
        const DecodedLine line = doc.line(LineNumber(i));
        if (line.isMarker() || !Search::matches(query, line.text))
            continue;
        int n = 0;
        for (auto it = re.globalMatch(line.text); it.hasNext();)
            n += it.next().capturedLength() > 0 ? 1 : 0;
        n = qMax(n, 1);
        out.lines.append(LineNumber(i));
        out.counts.append(n);
        out.total += n;
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
        QVERIFY(openDocument(doc, base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(query));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY(!search.isRunning());
        const Reference ref = reference(doc, query);
        const QList<LineNumber> &expected = ref.lines;
        QCOMPARE(search.matchingLines(), expected);
        QCOMPARE(search.matchingLineCount(), expected.size());
        QCOMPARE(search.matchCount(), ref.total);
        // Every match has its ordinal: matchesBefore() and matchAt() agree with the reference.
        qint64 before = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(search.matchesInLine(expected.at(i)), ref.counts.at(i));
            QCOMPARE(search.matchesBefore(expected.at(i)), before);
            QCOMPARE(search.matchAt(before), (Search::MatchPosition{expected.at(i), 0}));
            QCOMPARE(search.matchAt(before + ref.counts.at(i) - 1),
                     (Search::MatchPosition{expected.at(i), ref.counts.at(i) - 1}));
            before += ref.counts.at(i);
        }
        QVERIFY(!search.matchAt(ref.total).isValid());
        QCOMPARE(expected.isEmpty(), !expectSome);
        QCOMPARE(search.linesSearched(), doc.lineCount());
        // The filter: matching plus not matching is every line once.
        const QList<LineNumber> rest = search.filteredLines(false);
        QCOMPARE(rest.size() + expected.size(), doc.lineCount());
        for (const LineNumber l : rest)
            QVERIFY(!search.isMatchingLine(l));
        if (!expected.isEmpty()) {
            QCOMPARE(search.nextMatchingLine(LineNumber(-1)), expected.first());
            QCOMPARE(search.previousMatchingLine(LineNumber(doc.lineCount())), expected.last());
            QVERIFY(!search.nextMatchingLine(expected.last()).isValid());
        }
    }

    void countsEveryMatchOfALine()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "error error error\nno\nerrorerror\nx \x1b[1merror\x1b[0m\n"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QSignalSpy changed(&search, &Search::matchesChanged);

        QVERIFY(search.start(SearchQuery{u"error"_s, false, false, false}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(search.matchCount(), 6);
        QCOMPARE(search.matchingLineCount(), 3);
        QCOMPARE(changed.last().first().toLongLong(), 6);
        QCOMPARE(search.matchesInLine(LineNumber(0)), 3);
        QCOMPARE(search.matchesInLine(LineNumber(1)), 0);
        QCOMPARE(search.matchesInLine(LineNumber(2)), 2);
        QCOMPARE(search.matchesBefore(LineNumber(3)), 5);
        QCOMPARE(search.matchAt(4), (Search::MatchPosition{LineNumber(2), 1}));

        // Whole words: "errorerror" holds none. A regular expression counts the same way.
        finished.clear();
        QVERIFY(search.start(SearchQuery{u"err(or)?"_s, true, false, true}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(search.matchCount(), 4);
        QCOMPARE(search.matchingLines(), QList<LineNumber>({LineNumber(0), LineNumber(3)}));

        // A line that matches only with empty matches counts once.
        finished.clear();
        QVERIFY(search.start(SearchQuery{u"^(?=no)"_s, true, true, false}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(search.matchCount(), 1);
        QCOMPARE(search.matchingLines(), QList<LineNumber>{LineNumber(1)});
    }

    void longLinesAreSearchedInTheirShownPart()
    {
        // A line longer than the decoder shows (LineDecoder::MaxDecodedBytes) is searched in the
        // part that is shown, and no more of it is read.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray longLine(3 * 1024 * 1024, 'x');
        longLine.replace(100, 5, "error");
        longLine.replace(2 * 1024 * 1024, 5, "error"); // past the shown part
        QByteArray atTheEdge(LineDecoder::MaxDecodedBytes - 3, 'y');
        atTheEdge += "error"; // straddles the edge: not shown whole
        QVERIFY(writeFile(base, "error before\n" + longLine + "\r\nafter error\n" + atTheEdge + "\nlast error\n"));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        for (const SearchQuery &query : {SearchQuery{u"error"_s, false, false, false},
                                         SearchQuery{u"err(or)"_s, true, true, false}}) {
            Search search(&doc);
            QSignalSpy finished(&search, &Search::finished);
            QVERIFY(search.start(query));
            QTRY_COMPARE(finished.count(), 1);
            const QList<LineNumber> expected{LineNumber(0), LineNumber(1), LineNumber(2), LineNumber(4)};
            QCOMPARE(search.matchingLines(), expected);
            QCOMPARE(search.matchesInLine(LineNumber(1)), 1);
            QCOMPARE(search.matchingLines(), reference(doc, query).lines);
        }
    }

    void invalidRegex()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"log"_s), "x\n"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, dir.filePath(u"log"_s), false));
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
        QVERIFY(openDocument(doc, base, false));
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
        const QList<LineNumber> found = search.matchingLines();
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
        QVERIFY(openDocument(doc, base, true));
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(SearchQuery{u"error"_s, false, false, true}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(search.matchingLines(), QList<LineNumber>{LineNumber(0)});
        // The open last line becomes a match when its end arrives; new lines are searched too.
        QVERIFY(appendFile(base, "ee error\nfour\nfive error error\n"_ba));
        QTRY_COMPARE(search.matchCount(), 4);
        QCOMPARE(search.matchingLines(), QList<LineNumber>({LineNumber(0), LineNumber(2), LineNumber(4)}));
        QCOMPARE(search.filteredLines(false), QList<LineNumber>({LineNumber(1), LineNumber(3)}));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
