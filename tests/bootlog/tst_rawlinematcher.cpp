// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The byte-level search (RawLineMatcher, ByteLiteralFinder) against the decoded one: on every
// fixture and on random lines, what the bytes say of a line must be what decoding the line and
// matching its text says (Search::countMatches on LineDecoder::decodeText).

#include "bootlog/ByteLiteralFinder.h"
#include "bootlog/LineDecoder.h"
#include "bootlog/RawLineMatcher.h"
#include "bootlog/Search.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

/// What the matcher says of each line compared with the decoded reference; empty when they agree.
/// `undecided` counts the lines it left to the decoder.
QString disagreement(const SearchQuery &query, const QList<QByteArray> &rawLines, qsizetype *undecided = nullptr)
{
    QByteArray bytes;
    std::vector<qint64> starts{0};
    for (const QByteArray &line : rawLines) {
        bytes += line;
        starts.push_back(bytes.size());
    }
    std::optional<RawLineMatcher> matcher = RawLineMatcher::forQuery(query);
    if (!matcher)
        return u"the query is not taken"_s;
    const std::vector<RawLineMatcher::Verdict> verdicts = matcher->scan(bytes, starts);
    for (size_t k = 1; k < verdicts.size(); ++k) {
        if (verdicts[k - 1].line >= verdicts[k].line)
            return u"verdicts out of order"_s;
    }
    auto verdict = verdicts.begin();
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const int expected = Search::countMatches(query, LineDecoder::decodeText(rawLines.at(i)));
        // One arg() call: the percent-encoded line holds '%' followed by digits.
        const QString where = u"line %1 %2 of query '%3' (cs %4, word %5, regex %6)"_s.arg(
            QString::number(i), QString::fromLatin1(rawLines.at(i).toPercentEncoding()), query.pattern,
            QString::number(query.caseSensitive), QString::number(query.wholeWord),
            QString::number(query.regularExpression));
        if (verdict != verdicts.end() && verdict->line == i) {
            if (verdict->matches == RawLineMatcher::Undecided) {
                if (undecided)
                    ++*undecided;
            } else if (!matcher->countsMatches()) {
                return u"a count from a matcher that only finds candidates: "_s + where;
            } else if (verdict->matches != expected) {
                return u"%1 matches from the bytes, %2 decoded: "_s.arg(verdict->matches).arg(expected) + where;
            }
            ++verdict;
        } else if (expected != 0) {
            return u"ruled out, but %1 matches decoded: "_s.arg(expected) + where;
        }
    }
    return {};
}

/// Pieces of random log lines: words, escape sequences, controls, UTF-8 (valid, invalid, the two
/// characters PCRE2 folds to ASCII), whole-word neighbours.
const QList<QByteArray> &pieces()
{
    static const QList<QByteArray> all = {
        "error"_ba,
        "ERROR"_ba,
        "Error"_ba,
        "err"_ba,
        "or"_ba,
        "ror e"_ba,
        "kernel"_ba,
        "KERNEL"_ba,
        "k"_ba,
        "s"_ba,
        "sys"_ba,
        "SYS"_ba,
        "_"_ba,
        "x"_ba,
        "1"_ba,
        " "_ba,
        " "_ba,
        "\t"_ba,
        "."_ba,
        "-"_ba,
        "/"_ba,
        "I/O"_ba,
        "\x1b[1m"_ba,
        "\x1b[0m"_ba,
        "\x1b[0;32m"_ba,
        "\x1b]0;error\x07"_ba,
        "\x1b[6n"_ba,
        "\x1b"_ba,
        "\x1b("_ba,
        "\r"_ba,
        "\b"_ba,
        QByteArray(1, '\0'),
        "\x01"_ba,
        "\x7f"_ba,
        "\xC3\xBC"_ba /* ü */,
        "Gr\xC3\xBC\xC3\x9F"
        "e"_ba,
        "\xE2\x84\xAA"_ba /* KELVIN SIGN */,
        "\xC5\xBF"_ba /* LONG S */,
        "\xC3\xA9"_ba,
        "\xE6\x97\xA5"_ba,
        "\xF0\x9F\x98\x80"_ba,
        "\xD9\xA3"_ba /* ٣ */,
        "\xff"_ba,
        "\xfe"_ba,
        "\xc3"_ba,
        "\xe2\x84"_ba,
        "\x80"_ba,
    };
    return all;
}

