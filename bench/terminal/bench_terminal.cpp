// Bytes per second from a byte source to the screen, and the longest GUI-thread stall, for
// TerminalView (what the console stream feeds) beside a bare QTermWidget fed from a plain pipe.
// Both read the same payload from a pipe written by another thread, so the source is identical.
//
//   bench_terminal [MiB] [rounds]      (default 16 MiB, 3 rounds; prints one line per run)
#include "widgets/TerminalView.h"

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

namespace {

QByteArray payload(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 128);
    for (int i = 0; out.size() < bytes; ++i) {
        char line[128];
        const int n = std::snprintf(line, sizeof line,
                                    "[  \x1b[0;32mOK\x1b[0m  ] vcv-bench line %08d the quick brown fox jumps\r\n", i);
        out.append(line, n);
    }
    out.truncate(bytes);
    return out;
}

struct Result {
    double mbPerSecond = 0;
    qint64 maxStallMs = 0;
};

/// Pipes `data` through another thread into `sink`, on the GUI thread, until `shown()` reaches the
/// payload's size. Measures wall time and the longest gap between 1 ms timer ticks.
Result run(const QByteArray &data, const std::function<void(const QByteArray &)> &sink,
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
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - lastTick);
        lastTick = now;
    });
    clock.start();
    ticker.start(1);
    writer->start();
    while (shown() < data.size() && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    writer->wait();
    delete writer;
    ::close(fds[0]);
    return {double(data.size()) / 1e6 / (double(ms) / 1000.0), maxStall};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 16;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const QByteArray data = payload(mib * 1024 * 1024);

    for (int round = 1; round <= rounds; ++round) {
        {
            // Baseline: QTermWidget as an application would use it, bytes written to its pty.
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
            const Result r = run(data, [&](const QByteArray &b) { queue += b; drain(); }, [&] { return shown; });
            std::printf("round %d  qtermwidget-pipe  %7.2f MB/s  max stall %4lld ms\n", round, r.mbPerSecond,
                        static_cast<long long>(r.maxStallMs));
            std::fflush(stdout);
        }
        {
            vcv::TerminalView view;
            view.resize(1000, 600);
            view.show();
            qint64 shown = 0;
            QObject::connect(view.terminal(), &QTermWidget::receivedData, [&](const QString &s) { shown += s.size(); });
            const Result r = run(data, [&](const QByteArray &b) { view.feed(b); }, [&] { return shown; });
            std::printf("round %d  terminalview      %7.2f MB/s  max stall %4lld ms\n", round, r.mbPerSecond,
                        static_cast<long long>(r.maxStallMs));
            std::fflush(stdout);
        }
    }
    return 0;
}
