// Differential fuzzing of the terminal's escape filter: random and mutated guest output goes
// through TerminalView (TerminalSequenceFilter + the real QTermWidget emulation behind its pty),
// and the emulator's observable state is checked after every case, with oracles that do not
// depend on the filter:
//   - the terminal's size, the window's size and its title never change;
//   - the emulator is back in its ground state: a plain probe typed after the case shows;
//   - clicks and focus changes make the terminal send nothing (no mouse or focus reports);
//   - whatever the terminal sends is one of the standard replies (DA, DSR, CPR, DECREQTPARM),
//     and never more replies than the guest could have asked for.
//
// VCV_FUZZ_SEED and VCV_FUZZ_CASES choose the run (defaults: a fixed seed, 1500 cases); the
// seed is printed, so a failure found by a long run can be replayed here.
#include "widgets/TerminalView.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFocusEvent>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <qtermwidget.h>

using namespace Qt::StringLiterals;
using vcv::TerminalView;

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
    "\xc2\x9b" "8;5;5t"_ba,
    "\xc2\x9d" "2;vcv-fuzz-title\x07"_ba,
    "\xc2\x9b?1000h"_ba,
};

// What a guest does every day (the filter must keep it working, the oracles must accept it).
const QList<QByteArray> kOrdinary = {
    "\x1b[6n"_ba, "\x1b[c"_ba, "\x1b[>c"_ba, "\x1b[5n"_ba, "\x1bZ"_ba, "\x1b[x"_ba,
    "\x1b[0;31m"_ba, "\x1b[38;2;10;20;30m"_ba, "\x1b[2J"_ba, "\x1b[H"_ba, "\x1b[10;5H"_ba, "\x1b[K"_ba,
    "\x1b(0lqk\x1b(B"_ba, "\x1b)0\x0eq\x0f"_ba, "\x1b#8"_ba, "\x1b[?1049h"_ba, "\x1b[?1049l"_ba,
    "\x1b[?2004h"_ba, "\x1b[4h"_ba, "\x1b[4l"_ba, "\x1b[2;5r"_ba, "\x1b[r"_ba, "\x1b" "7"_ba, "\x1b" "8"_ba,
    "\x1b[!p"_ba, "\x1b[3 q"_ba, "\x1b[?25l"_ba, "\x1b[?25h"_ba, "\x1b[?7l"_ba, "\x1b[?7h"_ba,
    "login: "_ba, "root@guest:~# "_ba, "\r\n"_ba, "caf\xc3\xa9 \xe2\x94\x80"_ba, "\x07"_ba, "\x08"_ba,
};

// Bytes that sit at the edges of the parsers: controls the emulator executes or ignores inside
// sequences, string terminators, C1 controls in UTF-8, invalid UTF-8, and non-ASCII characters
// whose low byte is a dangerous final ('t', 'h' …).
const QList<QByteArray> kNoise = {
    "\x1b"_ba, "\x7f"_ba, QByteArray(1, '\0'), "\x18"_ba, "\x1a"_ba, "\x07"_ba, "\x05"_ba, "\r"_ba, "\n"_ba,
    "["_ba, "]"_ba, "?"_ba, ">"_ba, "!"_ba, "<"_ba, ";"_ba, ":"_ba, "\\"_ba, " "_ba, "%"_ba, "#"_ba, "("_ba,
    "0"_ba, "1"_ba, "8"_ba, "9"_ba, "t"_ba, "h"_ba, "l"_ba, "q"_ba, "P"_ba, "c"_ba,
    "\xc2"_ba, "\xc2\x9b"_ba, "\xc2\x9d"_ba, "\xc5\xb4"_ba /* U+0174, low byte 't' */,
    "\xc5\xa8"_ba /* U+0168, low byte 'h' */, "\xff"_ba, "\xe2\x82"_ba,
};

const QRegularExpression kStandardReplies(
    u"^(?:\\x1b\\[\\?[0-9;]*c|\\x1b\\[>[0-9;]*c|\\x1b\\[0n|\\x1b\\[[0-9]+;[0-9]+R|\\x1b\\[[23];[0-9;]*x)*$"_s);

class CaseGenerator {
public:
    explicit CaseGenerator(quint32 seed) : m_random(seed) {}

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
            case 0: bytes.insert(at, pick(kNoise)); break;        // a byte slipped in
            case 1: bytes.insert(at, QByteArray(1 + bounded(3), '\x7f')); break; // ESC DEL …
            case 2: if (at < bytes.size()) bytes.remove(at, 1); break;
            default: if (at < bytes.size()) bytes[at] = pick(kNoise).at(0); break;
            }
        }
        return bytes;
    }

    QRandomGenerator m_random;
};

