// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Golden tests of LineDecoder: raw bytes in, the line as a terminal shows it out. The expected
// side is written in a small notation: text, with formatted stretches as
// «attrs|text» where attrs are fg=N / bg=N (indexed), fg=#rrggbb, b i u f k r s (bold, italic,
// underline, faint, blink, reverse, strike).

#include "bootlog/LineDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vcv::DecodedLine;
using vcv::LineDecoder;
using vcv::TermColor;
using vcv::TextAttribute;

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
    void decode_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << "hello world\n"_ba << u"hello world"_s;
        QTest::newRow("no newline") << "last line"_ba << u"last line"_s;
        QTest::newRow("crlf") << "windows\r\n"_ba << u"windows"_s;
        QTest::newRow("lone cr rewrites") << "progress 10%\rprogress 99%\n"_ba << u"progress 99%"_s;
        QTest::newRow("cr shorter overwrite") << "abcdef\rXY\n"_ba << u"XYcdef"_s;
        QTest::newRow("cr at end") << "abc\r"_ba << u"abc"_s;
        QTest::newRow("cr cr lf") << "abc\r\r\n"_ba << u"abc"_s;
        QTest::newRow("backspace") << "abd\bc\n"_ba << u"abc"_s;
        QTest::newRow("tab kept") << "a\tb\n"_ba << u"a\tb"_s;
        QTest::newRow("utf8") << "Grüße – ✓ 😀\n"_ba << u"Grüße – ✓ 😀"_s;
        QTest::newRow("invalid byte") << "a\xff"
                                         "b\n"_ba
                                      << u"a\uFFFDb"_s;
        QTest::newRow("truncated sequence") << "a\xe2\x9c"
                                               "b\n"_ba
                                            << u"a\uFFFD\uFFFDb"_s;
        QTest::newRow("overlong") << "\xc0\xaf\n"_ba << u"\uFFFD\uFFFD"_s;
        QTest::newRow("surrogate") << "\xed\xa0\x80\n"_ba << u"\uFFFD\uFFFD\uFFFD"_s;
        QTest::newRow("nul visible") << QByteArray("a\0b\n", 4) << u"a\u2400b"_s;
        QTest::newRow("c0 and del") << "\x01\x07\x7f\n"_ba << u"\u2401\u2407\u2421"_s;
        QTest::newRow("sgr red") << "x \x1b[31mred\x1b[0m y\n"_ba << u"x «fg=1|red» y"_s;
        QTest::newRow("sgr bold bright") << "\x1b[1;92mOK\x1b[m\n"_ba << u"«fg=10,b|OK»"_s;
        QTest::newRow("systemd ok") << "[\x1b[0;32m  OK  \x1b[0m] Started\n"_ba << u"[«fg=2|  OK  »] Started"_s;
        QTest::newRow("sgr 256 bg") << "\x1b[48;5;200mX\x1b[49mY\n"_ba << u"«bg=200|X»Y"_s;
        QTest::newRow("sgr rgb") << "\x1b[38;2;255;128;0mO\n"_ba << u"«fg=#ff8000|O»"_s;
        QTest::newRow("sgr attrs") << "\x1b[3;4;7;9mz\x1b[23;24;27;29mw\n"_ba << u"«iurs|z»w"_s;
        QTest::newRow("sgr not carried past reset") << "\x1b[1ma\x1b[22mb\n"_ba << u"«b|a»b"_s;
        QTest::newRow("dsr removed") << "root@vm:~# \x1b[6n\n"_ba << u"root@vm:~# "_s;
        QTest::newRow("cursor moves removed") << "\x1b[2J\x1b[H\x1b[?25lA\x1b[10;20HB\x1b[K\n"_ba << u"AB"_s;
        QTest::newRow("osc bel") << "\x1b]0;title\x07text\n"_ba << u"text"_s;
        QTest::newRow("osc st") << "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\n"_ba << u"link"_s;
        QTest::newRow("charset") << "\x1b(Bok\x1b)0\n"_ba << u"ok"_s;
        QTest::newRow("two byte esc") << "\x1b"
                                         "7a\x1b"
                                         "8b\x1b"
                                         "c\n"_ba
                                      << u"ab"_s;
        QTest::newRow("dcs") << "\x1bPq#0;2;0;0;0\x1b\\after\n"_ba << u"after"_s;
        QTest::newRow("unterminated csi") << "text\x1b[12"_ba << u"text"_s;
        QTest::newRow("lone esc at end") << "text\x1b"_ba << u"text"_s;
        QTest::newRow("colour progress bar") << "\x1b[32m10%\r\x1b[33m99%\x1b[0m done\n"_ba << u"«fg=3|99%» done"_s;
        QTest::newRow("sgr private ignored") << "\x1b[?1mx\n"_ba << u"x"_s;
    }

    void decode()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        const DecodedLine line = LineDecoder::decode(raw);
        QCOMPARE(render(line), expected);
        // The text-only path agrees with the full one.
        QCOMPARE(LineDecoder::decodeText(raw), line.text);
        QVERIFY(!line.isMarker());
        for (const auto &run : line.runs) {
            QVERIFY(run.length > 0);
            QVERIFY(run.start + run.length <= line.text.size());
        }
    }

    void strip_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sgr") << "[\x1b[0;32m  OK  \x1b[0m] x\n"_ba << "[  OK  ] x"_ba;
        QTest::newRow("invalid kept") << "a\xff\xfe"
                                         "b"_ba
                                      << "a\xff\xfe"
                                         "b"_ba;
        QTest::newRow("utf8 kept") << "Grüße ✓\r\n"_ba << "Grüße ✓"_ba;
        QTest::newRow("nul kept") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3);
        QTest::newRow("cr rewrite") << "10%\r99%\n"_ba << "99%"_ba;
        QTest::newRow("osc and dsr") << "\x1b]0;t\x07$ \x1b[6n"_ba << "$ "_ba;
        // Found by fuzz_linedecoder: ESC before a UTF-8 character took its first byte as the final.
        QTest::newRow("esc before utf8") << "\x1b\xc3\xa9t\xc3\xa9"_ba << "\xc3\xa9t\xc3\xa9"_ba;
        QTest::newRow("esc ( before utf8") << "\x1b(\xc3\xa9"_ba << "\xc3\xa9"_ba;
    }

    void strip()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        QCOMPARE(LineDecoder::strip(raw), expected);
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
