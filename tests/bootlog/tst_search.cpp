// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Search over a LogDocument: literal and regular expression, case and whole word, checked
// against matches counted by hand (what a query means: case folding, whole words, a literal's
// regular-expression characters taken as they are, Unicode letters and digits); then, on many more
// logs and queries, the search (raw bytes and UTF-8, RawLineMatcher and PCRE2) against the matcher
// the view highlights with (Search::countMatches(), QRegularExpression on each decoded line): two
// paths that must agree line by line. Progressive results, cancellation, growth, filter.

#include "LogFixtures.h"
#include "OpenDocument.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"
#include "bootlog/Search.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;
using vcv::test::writeFile;

namespace {

constexpr int CorpusLines = 30000;

/// Ten sample lines, line i being sample (i * 7) % 10.
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
    for (int i = 0; i < CorpusLines; ++i)
        log += samples.at((i * 7) % samples.size());
    return log;
}

/// The reference: every line decoded and matched on its own by the view's matcher.
struct Reference
{
    QList<LineNumber> lines;
    QList<int> counts; // matches per line of `lines`
    qint64 total = 0;
};

Reference reference(const LogDocument &doc, const SearchQuery &query)
{
    Reference out;
    for (qint64 i = 0; i < doc.lineCount(); ++i) {
        const DecodedLine line = doc.line(LineNumber(i));
        const int n = line.isMarker() ? 0 : Search::countMatches(query, line.text);
        if (n == 0)
            continue;
        out.lines.append(LineNumber(i));
        out.counts.append(n);
        out.total += n;
    }
    return out;
}

/// Runs `query` over `doc` and compares every matching line and its number of matches with the
/// reference; empty when they agree.
QString differenceFromReference(const LogDocument &doc, const SearchQuery &query)
{
    Search search(&doc);
    QSignalSpy finished(&search, &Search::finished);
    if (!search.start(query))
        return u"start() refused the query"_s;
    if (!finished.wait(30000) && finished.count() != 1)
        return u"no end"_s;
    const Reference ref = reference(doc, query);
    const QString what = u" for '%1' (regex %2, cs %3, word %4)"_s.arg(
        query.pattern, QString::number(query.regularExpression), QString::number(query.caseSensitive),
        QString::number(query.wholeWord));
    if (search.matchingLines() != ref.lines) {
        QStringList got, want;
        for (const LineNumber l : search.matchingLines())
            got << QString::number(l.get());
        for (const LineNumber l : ref.lines)
            want << QString::number(l.get());
        return u"lines %1, expected %2"_s.arg(got.join(u' '), want.join(u' ')) + what;
    }
    for (qsizetype i = 0; i < ref.lines.size(); ++i) {
        if (search.matchesInLine(ref.lines.at(i)) != ref.counts.at(i))
            return u"line %1: %2 matches, expected %3"_s.arg(ref.lines.at(i).get())
                       .arg(search.matchesInLine(ref.lines.at(i)))
                       .arg(ref.counts.at(i)) +
                what;
    }
    return {};
}

/// The same queries both ways round: literal and regular expression, each case, whole word or not.
QList<SearchQuery> variants(const QString &pattern, bool regex)
{
    QList<SearchQuery> out;
    for (const bool caseSensitive : {true, false}) {
        for (const bool wholeWord : {false, true})
            out.append(SearchQuery{pattern, regex, caseSensitive, wholeWord});
    }
    return out;
}

