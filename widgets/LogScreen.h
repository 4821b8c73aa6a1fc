// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/LogRowMap.h"
#include "widgets/LogSearchController.h"
#include "widgets/LogSelection.h"

#include <QList>
#include <QRect>

#include <functional>

class QPainter;

namespace vcv {

class LogBookmarks;
struct LogLineLayout;
class LogLineRenderer;

/// What a LogView's viewport shows: which rows are where, the gutter and the text column, the
/// text position under a point, and the painting of the rows on screen with their gutter.
///
/// It holds no state of its own: where the view is scrolled and how it looks come from the
/// view (Place) at each call, the lines from the LogRowMap, their layouts from the renderer.
/// Ownership: the renderer and the row map are not owned and must outlive the screen.
/// Thread: GUI thread only.
class LogScreen
{
public:
    /// Where the view is and how it looks, asked for at each call.
    struct Place
    {
        QSize size;      ///< of the viewport
        RowIndex topRow; ///< the row at the top
        int hOffset = 0; ///< pixels scrolled sideways
        bool wordWrap = false;
        bool lineNumbers = true;
    };
    /// A row on screen: its line, top and height in viewport pixels.
    struct Row
    {
        RowIndex row;
        LineNumber line;
        int y;
        int height;
    };
    /// What is painted over the rows' text.
    struct Marks
    {
        LineNumber currentLine;
        const LogSelection *selection = nullptr;
        const LogBookmarks *bookmarks = nullptr;
        LogSearchController::Match currentMatch;
    };

    LogScreen(LogLineRenderer *renderer, const LogRowMap *rows, std::function<Place()> place);

    /// The layout of @p line, wrapped to the text column; nullptr outside the document.
    LogLineLayout *layoutFor(LineNumber line) const;
    /// The rows on screen, top to bottom, the last one maybe in part.
    QList<Row> visibleRows() const;
    /// The document position under @p pos (invalid when no row is there). Above the rows: the
    /// start of the first one; below: the end of the last one.
    LogPosition positionAt(QPoint pos) const;

    int gutterWidth() const;
    /// The x where text starts (after the gutter).
    int textLeft() const;
    /// The width text wraps at.
    int textAreaWidth() const;

    /// Paints the rows that meet @p dirty, then the gutter over anything scrolled beneath it.
    void paint(QPainter &p, const QRect &dirty, const Marks &marks) const;

private:
    LogLineRenderer *m_renderer;
    const LogRowMap *m_rows;
    std::function<Place()> m_place;
};

} // namespace vcv
