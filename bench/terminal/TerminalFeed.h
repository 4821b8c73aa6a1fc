// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the terminal benchmarks share: the measurement (wall time and the GUI thread's longest
// stall), a payload fed from a pipe written by another thread, and a bare QTermWidget fed the way
// an application would feed it (non-blocking writes to its pty, queued on EAGAIN).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include "widgets/QTermWidgetHeaders.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <unistd.h>

namespace vcv::bench {

struct FeedResult
{
    double mbPerSecond = 0;
    qint64 maxStallMs = 0;
    qint64 bytes = 0;
};

/// Runs the event loop from begin() until done(), the deadline, or 30 s without progress; the
/// longest gap between 1 ms timer ticks is the GUI thread's longest stall. The rate counts up to
/// the last progress, so a run that ends by waiting in vain does not count the wait.
inline FeedResult measure(const std::function<void()> &begin, const std::function<qint64()> &progress,
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
    const qint64 ms = std::max<qint64>(1, done() ? clock.elapsed() : lastChange);
    return {double(progress()) / 1e6 / (double(ms) / 1000.0), maxStall, progress()};
}

/// Feeds `data` to `sink` on the GUI thread from a pipe written by another thread, until
/// `shown()` reaches its size.
inline FeedResult feedFromPipe(const QByteArray &data, const std::function<void(const QByteArray &)> &sink,
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
    const FeedResult r = measure([&] { writer->start(); }, fed, [&] { return shown() >= data.size(); });
    writer->wait();
    delete writer;
    ::close(fds[0]);
    return r;
}

/// A bare QTermWidget as an application would use it: bytes written to its pty, non-blocking,
/// queued while the pty is full. shown() counts what its emulator has parsed.
class BareTerminal
{
public:
    BareTerminal()
        : m_term(0)
    {
        m_term.resize(1000, 600);
        m_term.show();
        m_term.startTerminalTeletype();
        m_fd = m_term.getPtySlaveFd();
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        QObject::connect(&m_term, &QTermWidget::receivedData, [this](const QString &s) { m_shown += s.size(); });
        m_writable = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        m_writable->setEnabled(false);
        QObject::connect(m_writable.get(), &QSocketNotifier::activated, [this] { drain(); });
    }

    void feed(const QByteArray &bytes)
    {
        m_queue += bytes;
        drain();
    }
    qint64 shown() const { return m_shown; }

private:
    void drain()
    {
        while (!m_queue.isEmpty()) {
            const ssize_t n = ::write(m_fd, m_queue.constData(), size_t(m_queue.size()));
            if (n <= 0)
                break;
            m_queue.remove(0, n);
        }
        m_writable->setEnabled(!m_queue.isEmpty());
    }

    QTermWidget m_term;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_writable; // made once the pty exists
    QByteArray m_queue;
    qint64 m_shown = 0;
};

} // namespace vcv::bench
