// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "LogStallWatch.h"

namespace vcv {

LogStallWatch::LogStallWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogStallWatch::check);
}

void LogStallWatch::setWatching(bool on)
{
    m_watching = on;
    m_unlogged = 0;
    m_stalled = false;
    m_sinceLogGrew.start();
    m_timer.stop();
}

void LogStallWatch::consoleBytes(qint64 count)
{
    if (!m_watching || m_stalled)
        return;
    m_unlogged += count;
    // The log gets the same bytes within milliseconds: judge kStallMs after the first byte it
    // has not shown yet.
    if (m_unlogged >= kConsoleBytes && !m_timer.isActive())
        m_timer.start(qMax<qint64>(0, kStallMs - m_sinceLogGrew.elapsed()));
}

void LogStallWatch::logGrew()
{
    m_unlogged = 0;
    m_sinceLogGrew.start();
    m_timer.stop();
    if (m_stalled) {
        m_stalled = false;
        Q_EMIT recovered();
    }
}

void LogStallWatch::check()
{
    if (!m_watching || m_unlogged < kConsoleBytes)
        return;
    if (m_sinceLogGrew.elapsed() < kStallMs) {
        m_timer.start(kStallMs - m_sinceLogGrew.elapsed());
        return;
    }
    m_stalled = true;
    Q_EMIT stalled();
}

} // namespace vcv
