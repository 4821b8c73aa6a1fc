// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"
#include "widgets/LogSelection.h"

#include <QPoint>

#include <functional>

class QMouseEvent;
class QWheelEvent;

namespace vcv {

class LogSelectionController;

/// What the mouse does in a LogView: a click in the gutter toggles a bookmark, a click in the
/// text makes its line current and starts a selection (Shift extends it), a drag past the top
/// or the bottom scrolls a row at a time, a double click selects a word, Ctrl+wheel zooms.
///
/// What it needs of the view comes through Hooks. The view's event handlers call it; when it
/// does not take an event, the view hands the event to its base class.
///
/// Ownership: the selection controller is not owned and must outlive it.
/// Thread: GUI thread only.
class LogMouseInput
{
public:
    struct Hooks
    {
        std::function<LogPosition(QPoint)> positionAt; ///< in viewport coordinates
        std::function<int()> gutterWidth;
        std::function<int()> viewportHeight;
        std::function<void()> takeFocus;
        std::function<void(LineNumber)> toggleBookmark;
        /// A click made @p line current (the view does not scroll: the line is on screen).
        std::function<void(LineNumber)> clickedLine;
        std::function<void(int rows)> scrollBy;
        std::function<void(int points)> zoomBy;
    };

    LogMouseInput(LogSelectionController *selection, Hooks hooks);

    /// Return false for an event left to the view's base class.
    bool press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void doubleClick(QMouseEvent *event);
    bool wheel(QWheelEvent *event);

private:
    LogSelectionController *m_selection;
    Hooks m_hooks;
};

} // namespace vcv
