// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Pasting a script into the sandbox guest's serial console: TerminalView's echo-paced paste
// against a reference sender that knows the guest's prompt and sends each line the moment the
// prompt is back (the fastest a line-at-a-time sender can be without losing lines), and against
// sending everything at once (what loses lines). Every run checks that each line ran exactly
// once, from what the guest printed.
//
//   bench_paste [LINES ...]      (default: 60 600; needs the sandbox daemons)
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/TerminalView.h"

#include "OpenConnection.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using vcv::ConsoleStream;
using vcv::TerminalView;
using vcv::test::TestGuest;

namespace {

QByteArray line(int i)
{
    return "echo pasted-" + QByteArray::number(i).rightJustified(4, '0') + "-$((6*7))-abcdefghijklmnopqrstuvwxyz";
}

QByteArray marker(int i)
{
    return "pasted-" + QByteArray::number(i).rightJustified(4, '0') + "-42-abcdefghijklmnopqrstuvwxyz\r\n";
}

/// How many of the lines ran exactly once, judged from what the guest printed.
int ranOnce(const QByteArray &printed, int lines)
{
    int once = 0;
    for (int i = 0; i < lines; ++i)
        once += printed.count(marker(i)) == 1 ? 1 : 0;
    return once;
}

struct Run
{
    qint64 ms = 0;
    int ranOnce = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

/// The sandbox guest's shell, reached by a fresh stream for each run.
Run runOnce(TestGuest &guest, int lines, const QString &how)
{
    TerminalView view;
    view.resize(1200, 600);
    view.show();
    vcv::Connection connection(vcv::test::Sandbox::uri());
    if (!vcv::test::connectAndWait(connection))
        qFatal("cannot connect to %s: %s", qPrintable(connection.uri()), qPrintable(connection.lastError().text()));
    ConsoleStream stream(&connection, guest.name());
    QByteArray printed;
    QObject::connect(&stream, &ConsoleStream::bytesReceived, &view, &TerminalView::feed);
    QObject::connect(&stream, &ConsoleStream::bytesReceived, [&printed](const QByteArray &b) { printed += b; });
    QObject::connect(&view, &TerminalView::bytesTyped, &stream, &ConsoleStream::write);
    stream.open();
    waitFor([&] { return stream.state() != ConsoleStream::State::Connecting; }, 30000);
    if (stream.state() != ConsoleStream::State::Open)
        qFatal("cannot open the console: %s", qPrintable(stream.reason()));
    // A fresh prompt, and the guest quiet, before the clock starts.
    // Ctrl+C first: the previous run may have left half a line (busybox prints its prompt with
    // a cursor query after it, so the prompt is "# " followed by ESC [ 6 n).
    stream.write("\x03clear\r");
    waitFor([&] { return printed.contains("# "); }, 30000);
    QTest::qWait(500);
    printed.clear();

    QElapsedTimer timer;
    timer.start();
    if (how == u"paced"_s) {
        QByteArray script;
        for (int i = 0; i < lines; ++i)
            script += line(i) + '\n';
        view.pasteText(QString::fromLatin1(script));
        waitFor([&] { return !view.isPasting(); }, 3600000);
    } else if (how == u"prompt"_s) {
        for (int i = 0; i < lines; ++i) {
            stream.write(line(i) + '\r');
            const QByteArray done = marker(i);
            waitFor(
                [&] {
                    const qsizetype at = printed.lastIndexOf(done);
                    return at >= 0 && printed.indexOf("# ", at) >= 0;
                },
                60000);
        }
    } else {
        QByteArray script;
        for (int i = 0; i < lines; ++i)
            script += line(i) + '\r';
        stream.write(script);
    }
    // Until the last line's output, or the guest has been quiet for 5 s.
    qint64 size = -1;
    while (!printed.contains(marker(lines - 1)) && size != printed.size()) {
        size = printed.size();
        QTest::qWait(5000);
    }
    Run run;
    run.ms = timer.elapsed();
    run.ranOnce = ranOnce(printed, lines);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QList<int> counts;
    for (int i = 1; i < argc; ++i)
        counts << QByteArray(argv[i]).toInt();
    if (counts.isEmpty())
        counts = {60, 600};
    vcv::EventLoop::ensureRegistered();
    TestGuest guest(u"vcv-bench-paste"_s);
    QString error;
    if (!guest.boot(&error))
        qFatal("the guest did not boot: %s", qPrintable(error));

    std::printf("| lines | sender | time s | lines run exactly once |\n|---|---|---|---|\n");
    for (const int lines : counts) {
        for (const QString &how : {u"prompt"_s, u"paced"_s, u"at-once"_s}) {
            const Run run = runOnce(guest, lines, how);
            std::printf("| %d | %s | %.1f | %d of %d |\n", lines, qPrintable(how), run.ms / 1000.0, run.ranOnce, lines);
            std::fflush(stdout);
        }
    }
    return 0;
}
