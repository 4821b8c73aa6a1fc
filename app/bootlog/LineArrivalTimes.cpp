// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LineArrivalTimes.h"

#include <algorithm>

namespace vcv {

void LineArrivalTimes::record(LineNumber first, qint64 msecs)
{
    if (!first.isValid() || (!m_marks.empty() && first.get() <= m_marks.back().first))
        return;
    m_marks.push_back({first.get(), msecs});
    if (m_marks.size() > kMaxMarks)
        thin();
}

void LineArrivalTimes::shift(qint64 count)
{
    for (Mark &mark : m_marks)
        mark.first += count;
}

std::optional<qint64> LineArrivalTimes::at(LineNumber line) const
{
    // The last mark at or before the line: the batch the line came in.
    const auto after = std::upper_bound(m_marks.cbegin(), m_marks.cend(), line.get(),
                                        [](qint64 l, const Mark &mark) { return l < mark.first; });
    if (after == m_marks.cbegin())
        return std::nullopt;
    return std::prev(after)->msecs;
}

void LineArrivalTimes::thin()
{
    // The older half loses every other mark; the newest lines, those a running boot is made
    // of, keep their own times. A line whose mark goes is dated by the mark before it: earlier,
    // as when it arrived in a bigger batch.
    const size_t half = m_marks.size() / 2;
    std::vector<Mark> kept;
    kept.reserve(m_marks.size());
    for (size_t i = 0; i < half; ++i) {
        if (i % 2 == 0)
            kept.push_back(m_marks[i]);
    }
    kept.insert(kept.end(), m_marks.begin() + qsizetype(half), m_marks.end());
    m_marks = std::move(kept);
}

} // namespace vcv