/// Random log bytes for the differential test: what the byte-level search must see through.
QByteArray randomLog(QRandomGenerator &random, int lines)
{
    static const QList<QByteArray> pieces = {
        "error"_ba,
        "ERROR"_ba,
        "Error"_ba,
        "err"_ba,
        "or"_ba,
        "Call Trace"_ba,
        "kernel"_ba,
        "k"_ba,
        "s"_ba,
        "systemd-udevd"_ba,
        "_"_ba,
        "x"_ba,
        "1"_ba,
        " "_ba,
        " "_ba,
        "\t"_ba,
        "\x1b[1m"_ba,
        "\x1b[0m"_ba,
        "\x1b[0;1;31m"_ba,
        "\x1b]0;error\x07"_ba,
        "\x1b[6n"_ba,
        "\x1b"_ba,
        "\r"_ba,
        "\b"_ba,
        QByteArray(1, '\0'),
        "\x7f"_ba,
        "\xC3\xBC"_ba,
        "\xE2\x84\xAA"_ba,
        "\xC5\xBF"_ba,
        "\xE6\x97\xA5"_ba,
        "\xff"_ba,
        "\xc3"_ba,
        "\xe2\x84"_ba,
        // boots that begin inside a line: the index cuts the line there
        "[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org) "_ba,
        "SeaBIOS (version 1.16.3-debian-1.16.3-2)"_ba,
    };
    static const QList<QByteArray> ends = {"\n"_ba, "\n"_ba, "\n"_ba, "\r\n"_ba, "\r\r\n"_ba};
    QByteArray log;
    for (int i = 0; i < lines; ++i) {
        const int n = int(random.bounded(10));
        for (int k = 0; k < n; ++k)
            log += pieces.at(random.bounded(pieces.size()));
        log += ends.at(random.bounded(ends.size()));
    }
    return log;
}

