// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootSegmentDetector.h"
#include "bootlog/DecodedLine.h"
#include "bootlog/LineIndex.h"

#include <QList>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace vcv {

class RotationChain;

/// Indexes what a followed RotationChain appends, on a thread of its own: reads the new bytes,
/// finds the line ends and the boot candidates among them, and keeps the result as one pending
/// Batch that grows until the owner takes it. The owner's thread so does only the merge of a
/// ready index (a few bytes per line), however fast the log grows.
///
/// The stream is described by events in order, as the chain reports them: grown(from, to) and
/// discontinuity(at) (a marker line). Events that do not continue where the last one ended are
/// stale (a chain reopened meanwhile) and ignored.
///
/// A line still open when bytes arrive is indexed again, from its start: its last
/// MidLineBootFinder::ContextBytes are read again (its head, while it is shorter than that, is
/// searched for boot candidates anew), so that a boot that begins inside it is found even when
/// the banner came in two pieces, and the line is cut there. A batch therefore begins either at
/// the end of what the owner has, or at the start of the owner's open last line, which it replaces.
///
/// Threading: construct, feed and take() in the owner's thread; `ready` is called on the
/// worker thread when a batch has become available and the previous one was taken (so at most
/// one call is outstanding); it must only post to the owner. The chain's read() is used from
/// the worker, which is thread-safe. The destructor stops and joins the worker.
class AppendIndexer
{
public:
    struct Batch
    {
        /// The new lines: bytes [lines.begin(), lines.end()) of the stream, markers included.
        LineIndex lines{0};
        /// Line 0 of `lines` is the owner's open last line again (lines.begin() is its start),
        /// indexed anew: it takes that line's place (LineIndex::appendIndex(…, true)).
        bool replacesOpenLine = false;
        /// With replacesOpenLine: the head of that line was searched again, so the candidates on
        /// line 0 here are all of its candidates (those the owner has for it give way).
        bool openLineRescanned = false;
        /// Boot candidates, line numbers relative to `lines`.
        QList<BootSegmentDetector::Candidate> candidates;
        bool isEmpty() const { return lines.lineCount() == 0 && lines.end() == lines.begin(); }
    };

    /// Starts after byte `end` of `chain`; `openLineStart` is where the open last line starts
    /// (-1: the stream ends with a complete line), `openLineAtCut` whether it begins at a cut.
    AppendIndexer(const RotationChain *chain, qint64 end, qint64 openLineStart, bool openLineAtCut,
                  std::function<void()> ready);
    ~AppendIndexer();
    AppendIndexer(const AppendIndexer &) = delete;
    AppendIndexer &operator=(const AppendIndexer &) = delete;

    void grown(qint64 from, qint64 to);
    void discontinuity(qint64 at, DecodedLine::Kind marker);
    /// The lines indexed since the last take() (empty when there are none).
    Batch take();

    /// Appends `found` (ascending, numbered as `into`) to `into`. When `rescannedLine` >= 0 (the
    /// last line of `into`, searched again from its start), its candidates in `into` give way to
    /// those in `found`, which keep when the same type was first seen. Candidates without a
    /// seenAtMs get `seenAtMs`. Returns whether `into` changed in more than seenAtMs.
    static bool mergeCandidates(QList<BootSegmentDetector::Candidate> &into,
                                const QList<BootSegmentDetector::Candidate> &found, qint64 rescannedLine,
                                qint64 seenAtMs);

private:
    struct Grow
    {
        qint64 from;
        qint64 to;
    };
    struct Marker
    {
        qint64 at;
        DecodedLine::Kind kind;
    };
    using Event = std::variant<Grow, Marker>;

    void run();
    void index(qint64 from, qint64 to);
    /// The candidates of the line [lineStart, lineEnd), which holds no newline: its head read
    /// again and searched.
    QList<BootSegmentDetector::Candidate> headCandidates(qint64 lineStart, qint64 lineEnd, bool beginsAtCut) const;
    void addMarker(DecodedLine::Kind kind);
    void publish(LineIndex part, bool replacesOpenLine, bool openLineRescanned,
                 QList<BootSegmentDetector::Candidate> found);

    const RotationChain *m_chain;
    std::function<void()> m_ready;

    // Worker thread only (set before it starts).
    qint64 m_end;
    qint64 m_openLineStart;
    bool m_openLineAtCut;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Event> m_events;     // guarded by m_mutex
    Batch m_pending;                 // guarded by m_mutex
    bool m_hasPending = false;       // guarded by m_mutex
    bool m_readyOutstanding = false; // guarded by m_mutex
    bool m_stop = false;             // guarded by m_mutex
    std::thread m_thread;            // started by the first event
};

} // namespace vcv
