// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Differential fuzzing of the terminal's escape filter: random and mutated guest output goes
// through TerminalView (TerminalSequenceFilter + the real QTermWidget emulation behind its pty),
// and after every case EmulatorRig (tests/support) checks the emulator's observable state with
// checks that do not depend on the filter: sizes, titles and the clipboard unchanged, nothing
// asked of the desktop, only standard replies and no more than the guest asked for, clicks and
// focus changes send nothing, the emulator back in its ground state (the rig's header has them
// all). Unlike fuzz_terminal_emulator, which resets the emulator before each input, the cases run
// one after the other on the same terminal, so one case meets the state the last one left.
//
// VCV_FUZZ_SEED and VCV_FUZZ_CASES choose the run (defaults: a fixed seed, 1500 cases); the
// seed is printed, so a failure found by a long run can be replayed here.
#include "EmulatorRig.h"

#include "widgets/TerminalView.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::test::EmulatorRig;
using vcv::test::printable;

namespace {

// What a guest must never achieve, spelled plainly, for mutation.
const QList<QByteArray> kHostile = {
    "\x1b]2;vcv-fuzz-title\x07"_ba,
    "\x1b]0;vcv-fuzz-title\x1b\\"_ba,
    "\x1b]1;vcv-fuzz-icon\x07"_ba,
    "\x1b]52;c;ZnV6eg==\x07"_ba,
    "\x1b[8;9000;9000t"_ba,
    "\x1b[8;5;5t"_ba,
    "\x1b[3;100;100t"_ba,
    "\x1b[4;10;10t"_ba,
    "\x1b[28;255t"_ba,
    "\x1b[?9h"_ba,
    "\x1b[?1000h"_ba,
    "\x1b[?1002h"_ba,
    "\x1b[?1003h"_ba,
    "\x1b[?1004h"_ba,
    "\x1b[?1005h"_ba,
    "\x1b[?1006h"_ba,
    "\x1b[?1015h"_ba,
    "\x1b[?25;1000h"_ba,
    "\x1b[?3h"_ba,
    "\x1b[?40h\x1b[?3h"_ba,
    "\x1b[?2l"_ba,
    "\x1b%@"_ba,
    "\x1bP$q\"p\x1b\\"_ba,
    "\xc2\x9b"
    "8;5;5t"_ba,
    "\xc2\x9d"
    "2;vcv-fuzz-title\x07"_ba,
    "\xc2\x9b?1000h"_ba,
};

// What a guest does every day (the filter must keep it working, the oracles must accept it).
const QList<QByteArray> kOrdinary = {
    "\x1b[6n"_ba,
    "\x1b[c"_ba,
    "\x1b[>c"_ba,
    "\x1b[5n"_ba,
    "\x1bZ"_ba,
    "\x1b[x"_ba,
    "\x1b[0;31m"_ba,
    "\x1b[38;2;10;20;30m"_ba,
    "\x1b[2J"_ba,
    "\x1b[H"_ba,
    "\x1b[10;5H"_ba,
    "\x1b[K"_ba,
    "\x1b(0lqk\x1b(B"_ba,
    "\x1b)0\x0eq\x0f"_ba,
    "\x1b#8"_ba,
    "\x1b[?1049h"_ba,
    "\x1b[?1049l"_ba,
    "\x1b[?2004h"_ba,
    "\x1b[4h"_ba,
    "\x1b[4l"_ba,
    "\x1b[2;5r"_ba,
    "\x1b[r"_ba,
    "\x1b"
    "7"_ba,
    "\x1b"
    "8"_ba,
    "\x1b[!p"_ba,
    "\x1b[3 q"_ba,
    "\x1b[?25l"_ba,
    "\x1b[?25h"_ba,
    "\x1b[?7l"_ba,
    "\x1b[?7h"_ba,
    "login: "_ba,
    "root@guest:~# "_ba,
    "\r\n"_ba,
    "caf\xc3\xa9 \xe2\x94\x80"_ba,
    "\x07"_ba,
    "\x08"_ba,
};

// Bytes that sit at the edges of the parsers: controls the emulator executes or ignores inside
// sequences, string terminators, C1 controls in UTF-8, invalid UTF-8, and non-ASCII characters
// whose low byte is a dangerous final ('t', 'h' …).
const QList<QByteArray> kNoise = {
    "\x1b"_ba,
    "\x7f"_ba,
    QByteArray(1, '\0'),
    "\x18"_ba,
    "\x1a"_ba,
    "\x07"_ba,
    "\x05"_ba,
    "\r"_ba,
    "\n"_ba,
    "["_ba,
    "]"_ba,
    "?"_ba,
    ">"_ba,
    "!"_ba,
    "<"_ba,
    ";"_ba,
    ":"_ba,
    "\\"_ba,
    " "_ba,
    "%"_ba,
    "#"_ba,
    "("_ba,
    "0"_ba,
    "1"_ba,
    "8"_ba,
    "9"_ba,
    "t"_ba,
    "h"_ba,
    "l"_ba,
    "q"_ba,
    "P"_ba,
    "c"_ba,
    "\xc2"_ba,
    "\xc2\x9b"_ba,
    "\xc2\x9d"_ba,
    "\xc5\xb4"_ba /* U+0174, low byte 't' */,
    "\xc5\xa8"_ba /* U+0168, low byte 'h' */,
    "\xff"_ba,
    "\xe2\x82"_ba,
};

class CaseGenerator
{
public:
    explicit CaseGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    QByteArray next()
    {
        QByteArray out;
        const int pieces = 1 + bounded(6);
        for (int i = 0; i < pieces; ++i) {
            switch (bounded(4)) {
            case 0: out += mutate(pick(kHostile)); break;
            case 1: out += pick(kOrdinary); break;
            case 2: out += noise(1 + bounded(12)); break;
            default: out += mutate(pick(kOrdinary)); break;
            }
        }
        return out;
    }

