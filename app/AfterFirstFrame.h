// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QWidget;
class QWindow;

namespace vcv {

/// Holds work until a window has shown its first frame, then runs it one piece per turn of the
/// event loop.
///
/// A window's first frame is the longest time it does not answer its window manager: the whole
/// window paints and the X server takes the image in (docs/benchmarks.md, "Responsiveness"). A
/// session restored on a local connection finds its consoles before that frame, and a console
/// tab built then (a terminal and a log pane, 20–30 ms) is built and painted inside it. Held
/// here, the tabs come after it, each in a turn of its own, with the window's events between.
///
/// Contracts
/// - run() runs the work at once when there is no first frame to wait for: the window has one
///   on screen already, or is hidden (a window that is not shown never gets a frame).
/// - Otherwise the work waits until the window's first expose has been handled (its first frame
///   painted), or at most @p maxWait (a window the platform never exposes, such as one minimised
///   from the start); then all that waits runs in the order given, one piece per turn.
/// - Work still waiting when this object is destroyed never runs.
///
/// Thread: GUI thread.
class AfterFirstFrame : public QObject
{
    Q_OBJECT
public:
    explicit AfterFirstFrame(QWidget *window, std::chrono::milliseconds maxWait = std::chrono::seconds(2));

    void run(std::function<void()> work);

    /// Work given to run() that has not run yet.
    qsizetype waiting() const { return m_waiting.size(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void release();
    void runNext();

    QPointer<QWidget> m_window;
    QPointer<QWindow> m_watched; // the window's QWindow while its first expose is awaited
    QList<std::function<void()>> m_waiting;
    QTimer m_deadline;
    bool m_framed = false; // the first frame is on screen, or waited for long enough
};

} // namespace vcv
