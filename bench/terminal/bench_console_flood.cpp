// The terminal fed by a real guest: the sandbox guest floods its virtio console (/dev/hvc0,
// alias console1), and the bytes travel the app's path — libvirt's stream, ConsoleStream,
// TerminalView, QTermWidget — while the GUI thread's longest stall is measured. In the same run,
// for reference: the same flood through ConsoleStream with no terminal (what the guest and
// libvirt deliver), and the same bytes fed to a bare QTermWidget from a plain pipe.
//
//   bench_console_flood [MiB] [rounds]      (default 8 MiB, 2 rounds; needs the sandbox daemons)
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/TerminalView.h"

#include "TestGuest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <qtermwidget.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// What the guest prints, line by line; the guest's tty turns each \n into \r\n.
constexpr char kLine[] = "[  OK  ] vcv-flood the quick brown fox jumps over the lazy dog 0123456789";

struct Result {
    double mbPerSecond = 0;
    qint64 maxStallMs = 0;
    qint64 bytes = 0;
};

/// Runs the event loop until done() or the deadline; measures time and the longest gap between
/// 1 ms timer ticks (the GUI thread's longest stall).
Result measure(const std::function<void()> &begin, const std::function<qint64()> &progress,
               const std::function<bool()> &done, qint64 deadlineMs = 900000)
{
    QElapsedTimer clock;
    qint64 lastTick = 0, maxStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - lastTick);
        lastTick = now;
    });
    clock.start();
    ticker.start(1);
    begin();
    qint64 lastProgress = 0, lastChange = 0;
    while (!done() && clock.elapsed() < deadlineMs && clock.elapsed() - lastChange < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (progress() != lastProgress) {
            lastProgress = progress();
            lastChange = clock.elapsed();
        }
    }
    // Until the last byte arrived: a run that ends by waiting for lost bytes does not count the wait.
    const qint64 ms = std::max<qint64>(1, done() ? clock.elapsed() : lastChange);
    return {double(progress()) / 1e6 / (double(ms) / 1000.0), maxStall, progress()};
}

/// The guest's flood command, typed on its serial console: `bytes` of kLine lines to hvc0.
QByteArray floodCommand(qint64 bytes)
{
    return "yes '" + QByteArray(kLine) + "' | head -c " + QByteArray::number(bytes) + " >/dev/hvc0\r";
}

/// What arrives for `bytes` of lines: every \n as \r\n.
qint64 arrivingBytes(qint64 bytes)
{
    const qint64 line = qint64(sizeof kLine); // the text plus its \n
    return bytes + bytes / line + (bytes % line == line ? 1 : 0);
}

/// Floods the guest's hvc0 into `sink` through a ConsoleStream; the control shell is serial0.
Result floodThroughStream(vcv::test::TestGuest &guest, qint64 bytes, const std::function<void(const QByteArray &)> &sink)
{
    vcv::ConsoleStream flood(guest.connection(), guest.name(), u"console1"_s);
    vcv::ConsoleStream control(guest.connection(), guest.name(), u"serial0"_s);
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
    const Result r = measure([&] { control.write(floodCommand(bytes)); }, [&] { return received; }, [&] {
        if (received != seen) {
            seen = received;
            quiet.restart();
        }
        return received >= expected || (shell.count("~# ") > promptsBefore && quiet.elapsed() > 1000);
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

/// Feeds `data` to `sink` from a pipe written by another thread (the reference path).
Result feedFromPipe(const QByteArray &data, const std::function<void(const QByteArray &)> &sink,
                    const std::function<qint64()> &shown)
{
    int fds[2];
    if (::pipe(fds) != 0)
        qFatal("pipe failed");
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    QThread *writer = QThread::create([fd = fds[1], &data] {
        qint64 off = 0;
        while (off < data.size()) {
            const ssize_t n = ::write(fd, data.constData() + off, size_t(std::min<qint64>(65536, data.size() - off)));
            if (n > 0)
                off += n;
            else if (errno != EINTR)
                break;
        }
        ::close(fd);
    });
    QSocketNotifier reader(fds[0], QSocketNotifier::Read);
    QObject::connect(&reader, &QSocketNotifier::activated, [&] {
        char buf[65536];
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n > 0)
            sink(QByteArray(buf, n));
        else if (n == 0)
            reader.setEnabled(false);
    });
    // QTermWidget's receivedData may count a byte or two of its own; the payload is what was fed.
    const auto fed = [&] { return std::min<qint64>(shown(), data.size()); };
    const Result r = measure([&] { writer->start(); }, fed, [&] { return shown() >= data.size(); });
    writer->wait();
    delete writer;
    ::close(fds[0]);
    return r;
}

void print(int round, const char *what, const Result &r)
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
        print(round, "guest -> ConsoleStream (no view)", floodThroughStream(guest, bytes, [](const QByteArray &) {}));
        {
            vcv::TerminalView view;
            view.resize(1000, 600);
            view.show();
            print(round, "guest -> ConsoleStream -> TerminalView",
                  floodThroughStream(guest, bytes, [&view](const QByteArray &b) { view.feed(b); }));
        }
        {
            QTermWidget term(0);
            term.resize(1000, 600);
            term.show();
            term.startTerminalTeletype();
            const int fd = term.getPtySlaveFd();
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            qint64 shown = 0;
            QObject::connect(&term, &QTermWidget::receivedData, [&](const QString &s) { shown += s.size(); });
            QByteArray queue;
            QSocketNotifier writable(fd, QSocketNotifier::Write);
            writable.setEnabled(false);
            auto drain = [&] {
                while (!queue.isEmpty()) {
                    const ssize_t n = ::write(fd, queue.constData(), size_t(queue.size()));
                    if (n <= 0)
                        break;
                    queue.remove(0, n);
                }
                writable.setEnabled(!queue.isEmpty());
            };
            QObject::connect(&writable, &QSocketNotifier::activated, drain);
            print(round, "same bytes, pipe -> bare QTermWidget",
                  feedFromPipe(same, [&](const QByteArray &b) { queue += b; drain(); }, [&] { return shown; }));
        }
    }
    guest.destroy();
    return 0;
}
