// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Utf8Regex: PCRE2 on UTF-8, stepping through a subject as QRegularExpression's global match does.
// Expectations are written out by hand (byte offsets); QRegularExpression on the same text in
// UTF-16 is the second, independent oracle (the same matches, offsets converted).

#include "bootlog/Utf8Regex.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

using Offsets = QList<std::pair<qsizetype, qsizetype>>;

Offsets allMatches(const Utf8Regex &re, QByteArrayView subject)
{
    Offsets out;
    for (Utf8Regex::Match m = re.next(subject, 0, false); m.isValid(); m = re.next(subject, m.end, m.isEmpty()))
        out.append({m.start, m.end});
    return out;
}

/// QRegularExpression's matches of the same text, as UTF-8 byte offsets.
Offsets qtMatches(const QString &pattern, QRegularExpression::PatternOptions options, const QByteArray &subject)
{
    const QString text = QString::fromUtf8(subject);
    auto bytes = [&](qsizetype utf16) { return text.left(utf16).toUtf8().size(); };
    Offsets out;
    for (auto it = QRegularExpression(pattern, options).globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({bytes(m.capturedStart()), bytes(m.capturedEnd())});
    }
    return out;
}

constexpr auto Ucp = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto Multiline = QRegularExpression::MultilineOption;
constexpr auto Caseless = QRegularExpression::CaseInsensitiveOption;

} // namespace

class TestUtf8Regex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void globalMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("options");
        QTest::addColumn<QByteArray>("subject");
        QTest::addColumn<Offsets>("expected");
        QTest::newRow("digits") << u"[0-9]{4,}"_s << int(Ucp) << "[ 1234.567890] 12 2024"_ba
                                << Offsets{{2, 6}, {7, 13}, {18, 22}};
        // After an empty match: a non-empty one at the same place, else one character on.
        QTest::newRow("empty matches") << u"x*"_s << 0 << "axxb"_ba << Offsets{{0, 0}, {1, 3}, {3, 3}, {4, 4}};
        // One character is one to four bytes: the step after an empty match never splits one.
        QTest::newRow("empty matches, multibyte")
            << u"x*"_s << 0 << "\xC3\xBCx\xE6\x97\xA5"_ba << Offsets{{0, 0}, {2, 3}, {3, 3}, {6, 6}};
        QTest::newRow("dot is a character")
            << u"."_s << 0 << "a\xC3\xBC\xF0\x9F\x98\x80"_ba << Offsets{{0, 1}, {1, 3}, {3, 7}};
        QTest::newRow("letters of any script (UCP)") << u"\\w+"_s << int(Ucp)
                                                     << "Gr\xC3\xBC\xC3\x9F"
                                                        "e \xE6\x97\xA5\xE6\x9C\xAC"_ba
                                                     << Offsets{{0, 7}, {8, 14}};
        QTest::newRow("\\w without UCP is ASCII") << u"\\w+"_s << 0
                                                  << "Gr\xC3\xBC\xC3\x9F"
                                                     "e"_ba
                                                  << Offsets{{0, 2}, {6, 7}};
        QTest::newRow("caseless beyond ASCII") << u"GR\u00DC\u00DFE"_s << int(Caseless)
                                               << "x gr\xC3\xBC\xC3\x9F"
                                                  "e"_ba
                                               << Offsets{{2, 9}};
        QTest::newRow("KELVIN SIGN folds to k")
            << u"k"_s << int(Caseless) << "\xE2\x84\xAA K k"_ba << Offsets{{0, 3}, {4, 5}, {6, 7}};
        QTest::newRow("^ and $ at each line")
            << u"^\\w|\\w$"_s << int(Multiline) << "ab\ncd\n"_ba << Offsets{{0, 1}, {1, 2}, {3, 4}, {4, 5}};
        QTest::newRow("no match") << u"panic"_s << 0 << "all is well"_ba << Offsets{};
    }

    void globalMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(int, options);
        QFETCH(QByteArray, subject);
        QFETCH(Offsets, expected);
        const auto o = QRegularExpression::PatternOptions(options);
        const Utf8Regex re(pattern, o);
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        QCOMPARE(allMatches(re, subject), expected);
        QCOMPARE(qtMatches(pattern, o, subject), expected);
    }

    void countsAsTheSearchCounts()
    {
        // Non-empty matches; a line with only empty ones counts one; none counts none.
        QCOMPARE(Utf8Regex(u"[0-9]+"_s, {}).countMatches("1 22 333"), 3);
        QCOMPARE(Utf8Regex(u"x*"_s, {}).countMatches("axxbx"), 2);
        QCOMPARE(Utf8Regex(u"^"_s, Multiline).countMatches("anything"), 1);
        QCOMPARE(Utf8Regex(u"x*"_s, {}).countMatches(""), 1);
        QCOMPARE(Utf8Regex(u"z"_s, {}).countMatches("anything"), 0);
    }

    void startsWhereTheGlobalMatchIs()
    {
        // Looking behind the start offset, as QRegularExpression does with an offset.
        const Utf8Regex re(u"(?<=a)b"_s, {});
        QCOMPARE(re.next("ab", 1, false), (Utf8Regex::Match{1, 2}));
        QVERIFY(!re.next("ab", 3, false).isValid()); // past the end
    }

    void refusesWhatCannotMatchLikeQt()
    {
        // \C is one code unit: a byte here, half a character in UTF-16 for Qt.
        const Utf8Regex oneUnit(u"a\\Cb"_s, {});
        QVERIFY(!oneUnit.isValid());
        QVERIFY(oneUnit.errorString().contains(u"\\C"_s));
        QVERIFY(!oneUnit.next("axb", 0, false).isValid());

        const Utf8Regex unclosed(u"gr\u00FC(ß"_s, {});
        QVERIFY(!unclosed.isValid());
        QVERIFY(unclosed.errorString().contains(u"parenthesis"_s));
        // Counted in UTF-16 code units, as the pattern is a QString: the end of "grü(ß".
        QCOMPARE(unclosed.patternErrorOffset(), 5);
        QCOMPARE(unclosed.countMatches("gr\xC3\xBC(\xC3\x9F"), 0);
    }
};

QTEST_GUILESS_MAIN(TestUtf8Regex)
#include "tst_utf8regex.moc"
