// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalPtyWriter.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace vcv {

TerminalPtyWriter::TerminalPtyWriter(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{
    if (m_fd < 0)
        return;
    termios tio{};
    if (::tcgetattr(m_fd, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(m_fd, TCSANOW, &tio);
    }
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminalPtyWriter::flush);
}

void TerminalPtyWriter::write(QByteArrayView bytes)
{
    if (m_fd < 0 || bytes.isEmpty())
        return;
    const bool idle = pendingBytes() == 0;
    m_queue.append(bytes);
    // Not idle: the notifier is waiting for the pty to take more, and keeps the order.
    if (idle)
        flush();
}

void TerminalPtyWriter::flush()
{
    while (m_offset < m_queue.size()) {
        const ssize_t n = ::write(m_fd, m_queue.constData() + m_offset, size_t(m_queue.size() - m_offset));
        if (n > 0) {
            m_offset += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // The emulator has not drained the pty yet; it will on this same event loop.
            m_notifier->setEnabled(true);
            if (m_offset > 1024 * 1024) {
                m_queue.remove(0, m_offset);
                m_offset = 0;
            }
            Q_EMIT written();
            return;
        }
        qWarning("TerminalView: writing to the terminal failed: %s", strerror(errno));
        break;
    }
    m_queue.clear();
    m_offset = 0;
    m_notifier->setEnabled(false);
    Q_EMIT written();
}

} // namespace vcv
