// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogTailReader.h"

#include "bootlog/RotationChain.h"

#include <QMetaObject>

namespace vcv {

LogTailReader::LogTailReader(QObject *parent)
    : QObject(parent)
{
}

LogTailReader::~LogTailReader()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool LogTailReader::read(const RotationChain *chain, ByteOffset from, qint64 length)
{
    if (m_reading)
        return false;
    if (m_thread.joinable())
        m_thread.join(); // the last read's thread, which has posted its result and ended
    m_reading = true;
    m_thread = std::thread([this, chain, from, length] {
        QByteArray bytes = chain->read(from, length);
        // Posted to this object: dropped with it if it is destroyed first (after the join).
        QMetaObject::invokeMethod(
            this,
            [this, bytes = std::move(bytes)] {
                m_reading = false;
                Q_EMIT finished(bytes);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace vcv
