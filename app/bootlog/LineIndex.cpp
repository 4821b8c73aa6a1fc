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

void LineIndex::append(qint64 from, const char *data, qint64 length)
{
    Q_ASSERT(from == m_end);
    if (length <= 0)
        return;
    if (m_lastClosed) {
        pushStart(from);
        m_lastClosed = false;
    }
    const char *p = data;
    const char *const stop = data + length;
    while (p < stop) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
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

void LineIndex::appendMarker(DecodedLine::Kind kind)
{
    m_markers.append({m_count, kind});
    pushStart(m_end);
    m_lastClosed = true;
}

void LineIndex::appendIndex(const LineIndex &tail, bool continuesLastLine)
{
    Q_ASSERT(tail.m_begin == m_end);
    const bool skipFirst = continuesLastLine && isLastLineOpen() && tail.m_count > 0 && tail.kind(0) == DecodedLine::Kind::Text;
    const qint64 first = skipFirst ? 1 : 0;
    const qint64 shift = m_count - first;
    for (qint64 i = first; i < tail.m_count; ++i)
        pushStart(tail.start(i));
    for (const auto &m : tail.m_markers)
        m_markers.append({m.first + shift, m.second});
    m_end = tail.m_end;
    if (tail.m_count > 0)
        m_lastClosed = tail.m_lastClosed;
}

} // namespace vcv
