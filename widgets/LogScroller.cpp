// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogScroller.h"

#include <QScrollBar>

#include <algorithm>
#include <limits>

namespace vcv {

LogScroller::LogScroller(QScrollBar *bar, Metrics metrics, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_metrics(std::move(metrics))
{
    m_bar->setSingleStep(1);
}

RowIndex LogScroller::topRow() const
{
    return RowIndex(m_bar->value());
}

qint64 LogScroller::pageRows() const
{
    return qMax(1, m_metrics.viewportHeight() / qMax(1, m_metrics.lineHeight()));
}

RowIndex LogScroller::maxTopRow() const
{
    const qint64 rows = m_metrics.rowCount();
    if (rows <= 0)
        return RowIndex(0);
    if (!m_wordWrap)
        return RowIndex(qMax<qint64>(0, rows - pageRows()));
    // With wrapping, rows have different heights: fit as many of the last ones as possible.
    const int available = m_metrics.viewportHeight();
    int used = 0;
    const RowIndex last(rows - 1);
    for (RowIndex row = last; row.isValid(); --row) {
        used += m_metrics.wrappedRowHeight(row);
        if (used > available)
            return qMin(last, row + 1);
    }
    return RowIndex(0);
}

bool LogScroller::atEnd() const
{
    return m_bar->value() >= m_bar->maximum();
}

void LogScroller::updateRange()
{
    ++m_moving;
    m_bar->setRange(0, int(qMin<qint64>(maxTopRow().get(), std::numeric_limits<int>::max())));
    m_bar->setPageStep(int(pageRows()));
    --m_moving;
}

void LogScroller::setTopRow(RowIndex row)
{
    ++m_moving;
    m_bar->setValue(int(std::clamp<qint64>(row.get(), 0, m_bar->maximum())));
    --m_moving;
    // Being at the end (again) resumes follow; anywhere else pauses it.
    setFollowing(atEnd());
    Q_EMIT topRowSet();
}

void LogScroller::ensureRowVisible(RowIndex row, bool centre)
{
    const RowIndex top = topRow();
    const qint64 page = pageRows();
    // With wrapping the last row of a page may show only in part.
    if (row >= top && row < top + page - (m_wordWrap ? 1 : 0))
        return;
    if (centre && (row < top - page || row >= top + 2 * page))
        setTopRow(row - page / 2);
    else if (row < top)
        setTopRow(row);
    else
        setTopRow(row - page + 1);
}

void LogScroller::followOr(RowIndex anchor)
{
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchor.isValid())
        setTopRow(anchor);
}

void LogScroller::setFollowing(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (follow && m_newLines) {
        m_newLines = 0;
        Q_EMIT newLineCountChanged(0);
    }
    Q_EMIT followingChanged(follow);
}

void LogScroller::rowsAppended(qint64 count)
{
    if (m_follow) {
        ++m_moving;
        m_bar->setValue(int(maxTopRow().get()));
        --m_moving;
    } else if (count > 0) {
        m_newLines += count;
        Q_EMIT newLineCountChanged(m_newLines);
    }
}

void LogScroller::resetNewLines()
{
    m_newLines = 0;
    Q_EMIT newLineCountChanged(0);
}

void LogScroller::scrolled()
{
    if (!m_moving)
        setFollowing(atEnd());
}

} // namespace vcv
