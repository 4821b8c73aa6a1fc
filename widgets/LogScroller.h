// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/LogRowMap.h"

#include <QObject>

#include <functional>

class QScrollBar;

namespace vcv {

/// The vertical scrolling of a LogView and its follow mode, by rows.
///
/// The scroll bar counts rows: its value is the row at the top of the viewport. Follow is on
/// while the top row is the last one that fills the viewport (maxTopRow()); then new rows scroll
/// in. Scrolling anywhere else pauses follow, and the rows that arrive meanwhile are counted
/// (newLineCount()); scrolling back to the end resumes it and clears the count.
///
/// What it needs of the view comes through Metrics: how many rows, how high the viewport and a
/// screen line are, and (with word wrap) how high a row is.
///
/// Ownership: the scroll bar is not owned and must outlive the scroller.
/// Thread: GUI thread only.
class LogScroller : public QObject
{
    Q_OBJECT
public:
    struct Metrics
    {
        std::function<qint64()> rowCount;
        std::function<int()> viewportHeight;
        std::function<int()> lineHeight; ///< of one screen line, > 0
        /// Height in pixels of @p row, several screen lines when it wraps; asked with word wrap only.
        std::function<int(RowIndex)> wrappedRowHeight;
    };

    LogScroller(QScrollBar *bar, Metrics metrics, QObject *parent = nullptr);

    /// Rows of different heights (word wrap): maxTopRow() measures the last rows.
    void setWordWrap(bool wrap) { m_wordWrap = wrap; }

    /// The row at the top of the viewport.
    RowIndex topRow() const;
    /// Number of rows of one screen line that fit in the viewport (at least 1).
    qint64 pageRows() const;
    /// The top row that shows the last row at the bottom of the viewport.
    RowIndex maxTopRow() const;

    /// Sets the scroll bar's range and page step after the rows or the viewport changed.
    void updateRange();
    /// Scrolls so that @p row is at the top (clamped); follow is then on exactly at the end.
    void setTopRow(RowIndex row);
    /// Scrolls as little as needed to show @p row, or (@p centre) centres it when it is more
    /// than a page away.
    void ensureRowVisible(RowIndex row, bool centre);
    /// After the rows changed: to the end when following, else to @p anchor (when valid).
    void followOr(RowIndex anchor);

    bool isFollowing() const { return m_follow; }
    /// Turns follow on or off without scrolling (setTopRow(maxTopRow()) scrolls to the end).
    void setFollowing(bool follow);
    /// Rows that arrived while follow was paused.
    qint64 newLineCount() const { return m_newLines; }
    /// @p count rows were added at the end: scrolled in when following, counted otherwise.
    void rowsAppended(qint64 count);
    /// Forgets the new rows counted (a new document).
    void resetNewLines();

    /// The scroll bar moved (by the user or the view): when the user moved it, follow is on
    /// exactly at the end. Called from the view's scrollContentsBy().
    void scrolled();

Q_SIGNALS:
    void followingChanged(bool following);
    void newLineCountChanged(qint64 count);
    /// setTopRow() put a row at the top (maybe the same one): repaint.
    void topRowSet();

private:
    bool atEnd() const;

    QScrollBar *m_bar;
    Metrics m_metrics;
    bool m_wordWrap = false;
    bool m_follow = true;
    qint64 m_newLines = 0;
    int m_moving = 0; // >0 while the scroller itself moves the scroll bar
};

} // namespace vcv
