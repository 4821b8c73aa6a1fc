// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vcv {

/// Sends a paste to a serial console at the pace the guest takes it, judged by its echo.
///
/// A serial console has no flow control a terminal could see: a guest whose shell is busy, or
/// that reads its UART late, loses or garbles what arrives too fast, and a fixed rate is either
/// too fast for a slow guest or needlessly slow for a fast one. So, as a careful typist does:
/// - within a line, bytes go out in windows; the next window leaves when the guest has echoed
///   the previous one (the window grows while echoes come back whole, from 16 bytes, the
///   16550 UART's FIFO, up to kMaxWindow);
/// - at the end of a line (CR), the next line waits for the echo of the line end and then for
///   the guest to fall quiet (the command's output and the next prompt), because a shell that
///   is running a command or redrawing its prompt is where typed-ahead bytes get lost. Output
///   that ends like a prompt ("# ", "$ ", "> ", "% ") needs only a short quiet. While the guest
///   answers line ends with a prompt, anything else (a command still running on a loaded guest)
///   waits for the prompt, up to the longest echo wait; a guest that answers without one (an
///   editor, `cat`) is learned from that and gets a few echo round trips of quiet instead;
/// - what the guest does not echo (a password prompt, an editor's newlines, a guest with echo
///   off) is sent on a timeout learned from the echoes seen so far (a few times the echo's
///   round trip; 400 ms before the first echo), so a silent guest still gets the whole paste.
///
/// Echo is matched loosely: the guest's output, escape sequences removed, must contain the
/// window's printable bytes in order (anything between is the shell's redrawing or a command's
/// output); a CR is echoed as a line feed. TAB, ESC and other controls are not expected back.
///
/// Input: guestOutput() with every byte the guest writes (before any filtering); output: send().
/// Bytes given while a paste is under way are queued after it (keys typed during a paste keep
/// their order). GUI thread; no libvirt, no widgets.
class PastePacer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstWindow = 16;
    static constexpr int kMaxWindow = 256;

    explicit PastePacer(QObject *parent = nullptr);

    /// Queues `bytes` (CR ends a line); starts sending unless a paste is already under way.
    void enqueue(const QByteArray &bytes);
    /// Drops what has not been sent yet; finished(true) follows.
    void cancel();
    bool isActive() const { return m_sent < m_queue.size() || waiting(); }

    /// What the guest wrote, as it arrived.
    void guestOutput(QByteArrayView bytes);

    /// Lines (CRs) of the queue sent and echoed (or timed out) so far, and in all.
    int linesDone() const { return m_linesDone; }
    int linesTotal() const { return m_linesTotal; }

    /// The longest wait for an echo before sending on (default 2000 ms), and the quiet time a
    /// line end waits for at least (default 40 ms).
    void setLimits(int maxEchoWaitMs, int minQuietMs);
    /// The pace when the guest does not echo at all: `bytesPerSecond` (<= 0: one window per
    /// echo timeout).
    void setSilentPace(int bytesPerSecond) { m_silentBytesPerSecond = bytesPerSecond; }

Q_SIGNALS:
    /// Bytes for the guest, in order.
    void send(const QByteArray &bytes);
    void progress(int linesDone, int linesTotal);
    /// The queue is empty (cancelled or all sent and echoed).
    void finished(bool cancelled);

private:
    enum class Wait { None, Echo, Quiet };

    bool waiting() const { return m_wait != Wait::None; }
    void sendNext();
    void echoComplete();
    void onTimeout();
    int echoTimeoutMs() const;
    int quietMs() const;
    bool tailIsPrompt() const;
    void finishIfDone();

    QByteArray m_queue;      // everything given, sent or not (compacted when done)
    qsizetype m_sent = 0;    // bytes of m_queue sent
    QByteArray m_expected;   // the echo awaited for the window in flight
    qsizetype m_matched = 0; // how much of m_expected has been seen
    bool m_windowEndsLine = false;
    Wait m_wait = Wait::None;
    int m_window = kFirstWindow;
    int m_linesDone = 0;
    int m_linesTotal = 0;
    int m_silentStreak = 0; // windows in a row that timed out without any echo
    int m_silentBytesPerSecond = 0;
    int m_maxEchoWaitMs = 2000;
    int m_minQuietMs = 40;
    double m_echoMs = -1;         // smoothed time from sending a window to its whole echo
    QByteArray m_tail;            // the last two printable bytes the guest wrote after a line end
    bool m_promptExpected = true; // the last line end was answered with a prompt (or none yet)
    QElapsedTimer m_sentAt;
    QTimer m_timer;

    enum class Escape { None, Esc, Csi, String, StringEsc };
    Escape m_escape = Escape::None; // skipping an escape sequence in the guest's output
};

} // namespace vcv
