// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace vcv {

/// Writes bytes into the terminal emulator's pty without ever blocking the GUI thread: what the
/// pty does not take at once is queued and written when it can take more (the emulator drains
/// it on the same event loop). The pty is set raw (no \n → \r\n, no echo, no signals), so the
/// guest's bytes are shown as sent.
///
/// Ownership: the file descriptor belongs to the emulator, which must outlive the writer.
/// Thread: GUI thread only.
class TerminalPtyWriter : public QObject
{
    Q_OBJECT
public:
    /// @p fd < 0: no pty; isOpen() is false and write() drops the bytes.
    explicit TerminalPtyWriter(int fd, QObject *parent = nullptr);

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    /// Queues @p bytes after those not yet written and writes what the pty takes now.
    void write(QByteArrayView bytes);
    /// Bytes queued but not yet written to the pty.
    qint64 pendingBytes() const { return m_queue.size() - m_offset; }

Q_SIGNALS:
    /// A write pass ended (the pty took all, or is full for now): pendingBytes() may have shrunk.
    void written();

private:
    void flush();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_queue; // bytes not yet written, from m_offset on
    qsizetype m_offset = 0;
};

} // namespace vcv
