// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/PastePacer.h"

#include <algorithm>

namespace vcv {

namespace {

constexpr char kEsc = '\x1b';
constexpr char kCr = '\r';
constexpr int kFirstEchoWaitMs = 400;

bool echoable(unsigned char c)
{
    return c >= 0x20 && c != 0x7f;
}

} // namespace

PastePacer::PastePacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PastePacer::onTimeout);
}

void PastePacer::setLimits(int maxEchoWaitMs, int minQuietMs)
{
    m_maxEchoWaitMs = std::max(50, maxEchoWaitMs);
    m_minQuietMs = std::max(0, minQuietMs);
}

void PastePacer::enqueue(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const bool idle = !isActive();
    m_queue.append(bytes);
    m_linesTotal += int(bytes.count(kCr));
    if (idle)
        sendNext();
}

void PastePacer::cancel()
{
    if (!isActive())
        return;
    m_timer.stop();
    m_queue.clear();
    m_sent = 0;
    m_expected.clear();
    m_wait = Wait::None;
    m_linesDone = m_linesTotal = 0;
    Q_EMIT finished(true);
}

bool PastePacer::tailIsPrompt() const
{
    return m_tail.size() == 2 && m_tail.at(1) == ' ' &&
        (m_tail.at(0) == '#' || m_tail.at(0) == '$' || m_tail.at(0) == '>' || m_tail.at(0) == '%');
}

int PastePacer::quietMs() const
{
    // Output that ends like a prompt is most likely the shell waiting for the next line: a
    // short wait confirms it. Before that, a shell is still running the command (slow on a
    // loaded guest, and the next line's bytes would be lost or echoed into its output): wait
    // for the prompt. A guest that does not prompt waits a few echo round trips of silence.
    if (tailIsPrompt())
        return m_minQuietMs;
    if (m_promptExpected)
        return m_maxEchoWaitMs;
    return std::max(m_minQuietMs, int(2 * m_echoMs));
}

int PastePacer::echoTimeoutMs() const
{
    if (m_silentStreak >= 2 && m_silentBytesPerSecond > 0)
        return std::max(1, int(1000LL * m_window / m_silentBytesPerSecond));
    if (m_echoMs < 0)
        return kFirstEchoWaitMs;
    return std::clamp(int(4 * m_echoMs) + 20, 50, m_maxEchoWaitMs);
}

void PastePacer::sendNext()
{
    if (m_sent >= m_queue.size()) {
        finishIfDone();
        return;
    }
    // The window: up to m_window bytes, ending after a CR if there is one, and never cutting an
    // escape sequence (the brackets of a bracketed paste) in two.
    qsizetype end = m_sent;
    bool inEscape = false;
    while (end < m_queue.size()) {
        const char c = m_queue.at(end++);
        if (c == kEsc) {
            inEscape = true;
        } else if (inEscape) {
            if (c != '[' && (uchar(c) >= 0x40 && uchar(c) <= 0x7e))
                inEscape = false;
            continue;
        }
        if (c == kCr || (!inEscape && end - m_sent >= m_window))
            break;
    }
    const QByteArray window = m_queue.mid(m_sent, end - m_sent);
    m_sent = end;

    m_expected.clear();
    m_matched = 0;
    inEscape = false;
    for (const char c : window) {
        if (c == kEsc) {
            inEscape = true;
        } else if (inEscape) {
            if (c != '[' && (uchar(c) >= 0x40 && uchar(c) <= 0x7e))
                inEscape = false;
        } else if (c == kCr) {
            m_expected.append('\n'); // the tty echoes CR as CR LF
        } else if (echoable(uchar(c))) {
            m_expected.append(c);
        }
    }
    m_windowEndsLine = window.endsWith(kCr);
    m_wait = Wait::Echo;
    m_sentAt.start();
    Q_EMIT send(window);
    if (m_expected.isEmpty()) {
        // Nothing to see come back (controls only): go on at once, from the event loop.
        m_timer.start(0);
        return;
    }
    m_timer.start(echoTimeoutMs());
}

void PastePacer::guestOutput(QByteArrayView bytes)
{
    for (const char c : bytes) {
        // Escape sequences in the guest's output are the shell's redrawing, not echo.
        switch (m_escape) {
        case Escape::None:
            if (c == kEsc) {
                m_escape = Escape::Esc;
                continue;
            }
            break;
        case Escape::Esc:
            m_escape = c == '['                                  ? Escape::Csi
                : (c == ']' || c == 'P' || c == '_' || c == '^') ? Escape::String
                                                                 : Escape::None;
            continue;
        case Escape::Csi:
            if (uchar(c) >= 0x40 && uchar(c) <= 0x7e)
                m_escape = Escape::None;
            continue;
        case Escape::String:
            if (c == '\a')
                m_escape = Escape::None;
            else if (c == kEsc)
                m_escape = Escape::StringEsc;
            continue;
        case Escape::StringEsc: m_escape = Escape::None; continue;
        }
        if (m_wait == Wait::Quiet) {
            m_tail = QByteArray(m_tail.right(1)) + c;
            m_timer.start(quietMs()); // still talking
        } else if (m_wait == Wait::Echo && m_matched < m_expected.size() && c == m_expected.at(m_matched)) {
            if (++m_matched == m_expected.size()) {
                // What follows in this same read came before the next window was sent: it
                // cannot be that window's echo, only output (which restarts a quiet wait).
                echoComplete();
                if (m_wait == Wait::Echo)
                    return;
            }
        }
    }
}

void PastePacer::echoComplete()
{
    const double ms = double(m_sentAt.nsecsElapsed()) / 1e6;
    m_echoMs = m_echoMs < 0 ? ms : 0.7 * m_echoMs + 0.3 * ms;
    m_silentStreak = 0;
    m_window = std::min(m_window * 2, kMaxWindow);
    if (m_windowEndsLine) {
        ++m_linesDone;
        Q_EMIT progress(m_linesDone, m_linesTotal);
        m_wait = Wait::Quiet;
        m_tail.clear();
        m_timer.start(quietMs());
        return;
    }
    m_timer.stop();
    m_wait = Wait::None;
    sendNext();
}

void PastePacer::onTimeout()
{
    if (m_wait == Wait::Quiet)
        m_promptExpected = tailIsPrompt(); // learned for the next line end
    if (m_wait == Wait::Echo && !m_expected.isEmpty()) {
        // No (whole) echo: a silent guest, or a busy one. Smaller windows from here on.
        m_silentStreak = m_matched == 0 ? m_silentStreak + 1 : 0;
        m_window = std::max(kFirstWindow, m_window / 2);
        if (m_windowEndsLine) {
            ++m_linesDone;
            Q_EMIT progress(m_linesDone, m_linesTotal);
        }
    }
    m_wait = Wait::None;
    sendNext();
}

void PastePacer::finishIfDone()
{
    if (m_sent < m_queue.size() || waiting())
        return;
    const bool hadWork = !m_queue.isEmpty();
    m_queue.clear();
    m_sent = 0;
    m_linesDone = m_linesTotal = 0;
    if (hadWork)
        Q_EMIT finished(false);
}

} // namespace vcv
