// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "AfterFirstFrame.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace vcv {

AfterFirstFrame::AfterFirstFrame(QWidget *window, std::chrono::milliseconds maxWait)
    : QObject(window)
    , m_window(window)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(maxWait);
    connect(&m_deadline, &QTimer::timeout, this, &AfterFirstFrame::release);
}

void AfterFirstFrame::run(std::function<void()> work)
{
    if (!m_framed && !m_watched) {
        QWindow *handle = m_window && m_window->isVisible() ? m_window->windowHandle() : nullptr;
        if (handle && handle->isExposed()) {
            // isExposed() turns true as the first expose is handled, and the widgets paint in it.
            m_framed = true;
        } else if (handle) {
            m_watched = handle;
            handle->installEventFilter(this);
            m_deadline.start();
        }
        // A hidden window has no frame to wait for, yet: it may have one once shown.
    }
    if (!m_watched && m_waiting.isEmpty()) {
        work();
        return;
    }
    m_waiting.append(std::move(work)); // behind what waits, or is still being run, in order
}

bool AfterFirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    // Seen before the window handles it: what waits runs on a later turn, after the frame.
    if (watched == m_watched && event->type() == QEvent::Expose && m_watched->isExposed())
        QTimer::singleShot(0, this, &AfterFirstFrame::release);
    return false;
}

void AfterFirstFrame::release()
{
    if (m_framed)
        return;
    m_framed = true;
    m_deadline.stop();
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = nullptr;
    runNext();
}

void AfterFirstFrame::runNext()
{
    if (m_waiting.isEmpty())
        return;
    const std::function<void()> work = m_waiting.first();
    QPointer<AfterFirstFrame> self(this);
    work();
    if (!self)
        return;
    m_waiting.removeFirst(); // only now: run() keeps the order while a piece runs
    if (!m_waiting.isEmpty())
        QTimer::singleShot(0, this, &AfterFirstFrame::runNext);
}

} // namespace vcv