/// Writes `log` as a virtlogd chain base.N-1 … base.0, base, cut at random bytes (in the middle of
/// lines, words and escape sequences).
bool writeChain(const QString &base, const QByteArray &log, QRandomGenerator &random, int files)
{
    QList<qsizetype> cuts;
    for (int i = 0; i < files - 1; ++i)
        cuts.append(qsizetype(random.bounded(qMax<qsizetype>(1, log.size()))));
    std::sort(cuts.begin(), cuts.end());
    cuts.prepend(0);
    cuts.append(log.size());
    for (int i = 0; i < files; ++i) {
        const QString name = i == files - 1 ? base : base + u'.' + QString::number(files - 2 - i);
        if (!writeFile(name, log.mid(cuts.at(i), cuts.at(i + 1) - cuts.at(i))))
            return false;
    }
    return true;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheHandCountedSamples_data()
    {
        // Matches in each of corpus()'s ten samples, in their order, counted by hand on the text
        // shown: "[  OK  ] Started Journal Service.", "[FAILED] Failed to start Network.",
        // "errors=remount-ro terror error", "progress 100% error-free" (the CR overwrote
        // "progress 10%"), "ERROR split by escapes", "invalid \uFFFD\uFFFD bytes then error".
        QTest::addColumn<SearchQuery>("query");
        QTest::addColumn<QList<int>>("perSample");
        QTest::newRow("literal ci") << SearchQuery{u"error"_s, false, false, false}
                                    << QList<int>{0, 1, 0, 0, 3, 0, 1, 1, 1, 0};
        QTest::newRow("literal cs") << SearchQuery{u"ERROR"_s, false, true, false}
                                    << QList<int>{0, 1, 0, 0, 0, 0, 0, 1, 0, 0};
        QTest::newRow("literal word") << SearchQuery{u"error"_s, false, false, true}
                                      << QList<int>{0, 1, 0, 0, 1, 0, 1, 1, 1, 0};
        QTest::newRow("literal across escapes")
            << SearchQuery{u"ERROR split"_s, false, true, false} << QList<int>{0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
        QTest::newRow("literal after cr")
            << SearchQuery{u"100% error"_s, false, true, false} << QList<int>{0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
        QTest::newRow("literal gone by cr") << SearchQuery{u"10%\r"_s, false, true, false} << QList<int>(10, 0);
        QTest::newRow("literal non-ascii")
            << SearchQuery{u"grüße"_s, false, false, false} << QList<int>{0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("literal replacement char")
            << SearchQuery{u"\uFFFD\uFFFD"_s, false, true, false} << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1, 0};
        QTest::newRow("literal none") << SearchQuery{u"kernel panic"_s, false, false, false} << QList<int>(10, 0);
        QTest::newRow("regex") << SearchQuery{u"^\\[\\s*\\d+\\.\\d+\\] (ERROR|Linux)"_s, true, true, false}
                               << QList<int>{1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("regex ci word") << SearchQuery{u"fail(ed)?"_s, true, false, true}
                                       << QList<int>{0, 1, 0, 2, 0, 0, 0, 0, 0, 0};
        QTest::newRow("regex end anchor")
            << SearchQuery{u"free$"_s, true, true, false} << QList<int>{0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
        QTest::newRow("regex across lines never")
            << SearchQuery{u"Service\\.\\s+\\[FAILED"_s, true, true, false} << QList<int>(10, 0);
        QTest::newRow("regex escapes gone") << SearchQuery{u"\\x1b"_s, true, true, false} << QList<int>(10, 0);
        // A literal's regular-expression characters are taken as they are ("[FAILED]" as a class
        // would match every F, A, I, L, E and D; "48+" would need "488").
        QTest::newRow("literal brackets")
            << SearchQuery{u"[FAILED]"_s, false, true, false} << QList<int>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0};
        QTest::newRow("literal dots and plus")
            << SearchQuery{u"6.12.48+deb13"_s, false, false, false} << QList<int>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("literal backslash") << SearchQuery{u"\\d"_s, false, true, false} << QList<int>(10, 0);
        // Case: "FAILED", "Failed" and "failed".
        QTest::newRow("literal cs mixed case")
            << SearchQuery{u"Failed"_s, false, true, false} << QList<int>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0};
        QTest::newRow("literal ci mixed case")
            << SearchQuery{u"failed"_s, false, false, false} << QList<int>{0, 1, 0, 2, 0, 0, 0, 0, 0, 0};
        QTest::newRow("literal ci upper")
            << SearchQuery{u"fehler"_s, false, false, false} << QList<int>{0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("literal cs upper") << SearchQuery{u"fehler"_s, false, true, false} << QList<int>(10, 0);
        // Whole words: letters of any script and digits are part of a word ("Grüße", "100").
        QTest::newRow("literal inside a non-ascii word")
            << SearchQuery{u"ße"_s, false, false, false} << QList<int>{0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("literal word after a non-ascii letter")
            << SearchQuery{u"ße"_s, false, false, true} << QList<int>(10, 0);
        QTest::newRow("literal word between non-ascii words")
            << SearchQuery{u"aus"_s, false, true, true} << QList<int>{0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("literal word digits")
            << SearchQuery{u"100"_s, false, true, true} << QList<int>{0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
        QTest::newRow("literal word before a digit") << SearchQuery{u"10"_s, false, true, true} << QList<int>(10, 0);
        // Regular expressions: the whole alternation is the word ("errors" and "terror" are not);
        // case folded or not; \w takes letters of any script; ^ and $ are each line's ends.
        QTest::newRow("regex alternation word")
            << SearchQuery{u"error|fail"_s, true, false, true} << QList<int>{0, 1, 0, 0, 1, 0, 1, 1, 1, 0};
        QTest::newRow("regex ci alternation")
            << SearchQuery{u"journal|fehler"_s, true, false, false} << QList<int>{0, 0, 1, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("regex cs class") << SearchQuery{u"[A-Z]{5}"_s, true, true, false}
                                        << QList<int>{0, 1, 0, 1, 0, 1, 0, 1, 0, 0};
        QTest::newRow("regex word characters beyond ascii")
            << SearchQuery{u"Gr\\w+e\\b"_s, true, true, false} << QList<int>{0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("regex ci start anchor")
            << SearchQuery{u"^error"_s, true, false, false} << QList<int>{0, 0, 0, 0, 1, 0, 0, 1, 0, 0};
        QTest::newRow("regex ci end anchor")
            << SearchQuery{u"error$"_s, true, false, false} << QList<int>{0, 0, 0, 0, 1, 0, 0, 0, 1, 0};
    }

    void matchesTheHandCountedSamples()
    {
        QFETCH(SearchQuery, query);
        QFETCH(QList<int>, perSample);
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QByteArray log = corpus();
        QVERIFY(writeFile(base + u".0"_s, log.left(log.size() / 2 + 3)));
        QVERIFY(writeFile(base, log.mid(log.size() / 2 + 3)));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        QCOMPARE(doc.lineCount(), CorpusLines); // the cut between the files is inside a line
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(query));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY(!search.isRunning());
        // Line i of the corpus is sample (i * 7) % 10.
        QList<LineNumber> expected;
        QList<int> counts;
        qint64 total = 0;
        for (int i = 0; i < CorpusLines; ++i) {
            if (const int n = perSample.at((i * 7) % 10)) {
                expected.append(LineNumber(i));
                counts.append(n);
                total += n;
            }
        }
        QCOMPARE(search.matchingLines(), expected);
        QCOMPARE(search.matchingLineCount(), expected.size());
        QCOMPARE(search.matchCount(), total);
        // Every match has its ordinal: matchesBefore() and matchAt() agree with the expectation.
        qint64 before = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(search.matchesInLine(expected.at(i)), counts.at(i));
            QCOMPARE(search.matchesBefore(expected.at(i)), before);
            QCOMPARE(search.matchAt(before), (Search::MatchPosition{expected.at(i), 0}));
            QCOMPARE(search.matchAt(before + counts.at(i) - 1),
                     (Search::MatchPosition{expected.at(i), counts.at(i) - 1}));
            before += counts.at(i);
        }
        QVERIFY(!search.matchAt(total).isValid());
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

    void byteLevelAndDecodedMatchingAgree_data()
    {
        QTest::addColumn<QList<QByteArray>>("files"); // oldest first: base.N-1 … base.0, base
        QTest::addColumn<QStringList>("literals");
        QTest::addColumn<QStringList>("regexes");
        QTest::newRow("escape sequences inside a word")
            << QList<QByteArray>{"E\x1b[1mRR\x1b[0mOR split\nERROR plain\n[\x1b[0;1;31mFAILED\x1b[0m] Failed\n"
                                 "\x1b]0;error title\x07 shown\nsys\x1b[32mtemd-udevd\n"_ba}
            << QStringList{u"ERROR"_s, u"error"_s, u"FAILED] F"_s, u"systemd-udevd"_s, u"0;1;31m"_s}
            << QStringList{u"ERR(OR)? \\w+"_s, u"FAILED\\] F.i"_s, u"systemd-[a-z]+"_s};
        QTest::newRow("a match across a rotation cut")
            << QList<QByteArray>{"[   12.5] Call Tr"_ba, "ace:\n[   12.6]  dump_stack\nCall"_ba, " Trace again\n"_ba}
            << QStringList{u"Call Trace"_s, u"Tr"_s, u"ace:"_s} << QStringList{u"Call Trace:?$"_s, u"all T[a-z]+"_s};
        QTest::newRow("invalid UTF-8") << QList<QByteArray>{"\xff error \xfe\nerr\xc3or\n\xe2\x84 error\x80\n\xc3\xbc"
                                                            "error\n"_ba}
                                       << QStringList{u"error"_s, u"err"_s}
                                       << QStringList{u"[^x]error"_s, u"error\\b"_s};
        QTest::newRow("CRLF, lone CR overwrite, backspace")
            << QList<QByteArray>{"error\r\nan error\r\r\nfsck 10%\rfsck 100% error\nerror 10%\rfsck\n"
                                 "erxx\b\bror\nerror\r"_ba}
            << QStringList{u"error"_s, u"fsck 1"_s, u"10%"_s} << QStringList{u"error$"_s, u"fsck 10+%"_s};
        static constexpr char Nuls[] = "err\0or\n\0error\0\n\x01"
                                       "error\x7f\n";
        QTest::newRow("NUL and controls")
            << QList<QByteArray>{QByteArray(Nuls, sizeof Nuls - 1)} << QStringList{u"error"_s, u"rr"_s}
            << QStringList{u"err.or"_s, u"error\\W"_s};
        QTest::newRow("folding to ASCII (KELVIN SIGN, LONG S)")
            << QList<QByteArray>{"\xE2\x84\xAA"
                                 "ernel\nKERNEL\n\xC5\xBF"
                                 "ystemd\n"_ba}
            << QStringList{u"kernel"_s, u"systemd"_s} << QStringList{u"kern(el)?"_s, u"system(d)"_s};
        QTest::newRow("mid-line boot cuts")
            << QList<QByteArray>{"demo login: error[    0.000000] Linux version 6.12.48+deb13-amd64 (x) error\n"
                                 "root@demo:~# \x1b[6nSeaBIOS (version 1.16.3)\r\n"_ba}
            << QStringList{u"error"_s, u"error["_s, u"login: error"_s, u"# SeaBIOS"_s, u"nSeaBIOS"_s}
            << QStringList{u"error\\[ +0"_s, u"login: \\w+"_s, u"Linux version [0-9.]+"_s};
        // Regular expressions without a literal are matched on the UTF-8 of every line: plain
        // ASCII lines as they are, the others decoded (escapes gone, U+FFFD, control pictures).
        QTest::newRow("no literal to look for, characters beyond ASCII")
            << QList<QByteArray>{"[ 1234.567890] Gr\xC3\xBC\xC3\x9F"
                                 "e 2024 \xE6\x97\xA5\xE6\x9C\xAC\n"
                                 "\x1b[1m20\x1b[0m24 \xE2\x84\xAA"
                                 "elvin \xff\xfe 99999\r\n"
                                 "tab\there\x01 \xF0\x9F\x98\x80 x\n\nGR\xC3\x9CSSE\n"_ba}
            << QStringList{u"gr\u00FC\u00DFe"_s, u"\u65E5"_s}
            << QStringList{u"[0-9]{4,}"_s,
                           u"\\p{L}+"_s,
                           u"\\w+"_s,
                           u"."_s,
                           u"[^\\x00-\\x7F]+"_s,
                           u"x*"_s,
                           u"\\d+(?=\\s)"_s,
                           u"^$"_s,
                           u"GR\u00DC(SS|\u00DF)E"_s,
                           u"\\x{FFFD}+"_s,
                           u"k"_s,
                           u"\\t"_s,
                           u"\\x{2401}"_s};
    }

    void byteLevelAndDecodedMatchingAgree()
    {
        QFETCH(QList<QByteArray>, files);
        QFETCH(QStringList, literals);
        QFETCH(QStringList, regexes);
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString name = i == files.size() - 1 ? base : base + u'.' + QString::number(files.size() - 2 - i);
            QVERIFY(writeFile(name, files.at(i)));
        }
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        for (const QString &literal : std::as_const(literals)) {
            for (const SearchQuery &query : variants(literal, false)) {
                const QString error = differenceFromReference(doc, query);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        for (const QString &regex : std::as_const(regexes)) {
            for (const SearchQuery &query : variants(regex, true)) {
                const QString error = differenceFromReference(doc, query);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }

    void byteLevelAndDecodedMatchingAgreeOnRandomLogs()
    {
        // Differential: random logs (escapes, controls, broken UTF-8, boots inside lines) cut into
        // random rotations; the search and the line-by-line decoded reference must agree.
        QRandomGenerator random(17);
        const QStringList literals{
            u"error"_s,          u"err"_s, u"Call Trace"_s, u"systemd-udevd"_s, u"k"_s,       u"s"_s,
            u"rror"_s,           u"r e"_s, u"x x"_s,        u"Linux version"_s, u"0;1;31m"_s, u"6.12.48+deb13"_s,
            u"(debian-kernel@"_s};
        const QStringList regexes{u"err(or)?"_s,
                                  u"Call\\s+Trace"_s,
                                  u"^error"_s,
                                  u"error$"_s,
                                  u"\\berror\\b"_s,
                                  u"kern(el)+"_s,
                                  u"Linux version [0-9.]+ \\("_s,
                                  u"(?<=x)error"_s,
                                  u"\\Aerror"_s,
                                  u"systemd-[a-z]+d"_s,
                                  u"k|s"_s,
                                  u"Call Trace|I/O error"_s,
                                  u"error|kernel"_s,
                                  u"r\\s*e"_s,
                                  u"\\W+"_s,
                                  u"x*"_s,
                                  u"e?$"_s,
                                  u"or\\s+\\S"_s,
                                  u"[0-9]{2,}"_s,
                                  u"."_s,
                                  u"\\p{L}+"_s,
                                  u"[^ ]+"_s,
                                  u"\\x{FFFD}"_s};
        for (int round = 0; round < 30; ++round) {
            QTemporaryDir dir;
            const QString base = dir.filePath(u"log"_s);
            QVERIFY(writeChain(base, randomLog(random, 400), random, 1 + int(random.bounded(4))));
            LogDocument doc;
            QVERIFY(openDocument(doc, base, false));
            QTRY_VERIFY(doc.isIndexComplete());
            for (int q = 0; q < 6; ++q) {
                const bool regex = random.bounded(2) == 0;
                const QString pattern =
                    regex ? regexes.at(random.bounded(regexes.size())) : literals.at(random.bounded(literals.size()));
                const SearchQuery query{pattern, regex, random.bounded(2) == 0, random.bounded(2) == 0};
                const QString error = differenceFromReference(doc, query);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }

    void theViewsMatcherMeansWhatTheSearchMeans()
    {
        // Search::countMatches(), what the view highlights, on lines written here, counted by hand:
        // the same rules as the search's (the differential tests above compare the two at length).
        const auto count = [](const QString &pattern, bool regex, bool caseSensitive, bool wholeWord,
                              const QString &line) {
            return Search::countMatches(SearchQuery{pattern, regex, caseSensitive, wholeWord}, line);
        };
        // A literal's regular-expression characters are taken as they are.
        QCOMPARE(count(u"[FAILED]"_s, false, true, false, u"[FAILED] Failed to start nginx.service"_s), 1);
        QCOMPARE(count(u"6.12.48+deb13"_s, false, true, false, u"Linux version 6.12.48+deb13-amd64"_s), 1);
        QCOMPARE(count(u"6.12.48+deb13"_s, false, true, false, u"Linux version 6x12x488deb13-amd64"_s), 0);
        QCOMPARE(count(u"(x)"_s, false, true, false, u"(x) x (x)"_s), 2);
        QCOMPARE(count(u"\\d"_s, false, true, false, u"1 \\d 2"_s), 1);
        // Case.
        QCOMPARE(count(u"failed"_s, false, false, false, u"[FAILED] Failed, failed"_s), 3);
        QCOMPARE(count(u"failed"_s, false, true, false, u"[FAILED] Failed, failed"_s), 1);
        QCOMPARE(count(u"grüße"_s, false, false, false, u"GRÜßE, Grüße"_s), 2);
        // Whole words: letters of any script, digits and '_' are part of a word; the whole
        // alternation is the word.
        QCOMPARE(count(u"error"_s, false, false, true, u"errors terror error error_x error-free"_s), 2);
        QCOMPARE(count(u"ße"_s, false, false, true, u"Grüße"_s), 0);
        QCOMPARE(count(u"10"_s, false, false, true, u"100% 10%"_s), 1);
        QCOMPARE(count(u"error|fail"_s, true, false, true, u"errors=remount-ro terror error, failed"_s), 1);
        // Regular expressions: \w takes letters of any script; ^ and $ are the line's ends.
        QCOMPARE(count(u"Gr\\w+e\\b"_s, true, true, false, u"Grüße aus der VM"_s), 1);
        QCOMPARE(count(u"^error|error$"_s, true, false, false, u"ERROR in the middle: error"_s), 2);
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
        for (const SearchQuery &query :
             {SearchQuery{u"error"_s, false, false, false}, SearchQuery{u"err(or)"_s, true, true, false}}) {
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

        // \C (one code unit) would match half a character: refused with PCRE2's reason.
        QVERIFY(!search.start(SearchQuery{u"a\\Cb"_s, true, false, false}));
        QCOMPARE(error.count(), 2);
        QVERIFY2(search.errorString().contains(u"\\C"_s), qPrintable(search.errorString()));
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

        // start() says 0 at once, before any result, and returns while the search runs; the
        // count then only grows, and the last word is the total. (Counts in between come from a
        // 50 ms timer: how many there are depends on the machine's speed, so none is required.)
        Search search(&doc);
        QSignalSpy changed(&search, &Search::matchesChanged);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(SearchQuery{u"fail"_s, false, false, false}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), 0);
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        qint64 previous = -1;
        for (const auto &args : std::as_const(changed)) {
            QVERIFY(args.first().toLongLong() >= previous);
            previous = args.first().toLongLong();
        }
        const qint64 all = search.matchCount();
        QVERIFY(all > 0);
        QCOMPARE(previous, all);
        const QList<LineNumber> found = search.matchingLines();
        QVERIFY(std::is_sorted(found.cbegin(), found.cend()));

        // Cancelled at once: finished comes, and nothing arrives afterwards.
        finished.clear();
        changed.clear();
        QVERIFY(search.start(SearchQuery{u"f.i+l"_s, true, false, false}));
        search.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(changed.count(), 2); // start()'s 0 and cancel()'s last word
        QVERIFY(!search.isRunning());
        const qint64 partial = search.matchCount();
        QVERIFY(partial <= all);
        // Every task of the cancelled search has ended, and what any of them posted has been
        // delivered: none of it may count.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::sendPostedEvents(&search, QEvent::MetaCall);
        QCOMPARE(search.matchCount(), partial);
        QCOMPARE(changed.count(), 2);
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

    void searchesTheNewestLinesWhileTheHistoryArrives()
    {
        // A remote log copied newest first: the history is a hole (zeros) at first. A search
        // then covers the lines there, and all lines once the history is put in front.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy"_s);
        const QByteArray history = "boot error one\nfine\n"_ba.repeated(60000); // 1.2 MB, 60000 matches
        const QByteArray newest = "fine\nnewest error\nerror again\n"_ba;       // 2 matching lines
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(history.size()));
            QVERIFY(file.seek(history.size()));
            QCOMPARE(file.write(newest), newest.size());
        }
        LogDocument doc;
        QSignalSpy opened(&doc, &LogDocument::opened);
        doc.openAwaitingHistory(path, ByteOffset(history.size()));
        QVERIFY(opened.wait(10000));
        QVERIFY(doc.isAwaitingHistory());
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(SearchQuery{u"error"_s, false, false, true}));
        QTRY_COMPARE(finished.count(), 1);
        // The document begins after the first newline past the hole (whether the hole ends
        // a line is unknown until the history is there): "newest error", "error again".
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(search.matchingLines(), QList<LineNumber>({LineNumber(0), LineNumber(1)}));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(history), history.size());
        file.close();
        doc.historyArrived(ByteOffset(0));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(!doc.isAwaitingHistory());
        QCOMPARE(search.matchingLineCount(), 60002);
        QCOMPARE(search.matchingLines().last(), LineNumber(120002));
        QCOMPARE(search.matchingLines().first(), LineNumber(0));
    }

    void findsMatchesInAPartOfTheHistory()
    {
        // A remote log whose history arrives in parts: a search under way covers the lines
        // there; each part put in front starts it again, with every line number right.
        QTemporaryDir dir;
        QByteArray all;
        for (int i = 0; all.size() < (3 << 20); ++i)
            all += (i % 997 == 0 ? "boot error "_ba : "fine "_ba) + QByteArray::number(i) + '\n';
        const qint64 pending = all.size() - 64 * 1024 - 5; // inside a line
        const qint64 partFrom = pending - (1 << 20) - 7;   // inside a line too
        const QString path = dir.filePath(u"copy"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(pending));
            QVERIFY(file.seek(pending));
            QCOMPARE(file.write(all.mid(pending)), all.size() - pending);
        }
        // Independent oracle: the matching lines among those from the first whole line at or
        // after `from`, counted from the bytes.
        const auto matchingLinesFrom = [&](qint64 from) {
            const qsizetype start = from == 0 ? 0 : all.indexOf('\n', from - 1) + 1;
            QList<LineNumber> lines;
            qint64 line = 0;
            for (qsizetype at = start; at < all.size(); ++line) {
                const qsizetype end = all.indexOf('\n', at);
                if (QByteArrayView(all).sliced(at, end - at).contains("error"))
                    lines.append(LineNumber(line));
                at = end + 1;
            }
            return lines;
        };
        const auto fill = [&](qint64 from, qint64 to) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(from));
            QCOMPARE(file.write(all.mid(from, to - from)), to - from);
        };

        LogDocument doc;
        QSignalSpy opened(&doc, &LogDocument::opened);
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        doc.openAwaitingHistory(path, ByteOffset(pending));
        QVERIFY(opened.wait(10000));
        Search search(&doc);
        QSignalSpy finished(&search, &Search::finished);
        QVERIFY(search.start(SearchQuery{u"error"_s, false, false, true}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(search.matchingLines(), matchingLinesFrom(pending));
        QVERIFY(!search.matchingLines().isEmpty());

        fill(partFrom, pending);
        doc.historyPartlyArrived(ByteOffset(partFrom));
        QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(doc.isAwaitingHistory());
        QCOMPARE(search.matchingLines(), matchingLinesFrom(partFrom));
        QVERIFY(search.matchingLines().size() > matchingLinesFrom(pending).size());

        fill(0, partFrom);
        doc.historyArrived(ByteOffset(0));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QVERIFY(!doc.isAwaitingHistory());
        QCOMPARE(search.matchingLines(), matchingLinesFrom(0));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
