// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LineIndex.h"

#include <algorithm>
#include <cstring>

namespace vcv {

qint64 LineIndex::start(qint64 line) const
{
    const quint32 rel = m_relative[size_t(line)];
    if (rel == Overflow) [[unlikely]]
        return m_overflow.value(line);
    return m_blockBase[size_t(line >> BlockShift)] + rel;
}

void LineIndex::pushStart(qint64 offset)
{
    if ((m_count & (BlockSize - 1)) == 0)
        m_blockBase.push_back(offset);
    const qint64 rel = offset - m_blockBase.back();
    if (rel >= qint64(Overflow)) [[unlikely]] {
        m_overflow.insert(m_count, offset);
        m_relative.push_back(Overflow);
    } else {
        m_relative.push_back(quint32(rel));
    }
    ++m_count;
}

qint64 LineIndex::lineAt(qint64 offset) const
{
    if (offset < m_begin || offset >= m_end || m_count == 0)
        return -1;
    // Binary search for the last line starting at or before offset.
    qint64 lo = 0;
    qint64 hi = m_count - 1;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo + 1) / 2;
        if (start(mid) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    // Markers are zero bytes long and share their start with the line after them.
    while (lo + 1 < m_count && start(lo + 1) == start(lo))
        ++lo;
    return lo;
}

DecodedLine::Kind LineIndex::kind(qint64 line) const
{
    if (m_markers.isEmpty())
        return DecodedLine::Kind::Text;
    const auto it = std::lower_bound(m_markers.cbegin(), m_markers.cend(), line,
                                     [](const auto &m, qint64 l) { return m.first < l; });
    return (it != m_markers.cend() && it->first == line) ? it->second : DecodedLine::Kind::Text;
}

void LineIndex::popLastLine()
{
    Q_ASSERT(m_count > 0);
    --m_count;
    m_relative.pop_back();
    if ((m_count & (BlockSize - 1)) == 0)
        m_blockBase.pop_back();
    m_overflow.remove(m_count);
    if (!m_cutLines.empty() && m_cutLines.back() == m_count)
        m_cutLines.pop_back();
    if (!m_markers.isEmpty() && m_markers.last().first == m_count)
        m_markers.removeLast();
}

void LineIndex::cutOpenLine(qint64 offset)
{
    if (m_count == 0 || m_lastClosed || offset <= start(m_count - 1))
        return;
    pushStart(offset);
    m_cutLines.push_back(m_count - 1);
}

bool LineIndex::beginsAtCut(qint64 line) const
{
    return std::binary_search(m_cutLines.cbegin(), m_cutLines.cend(), line);
}

void LineIndex::append(qint64 from, const char *data, qint64 length, std::span<const ByteOffset> cuts)
{
    Q_ASSERT(from == m_end);
    auto cut = cuts.begin();
    // Cuts found in the open line with its bytes before `from` as context.
    for (; cut != cuts.end() && cut->get() < from; ++cut)
        cutOpenLine(cut->get());
    if (length <= 0)
        return;
    if (m_lastClosed) {
        pushStart(from);
        m_lastClosed = false;
        if (cut != cuts.end() && cut->get() == from) {
            m_cutLines.push_back(m_count - 1);
            ++cut;
        }
    }
    const char *p = data;
    const char *const stop = data + length;
    while (p < stop) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
        const qint64 lineEnd = from + ((nl ? nl + 1 : stop) - data);
        for (; cut != cuts.end() && cut->get() < lineEnd; ++cut)
            cutOpenLine(cut->get());
        if (!nl)
            break;
        p = nl + 1;
        if (p < stop)
            pushStart(from + (p - data));
        else
            m_lastClosed = true;
    }
    m_end = from + length;
}

void LineIndex::appendLineRest(qint64 to, bool beginsAtCut)
{
    if (to <= m_end)
        return;
    if (m_lastClosed) {
        pushStart(m_end);
        m_lastClosed = false;
        if (beginsAtCut)
            m_cutLines.push_back(m_count - 1);
    }
    m_end = to;
}

void LineIndex::appendMarker(DecodedLine::Kind kind)
{
    m_markers.append({m_count, kind});
    pushStart(m_end);
    m_lastClosed = true;
}

void LineIndex::appendIndex(const LineIndex &tail, bool replacesOpenLine)
{
    if (replacesOpenLine) {
        Q_ASSERT(isLastLineOpen() && tail.m_begin == start(m_count - 1));
        popLastLine();
        m_end = tail.m_begin;
        m_lastClosed = true;
    }
    Q_ASSERT(tail.m_begin == m_end);
    const qint64 shift = m_count;
    for (qint64 i = 0; i < tail.m_count; ++i)
        pushStart(tail.start(i));
    for (const auto &m : tail.m_markers)
        m_markers.append({m.first + shift, m.second});
    for (const qint64 line : tail.m_cutLines)
        m_cutLines.push_back(line + shift);
    m_end = tail.m_end;
    if (tail.m_count > 0)
        m_lastClosed = tail.m_lastClosed;
}

} // namespace vcv
