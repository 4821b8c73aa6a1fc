// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogBookmarks.h"

#include <iterator>

namespace vcv {

bool LogBookmarks::toggle(LineNumber line)
{
    if (!line.isValid())
        return false;
    if (m_lines.erase(line))
        return false;
    m_lines.insert(line);
    return true;
}

LineNumber LogBookmarks::next(LineNumber line) const
{
    if (m_lines.empty())
        return {};
    auto it = m_lines.upper_bound(line);
    return it == m_lines.end() ? *m_lines.begin() : *it;
}

LineNumber LogBookmarks::previous(LineNumber line) const
{
    if (m_lines.empty())
        return {};
    auto it = m_lines.lower_bound(line);
    return it == m_lines.begin() ? *m_lines.rbegin() : *std::prev(it);
}

void LogBookmarks::linesPrepended(qint64 count)
{
    if (count == 0)
        return;
    // Adding the same amount to every key keeps their order: rebuild from the sorted sequence
    // with end hints, linear in the number of marks.
    std::set<LineNumber> shifted;
    for (LineNumber line : m_lines)
        shifted.insert(shifted.end(), line + count);
    m_lines = std::move(shifted);
}

} // namespace vcv
