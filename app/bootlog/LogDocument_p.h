// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internals of LogDocument shared with Search and LogExporter (same library). Not an API.

#include "bootlog/AppendIndexer.h"
#include "bootlog/BootSegmentDetector.h"
#include "bootlog/LineArrivalTimes.h"
#include "bootlog/LineIndex.h"
#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <vector>

namespace vcv {

class LogDocument::Private
{
public:
    LogDocument *q = nullptr;
    // The chain lives in `io`: opening the files, stat-ing them while following, retrying a
    // rotation under way and indexing the first screen all happen there, never in q's thread
    // (a log on a slow or hung file system must not stop the window). Its size() and read()
    // are thread-safe and are what every other thread uses.
    RotationChain *chain = nullptr;
    QThread *io = nullptr;
    // What q's thread knows of the chain (its own members belong to `io`).
    QString basePath;
    QString error;
    bool permissionDenied = false; // the last open failed on a file this user may not read
    bool followable = false;       // opened by base path (openFiles() never follows)
    bool following = false;
    bool opening = false; // open()/openFiles() posted, opened() not emitted yet
    // openAwaitingHistory(): the bytes before this offset were not there at open (0 otherwise).
    qint64 historyPendingBefore = 0;
    // historyArrived()'s offset, kept until the open is installed and while a part before it
    // is being indexed; -1 when not (yet) called.
    qint64 historyFrom = -1;
    // The lowest offset historyPartlyArrived() reported that is not indexed yet: it waits for
    // the open to be installed, for the head worker under way, or for enough bytes to be worth a
    // prepend (continueHistory()); -1 when there is none.
    qint64 partialFrom = -1;
    // Where the document begins: the part indexed at open (installOpened), then each part put
    // in front (mergeHead). Always a line start. The same as index.begin(), readable here
    // without the lock.
    qint64 frontStart = 0;
    std::shared_ptr<std::atomic<bool>> openCancel; // stops the open job's indexing

    /// What the open job hands back to q's thread.
    struct Opened
    {
        bool ok = false;
        QString error;
        bool permissionDenied = false;
        qint64 tailStart = 0;
        LineIndex tail{0};
        QList<BootSegmentDetector::Candidate> candidates;
    };

    // std::shared_mutex rather than QReadWriteLock: the same job, and ThreadSanitizer (the tsan
    // preset) sees it, whereas Qt's locks live in a library not built with TSan.
    mutable std::shared_mutex lock;
    LineIndex index{0};                               // guarded by lock
    QList<BootSegmentDetector::Candidate> candidates; // guarded by lock
    QList<BootSegment> segments;                      // guarded by lock
    LineArrivalTimes arrivals;                        // guarded by lock
    bool indexComplete = true;                        // guarded by lock

    // Owner thread only.
    quint64 generation = 0; // bumped by open/close: late worker results are dropped
    std::thread worker;     // indexes the part before the first screen
    std::shared_ptr<std::atomic<bool>> cancel;
    std::unique_ptr<AppendIndexer> appender; // indexes what follow appends, on its own thread
    QTimer *applyTimer = nullptr;            // paces the merges of its batches
    QElapsedTimer sinceApply;
    // Boot segments of the candidates on complete lines, kept so that appends only add theirs.
    std::optional<BootSegmentDetector::Builder> committedSegments;
    qsizetype committedCandidates = 0;
    qsizetype committedSegmentCount = 0;

    static void indexRange(const RotationChain &chain, qint64 from, qint64 to, LineIndex &index,
                           QList<BootSegmentDetector::Candidate> &candidates, std::shared_mutex *lock,
                           const std::atomic<bool> *cancel, const std::function<void(qint64)> &progress);
    static qint64 chooseTailStart(const RotationChain &chain, qint64 size);
    /// The first line start at or after `offset` (0 for 0); `size` when none is found within
    /// TailSearchLimit bytes.
    static qint64 lineStartAtOrAfter(const RotationChain &chain, qint64 offset, qint64 size);
    /// Posts the open job to `io`: `openChain` opens the chain there (returns ok), then the
    /// end of the log is indexed there and handed to installOpened().
    void startOpen(std::function<bool(RotationChain &)> openChain, bool follow);
    /// In `io`: indexes the end of the log just opened (all of it when it is small, or one line
    /// whose start is too far back to look for).
    /// Nothing before `pendingBefore` is indexed (those bytes are not there yet).
    static void indexTail(const RotationChain &chain, qint64 pendingBefore, Opened &result,
                          const std::atomic<bool> &cancel, const std::function<void(qint64, qint64)> &progress);
    /// open()'s work after close(): the chain of `path`, followed or not.
    void openPath(const QString &path, bool follow);
    void installOpened(Opened result);
    /// Whether putting a head in front ends the indexing (isIndexComplete(), indexingFinished)
    /// or is one step of a history that is still arriving.
    enum class HeadPart { Completes, Partial };
    /// Indexes [the first line start at or after headFrom, frontEnd) in the background and puts
    /// it in front (mergeHead). Only one runs at a time.
    void startHeadWorker(qint64 headFrom, qint64 frontEnd, HeadPart part);
    /// Starts the head worker for what of an awaited history is there and not indexed yet
    /// (historyFrom, else partialFrom when it is worth a prepend); nothing while one runs.
    void continueHistory();
    /// Runs `job` on the chain in `io`, after everything posted before.
    void onChain(std::function<void(RotationChain &)> job);
    void stopWorker();
    void mergeHead(LineIndex head, QList<BootSegmentDetector::Candidate> headCandidates, HeadPart part);
    void recomputeSegments();
    /// recomputeSegments() without the signal: true when the segments changed.
    bool updateSegments();
    void startAppender();
    void scheduleApply();
    void applyAppends();
    void resetSegments();

    /// The bytes of `line` without its line end; the caller holds `lock`.
    /// At most `maxBytes` of the line (without its line end when the whole line fits).
    QByteArray rawLineLocked(qint64 line, qint64 maxBytes) const;
    /// The bytes [start, end) of a line, at most `maxBytes` of them, without its line end.
    static QByteArray readLineHead(const RotationChain &chain, qint64 start, qint64 end, qint64 maxBytes);

    /// Thread-safe readers.
    bool lineRange(qint64 line, qint64 *start, qint64 *end, DecodedLine::Kind *kind) const;
    /// Starts of lines [first, first+count) plus the end of the last one; false when out of range.
    bool snapshot(qint64 first, qint64 count, std::vector<qint64> &starts, std::vector<bool> &isMarker) const;
};

} // namespace vcv
