// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vcv {

/// Notices that a console's log has stopped receiving what the console shows.
///
/// virtlogd writes the console log from the same bytes the console stream carries; when virtlogd
/// dies (killed, crashed, upgraded without a restart of the guests) QEMU's log pipe breaks and
/// libvirt cannot re-attach a running guest's log: the log stops for good, until the domain is
/// next started, while the console goes on. Nothing in libvirt's API says so, so this compares
/// the two: more than kConsoleBytes of console output and no growth of the followed log for
/// kStallMs means the log has stalled (stalled() once, then recovered() when it grows again).
///
/// Feed it consoleBytes() for what the console received and logGrew() for every growth of the
/// log. GUI thread (a timer).
class LogStallWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kConsoleBytes = 1024;
    static constexpr int kStallMs = 5000;

    explicit LogStallWatch(QObject *parent = nullptr);

    /// Watching only makes sense for a followed console log (not the QEMU log, not before the
    /// log exists). Off: forgets what it counted.
    void setWatching(bool on);
    bool isWatching() const { return m_watching; }
    bool isStalled() const { return m_stalled; }

    void consoleBytes(qint64 count);
    void logGrew();

Q_SIGNALS:
    void stalled();
    void recovered();

private:
    void check();

    bool m_watching = false;
    bool m_stalled = false;
    qint64 m_unlogged = 0; // console bytes since the log last grew
    QElapsedTimer m_sinceLogGrew;
    QTimer m_timer;
};

} // namespace vcv
