// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Golden tests of LineDecoder: raw bytes in, the line as a terminal shows it out. The cases are
// golden files (tests/support/GoldenFile.h): data/linedecoder/decode.input → decode.ref and
// strip.input → strip.ref, written by hand. decode.ref is written in a small notation: text, with
// formatted stretches as «attrs|text» where attrs are fg=N / bg=N (indexed), fg=#rrggbb,
// b i u f k r s (bold, italic, underline, faint, blink, reverse, strike).

#include "bootlog/LineDecoder.h"

#include "GoldenFile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vcv::DecodedLine;
using vcv::LineDecoder;
using vcv::TermColor;
using vcv::TextAttribute;
using vcv::test::GoldenFile;

namespace {

QString colorText(const TermColor &c)
{
    if (c.kind == TermColor::Kind::Indexed)
        return QString::number(c.value);
    return u'#' + QString::number(c.value, 16).rightJustified(6, u'0');
}

QString render(const DecodedLine &line)
{
    QString out;
    qsizetype pos = 0;
    for (const auto &run : line.runs) {
        out += line.text.mid(pos, run.start - pos);
        QStringList attrs;
        if (!run.foreground.isDefault())
            attrs << u"fg="_s + colorText(run.foreground);
        if (!run.background.isDefault())
            attrs << u"bg="_s + colorText(run.background);
        QString flags;
        if (run.attributes & TextAttribute::Bold)
            flags += u'b';
        if (run.attributes & TextAttribute::Italic)
            flags += u'i';
        if (run.attributes & TextAttribute::Underline)
            flags += u'u';
        if (run.attributes & TextAttribute::Faint)
            flags += u'f';
        if (run.attributes & TextAttribute::Blink)
            flags += u'k';
        if (run.attributes & TextAttribute::Inverse)
            flags += u'r';
        if (run.attributes & TextAttribute::Strike)
            flags += u's';
        if (!flags.isEmpty())
            attrs << flags;
        out += u"«"_s + attrs.join(u',') + u'|' + line.text.mid(run.start, run.length) + u"»"_s;
        pos = run.start + run.length;
    }
    out += line.text.mid(pos);
    return out;
}

} // namespace

class TestLineDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode()
    {
        GoldenFile golden(QFINDTESTDATA("data/linedecoder"), u"decode"_s);
        QVERIFY2(golden.error().isEmpty(), qPrintable(golden.error()));
        for (qsizetype i = 0; i < golden.cases().size(); ++i) {
            const GoldenFile::Case &c = golden.cases().at(i);
            const DecodedLine line = LineDecoder::decode(c.input);
            golden.setActual(i, render(line).toUtf8());
            // The text-only path agrees with the full one.
            QVERIFY2(LineDecoder::decodeText(c.input) == line.text, c.name.constData());
            QVERIFY2(!line.isMarker(), c.name.constData());
            for (const auto &run : line.runs) {
                QVERIFY2(run.length > 0, c.name.constData());
                QVERIFY2(run.start + run.length <= line.text.size(), c.name.constData());
            }
        }
        const QString differences = golden.finish(QStringLiteral(QT_TESTCASE_BUILDDIR));
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void strip()
    {
        GoldenFile golden(QFINDTESTDATA("data/linedecoder"), u"strip"_s);
        QVERIFY2(golden.error().isEmpty(), qPrintable(golden.error()));
        for (qsizetype i = 0; i < golden.cases().size(); ++i)
            golden.setActual(i, LineDecoder::strip(golden.cases().at(i).input));
        const QString differences = golden.finish(QStringLiteral(QT_TESTCASE_BUILDDIR));
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void longLineIsElided()
    {
        const QByteArray raw(LineDecoder::MaxDecodedBytes + 100, 'x');
        const DecodedLine line = LineDecoder::decode(raw);
        QVERIFY(line.elided);
        QCOMPARE(line.text.size(), LineDecoder::MaxDecodedBytes);
        QVERIFY(!LineDecoder::decode("short\n"_ba).elided);
    }

    void binaryJunkKeepsEveryByte()
    {
        // Every byte value in pseudo-random order. With the bytes that move the cursor or start
        // escape sequences replaced, stripping must give back the input byte for byte (invalid
        // UTF-8 and NULs included), and decoding must give one character per byte or sequence.
        QByteArray junk;
        quint32 x = 12345;
        for (int i = 0; i < 100000; ++i) {
            x = x * 1103515245u + 12345u;
            junk.append(char((x >> 16) & 0xff));
        }
        QVERIFY(!LineDecoder::decode(junk).text.isEmpty()); // with escapes: no crash
        QByteArray tame = junk;
        tame.replace('\x1b', 'E').replace('\r', 'R').replace('\n', 'N').replace('\b', 'B');
        QCOMPARE(LineDecoder::strip(tame), tame);
        const QString text = LineDecoder::decodeText(tame);
        QVERIFY(!text.contains(QChar(0)));
        // Without lead bytes E2/EF the junk cannot spell U+FFFD or a control picture itself, so
        // those characters in the output each stand for exactly one byte of input.
        tame.replace('\xe2', 'x').replace('\xef', 'x');
        const QString counted = LineDecoder::decodeText(tame);
        qsizetype bytes = 0;
        for (qsizetype i = 0; i < counted.size(); ++i) {
            const QChar ch = counted.at(i);
            const char32_t c = ch.isHighSurrogate() ? QChar::surrogateToUcs4(ch, counted.at(i + 1)) : ch.unicode();
            if (c >= 0x10000)
                ++i;
            if (c == 0xFFFD || (c >= 0x2400 && c <= 0x2421) || c < 0x80)
                bytes += 1;
            else
                bytes += c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        QCOMPARE(bytes, tame.size());
    }
};

QTEST_GUILESS_MAIN(TestLineDecoder)
#include "tst_linedecoder.moc"
