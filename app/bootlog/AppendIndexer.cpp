// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/AppendIndexer.h"

#include "bootlog/MidLineBootFinder.h"
#include "bootlog/RotationChain.h"

#include <cstring>

namespace vcv {

namespace {

constexpr qint64 ReadBlock = 1 << 20;
constexpr qint64 Context = MidLineBootFinder::ContextBytes;

} // namespace

bool AppendIndexer::mergeCandidates(QList<BootSegmentDetector::Candidate> &into,
                                    const QList<BootSegmentDetector::Candidate> &found, qint64 rescannedLine,
                                    qint64 seenAtMs)
{
    using Candidate = BootSegmentDetector::Candidate;
    QList<Candidate> previous; // of the rescanned line: at the end of `into`, which is ascending
    if (rescannedLine >= 0) {
        while (!into.isEmpty() && into.last().line == rescannedLine)
            previous.prepend(into.takeLast());
    }
    QList<Candidate> again;
    for (Candidate c : found) {
        if (c.line == rescannedLine) {
            for (const Candidate &p : std::as_const(previous)) {
                if (p.type == c.type && p.atCut == c.atCut)
                    c.seenAtMs = p.seenAtMs;
            }
            again.append(c);
        }
        if (c.seenAtMs == 0)
            c.seenAtMs = seenAtMs;
        into.append(c);
    }
    const auto sameButWhen = [](const Candidate &a, const Candidate &b) {
        return a.line == b.line && a.type == b.type && a.atCut == b.atCut;
    };
    const bool sameAsBefore =
        again.size() == previous.size() && std::equal(again.cbegin(), again.cend(), previous.cbegin(), sameButWhen);
    return !sameAsBefore || found.size() != again.size();
}

AppendIndexer::AppendIndexer(const RotationChain *chain, qint64 end, qint64 openLineStart, bool openLineAtCut,
                             std::function<void()> ready)
    : m_chain(chain)
    , m_ready(std::move(ready))
    , m_end(end)
    , m_openLineStart(openLineStart)
    , m_openLineAtCut(openLineAtCut)
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
    // At the GUI thread's priority (unlike the other background threads): it follows the live
    // log, which the terminal's seed waits for (lowered, it fell behind a flooding guest under ASan).
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
    // Room in front of the new bytes for the end of the open line they continue.
    std::vector<char> buffer(size_t(Context + qMin(ReadBlock, to - from)));
    char *const block = buffer.data() + Context;
    const qint64 blockCapacity = qint64(buffer.size()) - Context;
    std::vector<ByteOffset> cuts;
    qint64 pos = from;
    while (pos < to) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
        const qint64 n = m_chain->read(ByteOffset(pos), block, qMin(blockCapacity, to - pos));
        if (n <= 0)
            return; // the chain was closed under us: the owner drops this indexer next
        qint64 m = n;
        if (pos + n < to) {
            // Stop at the last newline so that no line (and no banner) straddles two blocks.
            if (const void *nl = memrchr(block, '\n', size_t(n)))
                m = static_cast<const char *>(nl) - block + 1;
        }
        // The open line's last bytes (all of it while it is short) go in front: a banner the
        // previous poll cut in two is whole again, and the line's head is searched anew.
        const bool replacesOpenLine = m_openLineStart >= 0;
        qint64 contextFrom = pos;
        if (replacesOpenLine) {
            contextFrom = qMax(m_openLineStart, pos - Context);
            if (m_chain->read(ByteOffset(contextFrom), block - (pos - contextFrom), pos - contextFrom) !=
                pos - contextFrom)
                return;
        }
        const bool rescansOpenLine = replacesOpenLine && contextFrom == m_openLineStart;
        const QByteArrayView bytes(block - (pos - contextFrom), qsizetype(pos - contextFrom + m));
        cuts.clear();
        MidLineBootFinder::find(bytes, ByteOffset(contextFrom), !replacesOpenLine || rescansOpenLine, cuts,
                                ByteOffset(pos));