QByteArray randomLine(QRandomGenerator &random)
{
    QByteArray line;
    const int n = int(random.bounded(12));
    for (int i = 0; i < n; ++i)
        line += pieces().at(random.bounded(pieces().size()));
    static const QList<QByteArray> ends = {"\n"_ba, "\n"_ba, "\r\n"_ba, ""_ba, "\r\r\n"_ba, "\r"_ba};
    return line + ends.at(random.bounded(ends.size()));
}

const QStringList &randomLiterals()
{
    static const QStringList all = {u"error"_s,  u"err"_s, u"ror e"_s, u"k"_s, u"sys"_s, u"S"_s,
                                    u"kernel"_s, u"e"_s,   u"r e"_s,   u"_"_s, u"1"_s,   u"ERROR"_s,
                                    u"I/O"_s,    u"x x"_s, u"ks"_s,    u"or"_s};
    return all;
}

const QStringList &randomRegexes()
{
    static const QStringList all = {
        u"err(or)?"_s,     u"error.*kernel"_s, u"k+ernel"_s,     u"[ek]rror"_s,   u"e\\w+r"_s,         u"^error"_s,
        u"error$"_s,       u"ke?rnel"_s,       u"er{2}or"_s,     u".rror"_s,      u"\\berror\\b"_s,    u"(?<=x)error"_s,
        u"sys\\b"_s,       u"kern(el)+"_s,     u"ror e+"_s,      u"I/O\\s*\\w"_s, u"\\x{212A}ernel"_s, u"ERR\\w*"_s,
        u"error|kernel"_s, u"sys|ERR(OR)?"_s,  u"k?ernel|I/O"_s,
    };
    return all;
}

} // namespace

class TestRawLineMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finderFindsWhatMemmemFinds_data()
    {
        QTest::addColumn<bool>("caseSensitive");
        QTest::newRow("case-sensitive") << true;
        QTest::newRow("ignoring case") << false;
    }

    void finderFindsWhatMemmemFinds()
    {
        // Across the 64 KiB windows of the caseless search too: every occurrence, none twice.
        QFETCH(bool, caseSensitive);
        QRandomGenerator random(17);
        for (const QByteArray &literal : {"ab"_ba, "aBa"_ba, "x"_ba, "Kernel panic"_ba, QByteArray(70000, 'a')}) {
            QByteArray hay;
            while (hay.size() < 300000)
                hay += QByteArrayView("aAbBkK \n").at(random.bounded(8));
            hay.replace(65536 - 1, 2, literal.left(2)); // across the first window's end
            hay += literal;
            QByteArray lowered = hay;
            QByteArray lowLiteral = literal;
            if (!caseSensitive) {
                lowered = hay.toLower();
                lowLiteral = literal.toLower();
            }
            ByteLiteralFinder finder(literal, caseSensitive);
            qsizetype from = 0;
            int found = 0;
            for (;;) {
                const qsizetype expected = lowered.indexOf(lowLiteral, from);
                const qsizetype got = finder.indexIn(hay, from);
                QCOMPARE(got, expected);
                if (got < 0)
                    break;
                ++found;
                from = got + (found % 2 ? 1 : literal.size()); // overlapping and not
            }
            QVERIFY(found > 0);
            QCOMPARE(finder.indexIn(hay, hay.size()), -1);
        }
    }

    void lowerAsciiFoldsOnlyAscii()
    {
        QByteArray all(256, Qt::Uninitialized);
        for (int i = 0; i < 256; ++i)
            all[i] = char(i);
        QByteArray lowered(256, Qt::Uninitialized);
        ByteLiteralFinder::lowerAscii(all.constData(), lowered.data(), all.size());
        for (int i = 0; i < 256; ++i)
            QCOMPARE(uchar(lowered.at(i)), uchar(i >= 'A' && i <= 'Z' ? i + 32 : i));
    }

    void queriesTaken()
    {
        QVERIFY(RawLineMatcher::forQuery(SearchQuery{u"error"_s, false, false, false}));
        QVERIFY(RawLineMatcher::forQuery(SearchQuery{u"error"_s, false, true, true})->countsMatches());
        QVERIFY(!RawLineMatcher::forQuery(SearchQuery{u""_s, false, true, false}));
        QVERIFY(!RawLineMatcher::forQuery(SearchQuery{u"Grüße"_s, false, true, false}));
        QVERIFY(!RawLineMatcher::forQuery(SearchQuery{u"a\tb"_s, false, true, false}));
        QVERIFY(!RawLineMatcher::forQuery(SearchQuery{u"\u2400"_s, false, true, false}));
        QVERIFY(!RawLineMatcher::forQuery(SearchQuery{u"abc|d"_s, true, true, false})); // "d" is too short
        QVERIFY(!RawLineMatcher::forQuery(SearchQuery{u"ab.c"_s, true, true, false}));  // "ab" is too short
        const auto regex =
            RawLineMatcher::forQuery(SearchQuery{u"usb [0-9]+-[0-9]+: new .* device"_s, true, true, false});
        QVERIFY(regex);
        QVERIFY(!regex->countsMatches());
        QCOMPARE(regex->literals(), QList<QByteArray>{" device"_ba});
        const auto alternatives = RawLineMatcher::forQuery(SearchQuery{u"Call Trace|I/O error"_s, true, false, false});
        QVERIFY(alternatives);
        QCOMPARE(alternatives->literals(), (QList<QByteArray>{"Call Trace"_ba, "I/O error"_ba}));
    }

    void requiredLiterals_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("literal"); // alternatives joined by '|'; empty: none
        QTest::newRow("plain") << u"Call Trace"_s << "Call Trace"_ba;
        QTest::newRow("longest run") << u"usb [0-9]+-[0-9]+: new .* device"_s << " device"_ba;
        QTest::newRow("escaped punctuation") << u"\\[\\s*0\\.000000\\] Linux"_s << "0.000000] Linux"_ba;
        QTest::newRow("optional last") << u"errors?"_s << "error"_ba;
        QTest::newRow("star") << u"abcd*e"_s << "abc"_ba;
        QTest::newRow("plus") << u"abcd+e"_s << "abcd"_ba;
        QTest::newRow("counted") << u"abc{2}de"_s << "abc"_ba;
        QTest::newRow("counted zero") << u"abc{0,2}defg"_s << "defg"_ba;
        QTest::newRow("lazy") << u"abcx+?yz"_s << "abcx"_ba;
        QTest::newRow("group skipped") << u"(foo|bar) baz"_s << " baz"_ba;
        QTest::newRow("group optional") << u"abc(def)?ghi"_s << "abc"_ba;
        QTest::newRow("named group") << u"(?<n>x|y)kernel"_s << "kernel"_ba;
        QTest::newRow("lookahead") << u"kernel(?!: )panic"_s << "kernel"_ba;
        QTest::newRow("class with ] first") << u"[]a]bcd"_s << "bcd"_ba;
        QTest::newRow("class escapes") << u"[\\]x]bcd"_s << "bcd"_ba;
        QTest::newRow("anchors") << u"^abc$"_s << "abc"_ba;
        QTest::newRow("word boundary") << u"\\bfoo\\b"_s << "foo"_ba;
        QTest::newRow("not ascii") << u"grüße kernel"_s << "e kernel"_ba;
        QTest::newRow("alternation") << u"error|fail(ed)?"_s << "error|fail"_ba;
        QTest::newRow("alternation, one too short") << u"error|ok"_s << ""_ba;
        QTest::newRow("alternation, an empty one") << u"error|"_s << ""_ba;
        QTest::newRow("alternation, quantified") << u"errors?|x+failure"_s << "error|failure"_ba;
        QTest::newRow("alternation in a group only") << u"(a|b)error"_s << "error"_ba;
        QTest::newRow("inline option") << u"(?i)error"_s << ""_ba;
        QTest::newRow("inline option in a group") << u"(?i:x)error"_s << "error"_ba;
        QTest::newRow("quoted") << u"\\Qa.b\\E"_s << ""_ba;
        QTest::newRow("hex escape") << u"\\x41BCD"_s << ""_ba;
        QTest::newRow("back-reference") << u"(a)\\1bcd"_s << ""_ba;
        QTest::newRow("posix class") << u"[[:alpha:]x]abc"_s << ""_ba;
        QTest::newRow("loose brace") << u"a{b"_s << ""_ba;
        QTest::newRow("spaced quantifier") << u"abc{ 2}"_s << ""_ba;
        QTest::newRow("verb") << u"(*UCP)abc"_s << ""_ba;
        QTest::newRow("comment in a group") << u"(x(?#)))abc"_s << ""_ba;
        QTest::newRow("unbalanced") << u"abc)"_s << ""_ba;
        QTest::newRow("quantified quantifier") << u"abc**"_s << ""_ba;
        QTest::newRow("empty") << QString() << ""_ba;
    }

    void requiredLiterals()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, literal);
        const QList<QByteArray> literals = RawLineMatcher::requiredLiterals(pattern);
        QCOMPARE(QByteArray(literals.join('|')), literal);
        for (const QByteArray &l : literals)
            QVERIFY(l.size() >= RawLineMatcher::MinRequiredLiteral);
    }

    void agreesWithDecodingOnFixtures_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("escape inside a word") << QList<QByteArray>{"E\x1b[1mRR\x1b[0mOR split\n"_ba, "ERROR plain\n"_ba,
                                                                   "[\x1b[0;1;31mFAILED\x1b[0m] x\n"_ba}
                                              << u"ERROR"_s;
        QTest::newRow("OSC title holding the word")
            << QList<QByteArray>{"\x1b]0;error\x07 shown\n"_ba, "\x1b]0;title\x07 error\n"_ba} << u"error"_s;
        QTest::newRow("CRLF") << QList<QByteArray>{"error\r\n"_ba, "an error\r\n"_ba, "error\r\r\n"_ba} << u"error"_s;
        QTest::newRow("lone CR overwrite") << QList<QByteArray>{"fsck 10%\rfsck 100% error\n"_ba,
                                                                "error 10%\rfsck\n"_ba, "erxxx\rro\n"_ba, "error\r"_ba}
                                           << u"error"_s;
        QTest::newRow("backspace") << QList<QByteArray>{"erxx\b\bror\n"_ba, "error\b\b\n"_ba} << u"error"_s;
        QTest::newRow("NUL and controls") << QList<QByteArray>{QByteArray("err\0or\n", 7), QByteArray("\0error\0\n", 8),
                                                               "\x01"
                                                               "error\x7f\n"_ba}
                                          << u"error"_s;
        QTest::newRow("invalid UTF-8") << QList<QByteArray>{"\xff"
                                                            "error\xfe\n"_ba,
                                                            "\xe2\x84"
                                                            "error\n"_ba,
                                                            "err\xc3"
                                                            "or\n"_ba}
                                       << u"error"_s;
        QTest::newRow("kelvin sign") << QList<QByteArray>{"\xE2\x84\xAA"
                                                          "ernel\n"_ba,
                                                          "kernel\n"_ba,
                                                          "\xC5\xBF"
                                                          "ys\n"_ba}
                                     << u"kernel"_s;
        QTest::newRow("whole word after a refused overlapping hit")
            << QList<QByteArray>{"ax x x\n"_ba, "x x_x x\n"_ba} << u"x x"_s;
        QTest::newRow("cut lines (no line end)")
            << QList<QByteArray>{"login: err"_ba, "or [    0.000000] Linux version\n"_ba, "x error"_ba} << u"error"_s;
    }

    void agreesWithDecodingOnFixtures()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QString, pattern);
        for (const bool caseSensitive : {true, false}) {
            for (const bool wholeWord : {false, true}) {
                const SearchQuery query{pattern, false, caseSensitive, wholeWord};
                const QString error = disagreement(query, lines);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        const SearchQuery required{u"(x)?"_s + pattern, true, false, false};
        if (RawLineMatcher::forQuery(required)) {
            const QString error = disagreement(required, lines);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void plainLinesAreCountedFromTheirBytes()
    {
        // Lines without escapes, CR or BS are never handed to the decoder: that is the speed.
        const QList<QByteArray> lines{"error error\n"_ba, "no\n"_ba, "errorerror\r\n"_ba,
                                      "Gr\xC3\xBC\xC3\x9F"
                                      "e error\n"_ba,
                                      QByteArray("\0error\n", 7)};
        qsizetype undecided = 0;
        QCOMPARE(disagreement(SearchQuery{u"error"_s, false, false, false}, lines, &undecided), QString());
        QCOMPARE(undecided, 0);
        // Whole word next to a letter outside ASCII: decoded. Next to ASCII: from the bytes.
        undecided = 0;
        QCOMPARE(disagreement(SearchQuery{u"error"_s, false, true, true}, lines, &undecided), QString());
        QCOMPARE(undecided, 0);
        const QList<QByteArray> umlaut{"\xC3\xBC"
                                       "error\n"_ba};
        QCOMPARE(disagreement(SearchQuery{u"error"_s, false, true, true}, umlaut, &undecided), QString());
        QCOMPARE(undecided, 1);
        // A line with escapes but without every character of the literal is ruled out undecoded.
        undecided = 0;
        const QList<QByteArray> coloured{"[\x1b[0;32m  OK  \x1b[0m] Started Journal Service.\n"_ba};
        QCOMPARE(disagreement(SearchQuery{u"I/O error"_s, false, true, false}, coloured, &undecided), QString());
        QCOMPARE(undecided, 0);
    }

    void longLinesOnlyInTheirDecodedPart()
    {
        constexpr qsizetype Max = LineDecoder::MaxDecodedBytes;
        QByteArray straddling(Max - 3, 'y');
        straddling += "error\n";
        QByteArray crAtTheEdge(Max - 1, 'a');
        crAtTheEdge += "\rerror\n"; // the CR is the last decoded byte: it changes nothing
        QByteArray crBeforeTheEdge(Max - 9, 'a');
        crBeforeTheEdge += "\rerror error\n"; // overwrites; the second "error" is cut at the edge
        QByteArray escapePastTheEdge(Max - 20, 'b');
        escapePastTheEdge += " error " + QByteArray(40, 'c') + "\x1b[1m\n";
        QByteArray justFits(Max - 5, 'z');
        justFits += "error\r\n";
        const QList<QByteArray> lines{straddling, crAtTheEdge, crBeforeTheEdge, escapePastTheEdge, justFits};
        for (const bool caseSensitive : {true, false}) {
            const QString error = disagreement(SearchQuery{u"error"_s, false, caseSensitive, false}, lines);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void agreesWithDecodingOnRandomLines()
    {
        // A differential test: random lines, random queries, both paths.
        QRandomGenerator random(2026);
        qsizetype undecided = 0;
        for (int round = 0; round < 3000; ++round) {
            QList<QByteArray> lines;
            const int n = 1 + int(random.bounded(20));
            for (int i = 0; i < n; ++i)
                lines.append(randomLine(random));
            const bool regex = random.bounded(3) == 0;
            const QString pattern = regex ? randomRegexes().at(random.bounded(randomRegexes().size()))
                                          : randomLiterals().at(random.bounded(randomLiterals().size()));
            const SearchQuery query{pattern, regex, random.bounded(2) == 0, random.bounded(2) == 0};
            if (!RawLineMatcher::forQuery(query))
                continue;
            const QString error = disagreement(query, lines, &undecided);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(undecided > 0); // the fallback was exercised too
    }
};

QTEST_GUILESS_MAIN(TestRawLineMatcher)
#include "tst_rawlinematcher.moc"