    /// Splits `bytes` into random chunks (sequences cut across reads).
    QList<QByteArray> chunks(const QByteArray &bytes)
    {
        QList<QByteArray> out;
        qsizetype at = 0;
        while (at < bytes.size()) {
            const qsizetype n = std::min<qsizetype>(1 + bounded(8), bytes.size() - at);
            out.append(bytes.mid(at, n));
            at += n;
        }
        return out;
    }

private:
    int bounded(int n) { return int(m_random.bounded(quint32(n))); }
    const QByteArray &pick(const QList<QByteArray> &list) { return list.at(bounded(int(list.size()))); }

    QByteArray noise(int count)
    {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += pick(kNoise);
        return out;
    }

    QByteArray mutate(QByteArray bytes)
    {
        const int edits = bounded(4);
        for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
            const qsizetype at = bounded(int(bytes.size()) + 1);
            switch (bounded(4)) {
            case 0: bytes.insert(at, pick(kNoise)); break;                       // a byte slipped in
            case 1: bytes.insert(at, QByteArray(1 + bounded(3), '\x7f')); break; // ESC DEL …
            case 2:
                if (at < bytes.size())
                    bytes.remove(at, 1);
                break;
            default:
                if (at < bytes.size())
                    bytes[at] = pick(kNoise).at(0);
                break;
            }
        }
        return bytes;
    }

    QRandomGenerator m_random;
};

} // namespace

class TestTerminalFilterDifferential : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emulatorStateStaysHarmless()
    {
        const quint32 seed = qEnvironmentVariableIsSet("VCV_FUZZ_SEED")
            ? quint32(qEnvironmentVariableIntValue("VCV_FUZZ_SEED"))
            : 20261201u;
        const int cases =
            qEnvironmentVariableIsSet("VCV_FUZZ_CASES") ? qEnvironmentVariableIntValue("VCV_FUZZ_CASES") : 1500;
        qInfo("seed %u, %d cases", seed, cases);

        EmulatorRig rig;
        CaseGenerator generator(seed);
        for (int n = 0; n < cases; ++n) {
            const QByteArray input = generator.next();
            for (const QByteArray &chunk : generator.chunks(input))
                rig.feed(chunk);
            const QString problem = rig.check(input);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"case %1 (seed %2): %3\n   %4"_s.arg(n).arg(seed).arg(printable(input), problem)));
        }
        QVERIFY(rig.view()->refusedSequences() > 0);
    }

    // The checks rely on how QTermWidget behaves; they must see what the filter removes.
    void checksSeeWhatTheFilterRemoves() { QCOMPARE(EmulatorRig::selfTest(), QString()); }
};

QTEST_MAIN(TestTerminalFilterDifferential)
#include "tst_terminalfilter_differential.moc"
