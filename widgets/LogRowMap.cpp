// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogRowMap.h"

#include <algorithm>

namespace vcv {

void LogRowMap::setLineCount(qint64 count)
{
    m_lineCount = qMax<qint64>(0, count);
    update();
}

void LogRowMap::setFilter(Filter filter, const QList<LineNumber> &lines)
{
    m_filter = filter;
    m_listed = filter == Filter::None ? QList<LineNumber>() : lines;
    update();
}

void LogRowMap::setRange(LineNumber first, LineNumber end)
{
    m_rangeFirst = first;
    m_rangeEnd = end;
    update();
}

qint64 LogRowMap::filteredCount() const
{
    switch (m_filter) {
    case Filter::None: return m_lineCount;
    case Filter::OnlyListed: return m_listed.size();
    case Filter::HideListed: return m_lineCount - m_listed.size();
    }
    return 0;
}

qint64 LogRowMap::filteredRowForLine(LineNumber line) const
{
    if (m_filter == Filter::None)
        return std::clamp<qint64>(line.get(), 0, m_lineCount);
    const qint64 below = std::lower_bound(m_listed.begin(), m_listed.end(), line) - m_listed.begin();
    if (m_filter == Filter::OnlyListed)
        return below;
    return std::clamp<qint64>(line.get() - below, 0, m_lineCount - m_listed.size());
}

LineNumber LogRowMap::lineForFilteredRow(qint64 row) const
{
    if (m_filter == Filter::None)
        return LineNumber(row);
    if (m_filter == Filter::OnlyListed)
        return m_listed.at(row);
    // The row-th line that is not listed. listed[k] - k never decreases, so the number k of
    // listed lines before it is found by binary search.
    qint64 lo = 0, hi = m_listed.size();
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (m_listed.at(mid).get() - mid > row)
            hi = mid;
        else
            lo = mid + 1;
    }
    return LineNumber(row + lo);
}

void LogRowMap::update()
{
    const qint64 first = m_rangeFirst.isValid() ? qMin(m_rangeFirst.get(), m_lineCount) : 0;
    const qint64 end = m_rangeEnd.isValid() ? qMin(m_rangeEnd.get(), m_lineCount) : m_lineCount;
    m_rowBase = filteredRowForLine(LineNumber(first));
    m_rowCount = qMax<qint64>(0, qMin(filteredRowForLine(LineNumber(end)), filteredCount()) - m_rowBase);
}

LineNumber LogRowMap::lineForRow(RowIndex row) const
{
    if (row.get() < 0 || row.get() >= m_rowCount)
        return LineNumber();
    return lineForFilteredRow(m_rowBase + row.get());
}

RowIndex LogRowMap::rowForLine(LineNumber line) const
{
    return RowIndex(std::clamp<qint64>(filteredRowForLine(line) - m_rowBase, 0, m_rowCount));
}

} // namespace vcv