        LineIndex part(replacesOpenLine ? m_openLineStart : pos);
        if (replacesOpenLine)
            part.appendLineRest(pos, m_openLineAtCut);
        part.append(pos, block, m, cuts);
        QList<BootSegmentDetector::Candidate> found;
        BootSegmentDetector::scan(bytes, ByteOffset(contextFrom), part, LineNumber(0), found);
        bool rescanned = rescansOpenLine;
        if (replacesOpenLine && !rescansOpenLine && part.lineCount() > 1 && part.beginsAtCut(1)) {
            // The open line, longer than the context, was cut: its head, searched when the line
            // was shorter, may have taken the new boot's banner for its own. Search it again up to
            // the cut.
            found = headCandidates(part.start(0), part.start(1), part.beginsAtCut(0)) + found;
            rescanned = true;
        }
        if (part.isLastLineOpen()) {
            const qint64 last = part.lineCount() - 1;
            m_openLineStart = part.start(last);
            m_openLineAtCut = part.beginsAtCut(last);
        } else {
            m_openLineStart = -1;
            m_openLineAtCut = false;
        }
        pos += m;
        m_end = pos;
        publish(std::move(part), replacesOpenLine, rescanned, std::move(found));
    }
}

QList<BootSegmentDetector::Candidate> AppendIndexer::headCandidates(qint64 lineStart, qint64 lineEnd,
                                                                    bool beginsAtCut) const
{
    const QByteArray head = m_chain->read(ByteOffset(lineStart), qMin(Context, lineEnd - lineStart));
    LineIndex headIndex(lineStart);
    const ByteOffset cutAtStart[] = {ByteOffset(lineStart)};
    headIndex.append(lineStart, head.constData(), head.size(),
                     beginsAtCut ? std::span<const ByteOffset>(cutAtStart) : std::span<const ByteOffset>());
    QList<BootSegmentDetector::Candidate> found;
    BootSegmentDetector::scan(head, ByteOffset(lineStart), headIndex, LineNumber(0), found);
    return found;
}

void AppendIndexer::addMarker(DecodedLine::Kind kind)
{
    LineIndex part(m_end);
    part.appendMarker(kind);
    QList<BootSegmentDetector::Candidate> found;
    if (kind == DecodedLine::Kind::LogRestarted)
        found.append({0, BootSegmentDetector::Candidate::Type::Marker, 0, false});
    m_openLineStart = -1;
    m_openLineAtCut = false;
    publish(std::move(part), false, false, std::move(found));
}

void AppendIndexer::publish(LineIndex part, bool replacesOpenLine, bool openLineRescanned,
                            QList<BootSegmentDetector::Candidate> found)
{
    bool notify = false;
    {
        std::lock_guard lock(m_mutex);
        if (!m_hasPending) {
            m_pending.lines = std::move(part);
            m_pending.replacesOpenLine = replacesOpenLine;
            m_pending.openLineRescanned = openLineRescanned;
            m_pending.candidates = std::move(found);
            m_hasPending = true;
        } else {
            // The open line this part replaces is the pending batch's last line (it came from the
            // previous part), and may be the owner's open line again (line 0 of the batch).
            const qint64 shift = m_pending.lines.lineCount() - (replacesOpenLine ? 1 : 0);
            Q_ASSERT(!replacesOpenLine ||
                     (m_pending.lines.isLastLineOpen() && m_pending.lines.start(shift) == part.begin()));
            m_pending.lines.appendIndex(part, replacesOpenLine);
            for (auto &c : found)
                c.line += shift;
            mergeCandidates(m_pending.candidates, found, replacesOpenLine && openLineRescanned ? shift : -1, 0);
            if (replacesOpenLine && shift == 0 && m_pending.replacesOpenLine)
                m_pending.openLineRescanned = m_pending.openLineRescanned || openLineRescanned;
        }
        notify = !m_readyOutstanding;
        m_readyOutstanding = true;
    }
    if (notify)
        m_ready();
}

} // namespace vcv
