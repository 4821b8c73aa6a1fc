// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogRowScope.h"

#include <algorithm>

namespace vcv {

void LogRowScope::rebuild(qint64 lineCount, const QList<BootSegment> &segments, LogRowMap::Filter searchFilter,
                          const QList<LineNumber> &matchLines)
{
    LineNumber first, end;
    if (m_bootOnly >= 0 && m_bootOnly < segments.size()) {
        first = segments.at(m_bootOnly).firstLine;
        if (m_bootOnly + 1 < segments.size())
            end = segments.at(m_bootOnly + 1).firstLine;
    } else {
        m_bootOnly = -1;
        m_bootOnlyLine = LineNumber();
    }
    m_rows.setLineCount(lineCount);
    if (m_lineFilterOn) {
        // Lines of a scan that is ahead of this view's count wait for the next rebuild.
        const auto past = std::lower_bound(m_lineFilter.begin(), m_lineFilter.end(), LineNumber(lineCount));
        m_rows.setFilter(LogRowMap::Filter::OnlyListed, QList<LineNumber>(m_lineFilter.begin(), past));
    } else {
        m_rows.setFilter(searchFilter, matchLines);
    }
    m_rows.setRange(first, end);
}

bool LogRowScope::setLineFilter(bool on, const QList<LineNumber> &lines)
{
    if (on == m_lineFilterOn && (!on || lines == m_lineFilter))
        return false;
    m_lineFilterOn = on;
    m_lineFilter = on ? lines : QList<LineNumber>();
    return true;
}

bool LogRowScope::setBootOnly(qsizetype segment, const QList<BootSegment> &segments)
{
    if (segment == m_bootOnly)
        return false;
    m_bootOnly = segment;
    m_bootOnlyLine = segment >= 0 && segment < segments.size() ? segments.at(segment).firstLine : LineNumber();
    return true;
}

void LogRowScope::linesPrepended(qint64 count, const QList<BootSegment> &segments)
{
    if (m_bootOnly < 0)
        return;
    // The same boot, by line: the last segment that begins at or before it.
    const LineNumber line = m_bootOnlyLine + count;
    const auto after = std::find_if(segments.begin(), segments.end(),
                                    [line](const BootSegment &segment) { return segment.firstLine > line; });
    m_bootOnly = after - segments.begin() - 1;
    m_bootOnlyLine = m_bootOnly >= 0 ? segments.at(m_bootOnly).firstLine : LineNumber();
}

} // namespace vcv