QString screenText(TerminalView &view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    view.saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

QByteArray joined(QSignalSpy &spy)
{
    QByteArray all;
    for (const QList<QVariant> &args : std::as_const(spy))
        all += args.at(0).toByteArray();
    spy.clear();
    return all;
}

QString printable(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f && c != '\\') ? QString(QChar(char16_t(u))) : u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
    }
    return out;
}

} // namespace

class TestTerminalFilterDifferential : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emulatorStateStaysHarmless()
    {
        const quint32 seed = qEnvironmentVariableIsSet("VCV_FUZZ_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("VCV_FUZZ_SEED")) : 20261201u;
        const int cases = qEnvironmentVariableIsSet("VCV_FUZZ_CASES")
                              ? qEnvironmentVariableIntValue("VCV_FUZZ_CASES") : 1500;
        qInfo("seed %u, %d cases", seed, cases);

        QMainWindow window;
        auto *view = new TerminalView;
        view->setScrollbackLines(200);
        window.setCentralWidget(view);
        window.setWindowTitle(u"vcv-fuzz-window"_s);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTermWidget *term = view->terminal();
        QWidget *display = term->focusProxy();
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(u"vcv-fuzz-clipboard"_s);

        QSignalSpy typed(view, &TerminalView::bytesTyped);
        QSignalSpy titles(term, &QTermWidget::titleChanged);
        const QSize windowSize = window.size();
        const int columns = term->screenColumnsCount();
        const int lines = term->screenLinesCount();
        const QString titleBefore = term->title();

        CaseGenerator generator(seed);
        for (int n = 0; n < cases; ++n) {
            const QByteArray input = generator.next();
            // A QByteArray, not qPrintable()'s pointer into a temporary that is gone when the lambda
            // returns (AddressSanitizer: heap-use-after-free); it lives to the end of each QVERIFY2.
            const auto context = [&] { return (u"case %1 (seed %2): %3"_s.arg(n).arg(seed).arg(printable(input))).toLocal8Bit(); };
            for (const QByteArray &chunk : generator.chunks(input))
                view->feed(chunk);

            // A probe of digits (unchanged by every character set) after a line break: if the
            // emulator were left inside a sequence, it would swallow the probe or part of it.
            view->resetStream();
            const QByteArray probe = "\r\n7" + QByteArray::number(n) + "3";
            view->feed(probe);
            const QString screen = screenText(*view);
            QVERIFY2(screen.contains(QString::fromLatin1(probe.mid(2))), context().constData());

            // Nothing may report the mouse or focus changes.
            QTest::mousePress(display, Qt::LeftButton, {}, QPoint(30, 30));
            QTest::mouseMove(display, QPoint(60, 40));
            QTest::mouseRelease(display, Qt::LeftButton, {}, QPoint(60, 40));
            QFocusEvent focusOut(QEvent::FocusOut, Qt::OtherFocusReason);
            QCoreApplication::sendEvent(display, &focusOut);
            QFocusEvent focusIn(QEvent::FocusIn, Qt::OtherFocusReason);
            QCoreApplication::sendEvent(display, &focusIn);
            QCoreApplication::processEvents();

            const QByteArray replies = joined(typed);
            QVERIFY2(kStandardReplies.match(QString::fromLatin1(replies)).hasMatch(),
                     qPrintable(u"%1 -> replies %2"_s.arg(QString::fromLocal8Bit(context()), printable(replies))));
            QVERIFY2(replies.count('\x1b') <= input.count('\x1b') + input.count("\xc2\x9b"), context().constData());
            QVERIFY2(term->screenColumnsCount() == columns && term->screenLinesCount() == lines, context().constData());
            QVERIFY2(window.size() == windowSize, context().constData());
            if (QTest::currentTestFailed())
                return;
        }
        // QTermWidget applies title changes 20 ms after it parsed them.
        QTest::qWait(100);
        QCOMPARE(titles.count(), 0);
        QCOMPARE(term->title(), titleBefore);
        QVERIFY(!term->isTitleChanged());
        QCOMPARE(window.windowTitle(), u"vcv-fuzz-window"_s);
        QCOMPARE(clipboard->text(), u"vcv-fuzz-clipboard"_s);
        QVERIFY(view->refusedSequences() > 0);
    }
};

QTEST_MAIN(TestTerminalFilterDifferential)
#include "tst_terminalfilter_differential.moc"
