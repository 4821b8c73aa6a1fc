// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// PastePacer against a simulated guest with the failure serial consoles have: bytes that arrive
// while the shell runs a command and redraws its prompt are lost. The same guest loses lines
// when a paste is sent at once (so the model can fail a pacer), and loses none paced.
#include "widgets/PastePacer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using vcv::PastePacer;

namespace {

/// A shell on a serial line: echoes each byte after `echoMs` (CR as CR LF), then, for every
/// line, "runs" it for `busyMs` (bytes arriving then are lost, as typed-ahead bytes are when
/// a shell re-initialises its line editor) and prints its output and a prompt. With `echo`
/// off it prints nothing back while reading (a password prompt).
class SimulatedShell : public QObject
{
    Q_OBJECT
public:
    int echoMs = 2;
    int busyMs = 30;
    bool echo = true;
    QByteArray outputAndPrompt = "output of the command\r\n\x1b[1;32mroot@guest\x1b[0m:~# \x1b[6n"_ba;
    QList<QByteArray> executed;

    void receive(const QByteArray &bytes)
    {
        for (const char c : bytes) {
            if (m_busy)
                continue; // lost
            if (c == '\r') {
                executed.append(m_line);
                m_line.clear();
                m_busy = true;
                if (echo)
                    later(echoMs, "\r\n");
                QTimer::singleShot(busyMs, this, [this] {
                    m_busy = false;
                    if (!outputAndPrompt.isEmpty())
                        Q_EMIT output(outputAndPrompt);
                });
                continue;
            }
            m_line.append(c);
            if (echo)
                later(echoMs, QByteArray(1, c));
        }
    }

Q_SIGNALS:
    void output(const QByteArray &bytes);

private:
    void later(int ms, const QByteArray &bytes)
    {
        QTimer::singleShot(ms, this, [this, bytes] { Q_EMIT output(bytes); });
    }
    QByteArray m_line;
    bool m_busy = false;
};

QByteArray script(int lines)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i)
        out += "echo pasted-" + QByteArray::number(i).rightJustified(3, '0') + "-$((6*7))-abcdefghijklmnopqrstuvwxyz\r";
    return out;
}

QList<QByteArray> linesOf(const QByteArray &script)
{
    QList<QByteArray> lines = script.split('\r');
    lines.removeLast();
    return lines;
}

} // namespace

class TestPastePacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theModelLosesAPasteSentAtOnce()
    {
        SimulatedShell shell;
        const QByteArray paste = script(20);
        shell.receive(paste); // synchronous: what the busy shell drops is gone at once
        QVERIFY(shell.executed.size() < 20);
    }

    void everyLineOnceWhenPaced()
    {
        SimulatedShell shell;
        PastePacer pacer;
        connect(&pacer, &PastePacer::send, &shell, &SimulatedShell::receive);
        connect(&shell, &SimulatedShell::output, &pacer, [&pacer](const QByteArray &b) { pacer.guestOutput(b); });
        QSignalSpy finished(&pacer, &PastePacer::finished);
        QSignalSpy progress(&pacer, &PastePacer::progress);
        const QByteArray paste = script(60);
        pacer.enqueue(paste);
        QVERIFY(pacer.isActive());
        QCOMPARE(pacer.linesTotal(), 60);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(shell.executed, linesOf(paste));
        QCOMPARE(progress.count(), 60);
        QCOMPARE(progress.last().at(0).toInt(), 60);
        QVERIFY(!pacer.isActive());
    }

    void aSlowCommandIsWaitedFor()
    {
        // A loaded guest takes far longer to run a line than to echo it: the next line waits
        // for the prompt, not for a silence of a few echo round trips.
        SimulatedShell shell;
        shell.busyMs = 300;
        PastePacer pacer;
        connect(&pacer, &PastePacer::send, &shell, &SimulatedShell::receive);
        connect(&shell, &SimulatedShell::output, &pacer, [&pacer](const QByteArray &b) { pacer.guestOutput(b); });
        QSignalSpy finished(&pacer, &PastePacer::finished);
        const QByteArray paste = script(5);
        pacer.enqueue(paste);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(shell.executed, linesOf(paste));
    }

    void aGuestThatDoesNotPromptGetsEverything()
    {
        // An editor or `cat`: line ends are echoed, no prompt follows; nothing is lost or held.
        SimulatedShell shell;
        shell.busyMs = 0;
        shell.outputAndPrompt.clear();
        PastePacer pacer;
        connect(&pacer, &PastePacer::send, &shell, &SimulatedShell::receive);
        connect(&shell, &SimulatedShell::output, &pacer, [&pacer](const QByteArray &b) { pacer.guestOutput(b); });
        QSignalSpy finished(&pacer, &PastePacer::finished);
        const QByteArray paste = script(10);
        pacer.enqueue(paste);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(shell.executed, linesOf(paste));
    }

    void windowsGrowWithinALongLine()
    {
        // One 2000-byte line: echoed in growing windows, never more than the largest at once.
        SimulatedShell shell;
        PastePacer pacer;
        QList<int> sizes;
        connect(&pacer, &PastePacer::send, &shell, [&](const QByteArray &b) {
            sizes.append(int(b.size()));
            shell.receive(b);
        });
        connect(&shell, &SimulatedShell::output, &pacer, [&pacer](const QByteArray &b) { pacer.guestOutput(b); });
        QSignalSpy finished(&pacer, &PastePacer::finished);
        const QByteArray line = "echo " + QByteArray(2000, 'y') + "\r";
        pacer.enqueue(line);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(shell.executed, QList<QByteArray>{line.chopped(1)});
        QCOMPARE(sizes.first(), PastePacer::kFirstWindow);
        QVERIFY(*std::max_element(sizes.begin(), sizes.end()) == PastePacer::kMaxWindow);
    }

    void aSilentGuestStillGetsEverything()
    {
        // No echo at all (a password prompt): sent on timeouts, then at the silent pace.
        SimulatedShell shell;
        shell.echo = false;
        shell.busyMs = 1;
        PastePacer pacer;
        pacer.setSilentPace(4000);
        connect(&pacer, &PastePacer::send, &shell, &SimulatedShell::receive);
        QSignalSpy finished(&pacer, &PastePacer::finished);
        const QByteArray paste = "secret-passphrase\r"_ba + script(3);
        pacer.enqueue(paste);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(shell.executed.size(), 4);
        QCOMPARE(shell.executed.first(), "secret-passphrase"_ba);
    }

    void bracketsAreNotAwaitedAsEcho()
    {
        // Bracketed paste: the guest does not echo ESC [ 200 ~; the text is still paced by echo.
        SimulatedShell shell;
        PastePacer pacer;
        QByteArray sent;
        connect(&pacer, &PastePacer::send, &shell, [&](const QByteArray &b) {
            sent += b;
            QByteArray text = b;
            text.replace("\x1b[200~", "").replace("\x1b[201~", "");
            shell.receive(text);
        });
        connect(&shell, &SimulatedShell::output, &pacer, [&pacer](const QByteArray &b) { pacer.guestOutput(b); });
        QSignalSpy finished(&pacer, &PastePacer::finished);
        pacer.enqueue("\x1b[200~echo a\recho b\r\x1b[201~"_ba);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(sent, "\x1b[200~echo a\recho b\r\x1b[201~"_ba);
        QCOMPARE(shell.executed, (QList<QByteArray>{"echo a"_ba, "echo b"_ba}));
    }

    void cancelStopsWhatIsNotSent()
    {
        PastePacer pacer;
        QByteArray sent;
        connect(&pacer, &PastePacer::send, &pacer, [&sent](const QByteArray &b) { sent += b; });
        QSignalSpy finished(&pacer, &PastePacer::finished);
        pacer.enqueue(script(10));
        QVERIFY(!sent.isEmpty());
        pacer.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!pacer.isActive());
        const qsizetype sentAtCancel = sent.size();
        QVERIFY(sentAtCancel < script(10).size());
        // The echo of what was sent arrives after the cancel: nothing more leaves.
        pacer.guestOutput(QByteArray(sent).replace('\r', "\r\n"));
        QCOMPARE(sent.size(), sentAtCancel);
    }
};

QTEST_GUILESS_MAIN(TestPastePacer)
#include "tst_pastepacer.moc"
