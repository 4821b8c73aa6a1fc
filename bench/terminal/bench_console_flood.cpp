// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The terminal fed by a real guest: the sandbox guest floods its virtio console (/dev/hvc0,
// alias console1), and the bytes travel the app's path — libvirt's stream, ConsoleStream,
// TerminalView, QTermWidget — while the GUI thread's longest stall is measured. In the same run,
// for reference: the same flood through ConsoleStream with no terminal (what the guest and
// libvirt deliver), and the same bytes fed to a bare QTermWidget from a plain pipe.
//
//   bench_console_flood [MiB] [rounds]      (default 8 MiB, 2 rounds; needs the sandbox daemons)
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/TerminalView.h"

#include "OpenConnection.h"
#include "Sandbox.h"
#include "TerminalFeed.h"
#include "TestGuest.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// What the guest prints, line by line; the guest's tty turns each \n into \r\n.
constexpr char kLine[] = "[  OK  ] vcv-flood the quick brown fox jumps over the lazy dog 0123456789";

/// The guest's flood command, typed on its serial console: `bytes` of kLine lines to hvc0.
QByteArray floodCommand(qint64 bytes)
{
    return "yes '" + QByteArray(kLine) + "' | head -c " + QByteArray::number(bytes) + " >/dev/hvc0\r";
}

/// What arrives for `bytes` of lines: every \n as \r\n (a cut last line has none).
qint64 arrivingBytes(qint64 bytes)
{
    const qint64 line = qint64(sizeof kLine); // the text plus its \n
    return bytes + bytes / line;
}

/// Floods the guest's hvc0 into `sink` through a ConsoleStream; the control shell is serial0.
vcv::bench::FeedResult floodThroughStream(vcv::test::TestGuest &guest, qint64 bytes,
                                          const std::function<void(const QByteArray &)> &sink)
{
    vcv::Connection connection(vcv::test::Sandbox::uri());
    if (!vcv::test::connectAndWait(connection))
        qFatal("cannot connect to %s: %s", qPrintable(connection.uri()), qPrintable(connection.lastError().text()));
    vcv::ConsoleStream flood(&connection, guest.name(), u"console1"_s);
    vcv::ConsoleStream control(&connection, guest.name(), u"serial0"_s);
    qint64 received = 0;
    QByteArray all; // to say where bytes went missing, if they do
    QObject::connect(&flood, &vcv::ConsoleStream::bytesReceived, [&](const QByteArray &b) {
        received += b.size();
        all += b;
        sink(b);
    });
    QByteArray shell; // what the control shell says, for when the flood does not come
    QObject::connect(&control, &vcv::ConsoleStream::bytesReceived, [&](const QByteArray &b) { shell += b; });
    flood.open();
    control.open();
    QElapsedTimer opening;
    opening.start();
    while ((flood.state() == vcv::ConsoleStream::State::Connecting ||
            control.state() == vcv::ConsoleStream::State::Connecting) &&
           opening.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (flood.state() != vcv::ConsoleStream::State::Open || control.state() != vcv::ConsoleStream::State::Open)
        qFatal("cannot open the guest's consoles: %s / %s", qPrintable(flood.reason()), qPrintable(control.reason()));
    // QEMU's pty backend notices a new reader by polling once a second, and until then a virtio
    // console port counts as unconnected and drops what the guest writes: wait that second.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 expected = arrivingBytes(bytes);
    // Done when all arrived, or when the guest's shell is back (the flood is over) and the stream
    // has been quiet for a second (bytes were lost).
    QElapsedTimer quiet;
    quiet.start();
    qint64 seen = 0;
    const qsizetype promptsBefore = shell.count("~# ");
    const auto r = vcv::bench::measure([&] { control.write(floodCommand(bytes)); }, [&] { return received; },
                                       [&] {
                                           if (received != seen) {
                                               seen = received;
                                               quiet.restart();
                                           }
                                           return received >= expected ||
                                               (shell.count("~# ") > promptsBefore && quiet.elapsed() > 1000);
                                       });
    if (r.bytes < expected) {
        // QEMU's virtio console drops what the guest writes while the pty to libvirtd is full
        // (hw/char/virtio-console.c: consoles are not throttled); say where, and go on.
        const QByteArray line = QByteArray(kLine) + "\r\n";
        qint64 at = 0;
        while (at < all.size() && all.at(at) == line.at(at % line.size()))
            ++at;
        std::printf("         (%lld bytes lost, the first after byte %lld; the guest's shell: %s)\n",
                    static_cast<long long>(expected - r.bytes), static_cast<long long>(at),
                    shell.right(60).simplified().constData());
    }
    return r;
}

void print(int round, const char *what, const vcv::bench::FeedResult &r)
{
    std::printf("round %d  %-34s %7.2f MB/s  max stall %4lld ms  (%lld bytes)\n", round, what, r.mbPerSecond,
                static_cast<long long>(r.maxStallMs), static_cast<long long>(r.bytes));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 bytes = (argc > 1 ? QByteArray(argv[1]).toLongLong() : 8) * 1024 * 1024;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 2;
    if (!vcv::EventLoop::ensureRegistered())
        qFatal("cannot register libvirt's event loop");

    vcv::test::TestGuest::Options options;
    options.virtioConsole = true;
    vcv::test::TestGuest guest(u"vcv-bench-flood"_s, options);
    QString error;
    if (!guest.boot(&error))
        qFatal("the sandbox guest did not boot: %s", qPrintable(error));

    // The same bytes as the guest sends, for the pipe reference.
    QByteArray same;
    while (same.size() < arrivingBytes(bytes))
        same += QByteArray(kLine) + "\r\n";
    same.truncate(arrivingBytes(bytes));

    for (int round = 1; round <= rounds; ++round) {
        print(round, "guest -> ConsoleStream (no view)", floodThroughStream(guest, bytes, [](const QByteArray &) { }));
        {
            vcv::TerminalView view;
            view.resize(1000, 600);
            view.show();
            print(round, "guest -> ConsoleStream -> TerminalView",
                  floodThroughStream(guest, bytes, [&view](const QByteArray &b) { view.feed(b); }));
        }
        {
            vcv::bench::BareTerminal term;
            print(round, "same bytes, pipe -> bare QTermWidget",
                  vcv::bench::feedFromPipe(
                      same, [&](const QByteArray &b) { term.feed(b); }, [&] { return term.shown(); }));
        }
    }
    guest.destroy();
    return 0;
}
