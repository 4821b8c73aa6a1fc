// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogScreen.h"

#include "widgets/LogBookmarks.h"
#include "widgets/LogLineRenderer.h"

#include <QPainter>
#include <QTextLine>

namespace vcv {

LogScreen::LogScreen(LogLineRenderer *renderer, const LogRowMap *rows, std::function<Place()> place)
    : m_renderer(renderer)
    , m_rows(rows)
    , m_place(std::move(place))
{
}

LogLineLayout *LogScreen::layoutFor(LineNumber line) const
{
    if (!line.isValid() || line.get() >= m_rows->lineCount())
        return nullptr;
    return m_renderer->layout(line, textAreaWidth());
}

QList<LogScreen::Row> LogScreen::visibleRows() const
{
    const Place place = m_place();
    QList<Row> rows;
    int y = 0;
    for (RowIndex row = place.topRow; row.get() < m_rows->rowCount() && y < place.size.height(); ++row) {
        const LineNumber line = m_rows->lineForRow(row);
        int h = m_renderer->lineHeight();
        if (place.wordWrap) {
            if (const LogLineLayout *ll = layoutFor(line))
                h = int(ll->height);
        }
        rows.append({row, line, y, h});
        y += h;
    }
    return rows;
}

LogPosition LogScreen::positionAt(QPoint pos) const
{
    const QList<Row> rows = visibleRows();
    if (rows.isEmpty())
        return {};
    const Row *hit = &rows.last();
    int column = -1;
    if (pos.y() < 0) {
        hit = &rows.first();
        column = 0;
    } else {
        for (const Row &r : rows) {
            if (pos.y() < r.y + r.height) {
                hit = &r;
                break;
            }
        }
    }
    const LogLineLayout *ll = layoutFor(hit->line);
    if (!ll)
        return {};
    if (column < 0) {
        if (pos.y() >= hit->y + hit->height) {
            column = int(ll->decoded.text.size());
        } else {
            const int index =
                qBound(0, (pos.y() - hit->y) / qMax(1, m_renderer->lineHeight()), ll->layout.lineCount() - 1);
            const QTextLine tl = ll->layout.lineAt(index);
            column = tl.isValid() ? tl.xToCursor(pos.x() - textLeft() + m_place().hOffset) : 0;
        }
    }
    return {hit->line, column};
}

int LogScreen::gutterWidth() const
{
    const int charWidth = m_renderer->charWidth();
    const int mark = charWidth + 4; // bookmark strip
    if (!m_place().lineNumbers)
        return mark;
    const int digits = qMax(4, int(QString::number(qMax<qint64>(1, m_rows->lineCount())).size()));
    return mark + digits * charWidth + charWidth;
}

int LogScreen::textLeft() const
{
    return gutterWidth() + m_renderer->charWidth() / 2 + 2;
}

int LogScreen::textAreaWidth() const
{
    return qMax(1, m_place().size.width() - textLeft() - m_renderer->charWidth() / 2);
}

void LogScreen::paint(QPainter &p, const QRect &dirty, const Marks &marks) const
{
    const Place place = m_place();
    const LogViewColors &colors = m_renderer->colors();
    const int width = place.size.width();
    const int height = place.size.height();
    p.fillRect(dirty, colors.background);
    const int gutter = gutterWidth();
    const int left = textLeft();
    const LogPosition selEnd = marks.selection ? marks.selection->end() : LogPosition();

    QList<Row> rows = visibleRows();
    rows.removeIf([&](const Row &r) { return r.y + r.height <= dirty.top() || r.y > dirty.bottom(); });
    for (const Row &r : std::as_const(rows)) {
        const LogLineLayout *ll = layoutFor(r.line);
        if (!ll)
            continue;
        LogLineRenderer::RowState state;
        state.current = r.line == marks.currentLine;
        state.currentMatch = marks.currentMatch.line == r.line ? marks.currentMatch.indexInLine : -1;
        if (marks.selection && marks.selection->covers(r.line)) {
            state.selected = marks.selection->columnsOn(r.line, int(ll->layout.text().size()));
            state.selectionGoesOn = r.line != selEnd.line;
        }
        m_renderer->paintRow(p, *ll, QRect(gutter, r.y, width - gutter, r.height), QPointF(left - place.hOffset, r.y),
                             state);
    }

    // Gutter: line numbers and bookmarks, over anything scrolled beneath it.
    p.fillRect(QRect(0, 0, gutter, height).intersected(dirty), colors.gutterBackground);
    p.setFont(m_renderer->font());
    for (const Row &r : std::as_const(rows)) {
        const bool bookmarked = marks.bookmarks && marks.bookmarks->contains(r.line);
        m_renderer->paintGutterRow(p, r.y, gutter, r.line, bookmarked, r.line == marks.currentLine, place.lineNumbers);
    }
    p.setPen(colors.gutterForeground.lighter(colors.dark ? 70 : 130));
    p.drawLine(gutter - 1, 0, gutter - 1, height);
}

} // namespace vcv
