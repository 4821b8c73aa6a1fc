// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalSequenceFilter: what guest output may reach the emulator.
#include "widgets/TerminalSequenceFilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vcv::TerminalSequenceFilter;

class TestTerminalSequenceFilter : public QObject
{
    Q_OBJECT
private:
    static QByteArray whole(const QByteArray &in)
    {
        TerminalSequenceFilter f;
        return f.filter(in);
    }
    static QByteArray bytewise(const QByteArray &in)
    {
        TerminalSequenceFilter f;
        QByteArray out;
        for (char c : in)
            out += f.filter(QByteArray(1, c));
        return out;
    }

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << "hello\r\nworld"_ba << "hello\r\nworld"_ba;
        QTest::newRow("sgr kept") << "\x1b[0;32mOK\x1b[0m"_ba << "\x1b[0;32mOK\x1b[0m"_ba;
        QTest::newRow("cpr query kept") << "a\x1b[6nb"_ba << "a\x1b[6nb"_ba;
        QTest::newRow("da kept") << "\x1b[c\x1b[>c\x1b[5n\x1bZ"_ba << "\x1b[c\x1b[>c\x1b[5n\x1bZ"_ba;
        QTest::newRow("charset kept") << "\x1b(B\x1b)0x"_ba << "\x1b(B\x1b)0x"_ba;
        QTest::newRow("osc title bel") << "a\x1b]0;evil\x07"
                                          "b"_ba
                                       << "ab"_ba;
        QTest::newRow("osc title st") << "a\x1b]2;evil\x1b\\b"_ba << "ab"_ba;
        QTest::newRow("osc icon") << "a\x1b]1;evil\x07"
                                     "b"_ba
                                  << "ab"_ba;
        QTest::newRow("osc 52") << "a\x1b]52;c;ZXZpbA==\x07"
                                   "b"_ba
                                << "ab"_ba;
        QTest::newRow("osc 50 profile") << "a\x1b]50;evil\x07"
                                           "b"_ba
                                        << "ab"_ba;
        QTest::newRow("osc 11 colour") << "a\x1b]11;#ff0000\x07"
                                          "b"_ba
                                       << "ab"_ba;
        QTest::newRow("osc with controls") << "a\x1b]0;ev\nil\x07"
                                              "b"_ba
                                           << "ab"_ba;
        QTest::newRow("osc then csi") << "a\x1b]0;evil\x1b[31mb"_ba << "a\x1b[31mb"_ba;
        QTest::newRow("osc cancelled") << "a\x1b]0;evil\x18"
                                          "b"_ba
                                       << "ab"_ba;
        QTest::newRow("dcs") << "a\x1bPq#0;2;0;0;0\x1b\\b"_ba << "ab"_ba;
        QTest::newRow("apc pm sos") << "a\x1b_x\x1b\\\x1b^y\x1b\\\x1bXz\x1b\\b"_ba << "ab"_ba;
        QTest::newRow("c1 osc utf8") << "a\xc2\x9d"
                                        "0;evil\x07"
                                        "b"_ba
                                     << "a0;evil\x07"
                                        "b"_ba;
        QTest::newRow("c1 csi utf8") << "a\xc2\x9b"
                                        "8;1;1tb"_ba
                                     << "a8;1;1tb"_ba;
        QTest::newRow("latin1 in utf8 kept") << "caf\xc3\xa9 \xc2\xa0x"_ba << "caf\xc3\xa9 \xc2\xa0x"_ba;
        QTest::newRow("window resize") << "a\x1b[8;5;5tb"_ba << "ab"_ba;
        QTest::newRow("title report") << "a\x1b[21tb"_ba << "ab"_ba;
        QTest::newRow("title push") << "a\x1b[22;0tb"_ba << "ab"_ba;
        QTest::newRow("focus reports") << "a\x1b[?1004hb"_ba << "ab"_ba;
        QTest::newRow("mouse") << "a\x1b[?1000;1006hb"_ba << "ab"_ba;
        QTest::newRow("mouse among others") << "a\x1b[?25;1002hb"_ba << "ab"_ba;
        QTest::newRow("mouse leading zeros") << "a\x1b[?0001000hb"_ba << "ab"_ba;
        QTest::newRow("vt52") << "a\x1b[?2lb"_ba << "ab"_ba;
        QTest::newRow("132 columns") << "a\x1b[?3hb"_ba << "ab"_ba;
        QTest::newRow("cursor mode kept") << "a\x1b[?25lb\x1b[?1049h"_ba << "a\x1b[?25lb\x1b[?1049h"_ba;
        QTest::newRow("bracketed paste kept") << "\x1b[?2004h"_ba << "\x1b[?2004h"_ba;
        QTest::newRow("unknown private mode refused") << "a\x1b[?10040hb"_ba << "ab"_ba;
        // ESC DEL: the emulator ignores DEL and stays in its escape state, so whatever follows
        // would be parsed as a sequence the filter never saw.
        QTest::newRow("esc del osc") << "a\x1b\x7f]2;TITLE\x07"
                                        "b"_ba
                                     << "ab"_ba;
        QTest::newRow("esc del del resize") << "a\x1b\x7f\x7f[8;9000;9000tb"_ba << "ab"_ba;
        QTest::newRow("esc del mouse") << "a\x1b\x7f[?1000hb"_ba << "ab"_ba;
        QTest::newRow("esc nul osc") << QByteArray("a\x1b\0]0;x\x07"
                                                   "b",
                                                   9)
                                     << "ab"_ba;
        QTest::newRow("del inside csi") << "\x1b[3\x7f"
                                           "1m"_ba
                                        << "\x1b[31m"_ba;
        QTest::newRow("del inside private mode") << "a\x1b[?10\x7f"
                                                    "00hb"_ba
                                                 << "ab"_ba;
        QTest::newRow("can aborts csi") << "\x1b[31\x18m"_ba << "\x18m"_ba;
        QTest::newRow("sub aborts escape") << "\x1b\x1a]0;x"_ba << "\x1a]0;x"_ba;
        QTest::newRow("non-ascii final is not h") << "a\x1b[?1000\xc5\xa8"
                                                     "b"_ba
                                                  << "a\xc5\xa8"
                                                     "b"_ba;
        QTest::newRow("non-ascii after esc") << "\x1b\xc5\xa3"_ba << "\xc5\xa3"_ba;
        QTest::newRow("codec switch refused") << "a\x1b%@b\x1b%Gc"_ba << "abc"_ba;
        QTest::newRow("dec line size kept") << "\x1b#6\x1b#8"_ba << "\x1b#6\x1b#8"_ba;
        QTest::newRow("cursor shape kept") << "\x1b[2 q"_ba << "\x1b[2 q"_ba;
        QTest::newRow("cursor shape two digits refused") << "a\x1b[12 qb"_ba << "ab"_ba;
        QTest::newRow("other intermediates refused") << "a\x1b[1$pb\x1b[0\"qc"_ba << "abc"_ba;
        QTest::newRow("numbers clamped") << "\x1b[99999C"_ba << "\x1b[4096C"_ba;
        QTest::newRow("leading zeros dropped") << "\x1b[001;031m"_ba << "\x1b[1;31m"_ba;
        QTest::newRow("empty fields kept") << "\x1b[;5H"_ba << "\x1b[;5H"_ba;
        QTest::newRow("sgr mouse report shape refused") << "a\x1b[<0;1;1Mb"_ba << "ab"_ba;
        QTest::newRow("late prefix refused") << "a\x1b[1?hb"_ba << "ab"_ba;
        QTest::newRow("ansi modes: insert kept, others refused") << "\x1b[4ha\x1b[2hb"_ba << "\x1b[4hab"_ba;
        QTest::newRow("soft reset kept") << "\x1b[!p"_ba << "\x1b[!p"_ba;
        QTest::newRow("unknown escape refused") << "a\x1b\\b\x1bNc"_ba << "abc"_ba;
        QTest::newRow("invalid utf-8 passes, c1 does not") << "\xff\xfe\xc2\xc2\x9bx"_ba << "\xff\xfe\xef\xbf\xbdx"_ba;
        // A lone 0xC2 must not meet a continuation byte once the sequence between them is removed.
        QTest::newRow("c1 not glued across a removed sequence") << "\xc2\x1b[?1000h\x9b"
                                                                   "8;5;5t"_ba
                                                                << "\xef\xbf\xbd\x9b"
                                                                   "8;5;5t"_ba;
        QTest::newRow("c1 not glued across a refused c1") << "\xc2\xc2\x9b\x9b"
                                                             "8;5;5t"_ba
                                                          << "\xef\xbf\xbd\x9b"
                                                             "8;5;5t"_ba;
        QTest::newRow("control inside csi") << "\x1b[3\n1m"_ba << "\n\x1b[31m"_ba;
        QTest::newRow("esc aborts csi") << "\x1b[8;5\x1b[1mx"_ba << "\x1b[1mx"_ba;
        QTest::newRow("esc esc") << "\x1b\x1b[1m"_ba << "\x1b[1m"_ba;
        QTest::newRow("non-ascii ends csi") << "\x1b[8\xc3\xa9t"_ba << "\xc3\xa9t"_ba;
        QTest::newRow("csi overflow skipped") << QByteArray("\x1b[" + QByteArray(400, '1') + "tX") << "X"_ba;
    }

    void filters()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(whole(in), out);
        // The same, whatever the chunking.
        QCOMPARE(bytewise(in), out);
    }

    void unterminatedStringEnds()
    {
        TerminalSequenceFilter f;
        QByteArray in = "a\x1b]"_ba + QByteArray(TerminalSequenceFilter::kMaxStringLength + 10, 'x');
        QByteArray out = f.filter(in);
        QCOMPARE(out, "a"_ba + QByteArray(9, 'x'));
        QCOMPARE(f.filter("visible"_ba), "visible"_ba);
    }

    void megabyteOscIsBoundedAndEnds()
    {
        TerminalSequenceFilter f;
        QByteArray out = f.filter("a\x1b]2;"_ba);
        // 1 MiB of title: nothing of it is shown until kMaxStringLength, then the rest is text
        // (a stray ESC ] cannot hide the console for good).
        for (int i = 0; i < 16; ++i)
            out += f.filter(QByteArray(64 * 1024, 'x'));
        out += f.filter("\x07"
                        "b"_ba);
        // Hidden: the string's first kMaxStringLength + 1 bytes ("2;" and 65535 x's).
        const qsizetype shownX = 16 * 64 * 1024 - (TerminalSequenceFilter::kMaxStringLength + 1 - 2);
        QCOMPARE(out,
                 "a"_ba + QByteArray(shownX, 'x') +
                     "\x07"
                     "b"_ba);
        QVERIFY(!out.contains('\x1b'));
    }

    void floodOfInvalidUtf8PassesUnchanged()
    {
        // Every byte from 0x80 to 0xff over and over (lone continuations, leads without their
        // continuations, 0xfe and 0xff) but 0xc2, which could start a C1 control.
        QByteArray in;
        for (int i = 0; i < 100000; ++i)
            in += char(0x80 + i % 0x80);
        in.replace('\xc2', '\xc3');
        QCOMPARE(whole(in), in);
        QCOMPARE(bytewise(in), in);
    }

    void refusedAreCounted()
    {
        TerminalSequenceFilter f;
        f.filter("\x1b]0;a\x07\x1b[21t\x1b[1m"_ba);
        QCOMPARE(f.refusedCount(), 2);
    }

    void resetForgetsHalfSequence()
    {
        TerminalSequenceFilter f;
        QCOMPARE(f.filter("x\x1b]0;evi"_ba), "x"_ba);
        f.reset();
        QCOMPARE(f.filter("l\x07y"_ba), "l\x07y"_ba);
    }

    void everySplitGivesSameOutput()
    {
        const QByteArray in = "p\x1b]0;t\x1b\\q\x1b[1;31mr\xc2\x9bs\x1b[?1004ht\xc3\xa9u\x1b[6n"_ba;
        const QByteArray expected = whole(in);
        for (int cut = 0; cut <= in.size(); ++cut) {
            TerminalSequenceFilter f;
            QByteArray out = f.filter(in.left(cut));
            out += f.filter(in.mid(cut));
            QCOMPARE(out, expected);
        }
        QCOMPARE(expected, "pq\x1b[1;31mrst\xc3\xa9u\x1b[6n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestTerminalSequenceFilter)
#include "tst_terminalsequencefilter.moc"
