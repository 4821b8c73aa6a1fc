#include "bootlog/AppendIndexer.h"

#include "bootlog/RotationChain.h"

#include <cstring>

namespace vcv {

namespace {

constexpr qint64 ReadBlock = 1 << 20;
/// A banner or a kernel time is found in the first bytes of a line (see BootSegmentDetector).
constexpr qint64 LineHeadBytes = 512;

} // namespace

bool AppendIndexer::isKnown(const QList<BootSegmentDetector::Candidate> &candidates,
                            const BootSegmentDetector::Candidate &candidate)
{
    // Candidates are ascending by line: only the last few can be on the same line.
    for (auto it = candidates.crbegin(); it != candidates.crend() && it->line >= candidate.line; ++it) {
        if (it->line == candidate.line && it->type == candidate.type)
            return true;
    }
    return false;
}

AppendIndexer::AppendIndexer(const RotationChain *chain, qint64 end, qint64 openLineStart,
                             std::function<void()> ready)
    : m_chain(chain), m_ready(std::move(ready)), m_end(end), m_openLineStart(openLineStart)
{
    m_pending.lines = LineIndex(end);
}

AppendIndexer::~AppendIndexer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void AppendIndexer::grown(qint64 from, qint64 to)
{
    {
        std::lock_guard lock(m_mutex);
        // Growth reported piecemeal (each poll) is one range to read.
        if (!m_events.empty()) {
            if (auto *last = std::get_if<Grow>(&m_events.back()); last && last->to == from) {
                last->to = to;
                return;
            }
        }
        m_events.push_back(Grow{from, to});
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void AppendIndexer::discontinuity(qint64 at, DecodedLine::Kind marker)
{
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back(Marker{at, marker});
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

AppendIndexer::Batch AppendIndexer::take()
{
    std::lock_guard lock(m_mutex);
    m_readyOutstanding = false;
    if (!m_hasPending)
        return {};
    Batch out = std::move(m_pending);
    m_pending = Batch{};
    m_pending.lines = LineIndex(out.lines.end());
    m_hasPending = false;
    return out;
}

void AppendIndexer::run()
{
    for (;;) {
        std::vector<Event> events;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_events.empty(); });
            if (m_stop)
                return;
            events.swap(m_events);
        }
        for (const Event &event : events) {
            if (const auto *grow = std::get_if<Grow>(&event)) {
                if (grow->from == m_end)
                    index(grow->from, grow->to);
            } else {
                const auto &marker = std::get<Marker>(event);
                if (marker.at == m_end)
                    addMarker(marker.kind);
            }
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
    }
}

void AppendIndexer::index(qint64 from, qint64 to)
{
    std::vector<char> buffer(size_t(qMin(ReadBlock, to - from)));
    qint64 pos = from;
    while (pos < to) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
        const qint64 n = m_chain->read(ByteOffset(pos), buffer.data(), qMin(qint64(buffer.size()), to - pos));
        if (n <= 0)
            return; // the chain was closed under us: the owner drops this indexer next
        qint64 m = n;
        if (pos + n < to) {
            // Stop at the last newline so that no line (and no banner) straddles two blocks.
            if (const void *nl = memrchr(buffer.data(), '\n', size_t(n)))
                m = static_cast<const char *>(nl) - buffer.data() + 1;
        }
        LineIndex part(pos);
        part.append(pos, buffer.data(), m);
        const bool continues = m_openLineStart >= 0;
        QList<BootSegmentDetector::Candidate> found;
        BootSegmentDetector::scan(buffer.data(), m, pos, part, found);
        if (continues) {
            // Line 0 of the part is the rest of the open line: its candidates are those of the
            // whole line's head, read again now that more of it is there (unless all of the
            // head was there before).
            found.removeIf([](const auto &c) { return c.line == 0; });
        }
        if (continues && pos - m_openLineStart < LineHeadBytes) {
            const QByteArray head = m_chain->read(ByteOffset(m_openLineStart),
                                                  qMin(pos + m - m_openLineStart, LineHeadBytes));
            LineIndex headIndex(m_openLineStart);
            headIndex.append(m_openLineStart, head.constData(), head.size());
            QList<BootSegmentDetector::Candidate> headFound;
            BootSegmentDetector::scan(head.constData(), head.size(), m_openLineStart, headIndex, headFound);
            headFound.removeIf([](const auto &c) { return c.line != 0; });
            found = headFound + found;
        }
        if (part.isLastLineOpen()) {
            const qint64 last = part.lineCount() - 1;
            if (last > 0 || !continues)
                m_openLineStart = part.start(last);
        } else {
            m_openLineStart = -1;
        }
        pos += m;
        m_end = pos;
        publish(std::move(part), continues, std::move(found));
    }
}

void AppendIndexer::addMarker(DecodedLine::Kind kind)
{
    LineIndex part(m_end);
    part.appendMarker(kind);
    QList<BootSegmentDetector::Candidate> found;
    if (kind == DecodedLine::Kind::LogRestarted)
        found.append({0, BootSegmentDetector::Candidate::Type::Marker, 0});
    m_openLineStart = -1;
    publish(std::move(part), false, std::move(found));
}

void AppendIndexer::publish(LineIndex part, bool continues, QList<BootSegmentDetector::Candidate> found)
{
    bool notify = false;
    {
        std::lock_guard lock(m_mutex);
        if (!m_hasPending) {
            m_pending.lines = std::move(part);
            m_pending.continuesOpenLine = continues;
            m_pending.candidates = std::move(found);
            m_hasPending = true;
        } else {
            const bool merged = continues && m_pending.lines.isLastLineOpen();
            const qint64 shift = m_pending.lines.lineCount() - (merged ? 1 : 0);
            m_pending.lines.appendIndex(part, merged);
            for (auto c : std::as_const(found)) {
                c.line += shift;
                if (merged && c.line == shift && isKnown(m_pending.candidates, c))
                    continue; // the open line's candidates are found again each time it grows
                m_pending.candidates.append(c);
            }
        }
        notify = !m_readyOutstanding;
        m_readyOutstanding = true;
    }
    if (notify)
        m_ready();
}

} // namespace vcv
