// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/LogSearchController.h"

class QScrollBar;
class QWidget;

namespace vcv {

class LogAppearance;
class LogLineRenderer;
class LogScreen;

/// The horizontal scrolling of a LogView: the scroll bar's range (the widest line shown so far,
/// none with word wrap), the offset the rows are painted at, and bringing a match into view.
///
/// LogScroller does the vertical scrolling; this part knows no rows.
///
/// Ownership: nothing is owned; the scroll bar, the viewport and the parts must outlive it.
/// Thread: GUI thread only.
class LogSideScroller
{
public:
    LogSideScroller(QScrollBar *bar, QWidget *viewport, const LogLineRenderer *renderer, const LogScreen *screen,
                    const LogAppearance *appearance);

    /// The scroll bar's value, in pixels: how far left the rows are painted.
    int offset() const { return m_offset; }
    /// Back to the left edge (a new document, word wrap switched).
    void reset() { m_offset = 0; }
    /// The scroll bar moved.
    void scrolled();
    /// Sets the range from the widest line shown so far and the viewport's width.
    void updateRange();
    /// Scrolls so that @p match (on a row on screen) shows, with some context before it.
    void showMatch(LogSearchController::Match current);

private:
    QScrollBar *m_bar;
    QWidget *m_viewport;
    const LogLineRenderer *m_renderer;
    const LogScreen *m_screen;
    const LogAppearance *m_appearance;
    int m_offset = 0;
};

} // namespace vcv
