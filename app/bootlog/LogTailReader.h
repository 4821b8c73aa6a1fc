// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QByteArray>
#include <QObject>

#include <thread>

namespace vcv {

class RotationChain;

/// Reads a stretch of a log's bytes on a thread of its own and hands them back with
/// finished(): what the terminal is seeded with when a console opens, which the GUI thread
/// must not read itself (a log on a slow or hung file system would stop the window).
///
/// One read at a time. The chain must outlive the reader: the destructor waits for a read under
/// way, so a reader owned beside its document, and destroyed first, is safe. RotationChain's
/// read() is thread-safe.
///
/// Thread: construct and call in the owner's thread; finished() comes there.
class LogTailReader : public QObject
{
    Q_OBJECT
public:
    explicit LogTailReader(QObject *parent = nullptr);
    ~LogTailReader() override;

    bool isReading() const { return m_reading; }
    /// Reads `length` bytes from `from`; false (and nothing read) while a read is under way.
    bool read(const RotationChain *chain, ByteOffset from, qint64 length);

Q_SIGNALS:
    /// The bytes read (fewer when the log was shorter, empty when it could not be read).
    void finished(const QByteArray &bytes);

private:
    std::thread m_thread;
    bool m_reading = false;
};

} // namespace vcv
