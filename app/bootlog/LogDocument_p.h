#pragma once

// Internals of LogDocument shared with Search and LogExporter (same library). Not an API.

#include "bootlog/AppendIndexer.h"
#include "bootlog/BootSegmentDetector.h"
#include "bootlog/LineIndex.h"
#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"

#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <vector>

namespace vcv {

class LogDocument::Private {
public:
    LogDocument *q = nullptr;
    RotationChain *chain = nullptr; // child of q
    QString error;

    // std::shared_mutex rather than QReadWriteLock: the same job, and ThreadSanitizer (the tsan
    // preset) sees it, whereas Qt's locks live in a library not built with TSan.
    mutable std::shared_mutex lock;
    LineIndex index{0};                                 // guarded by lock
    QList<BootSegmentDetector::Candidate> candidates;   // guarded by lock
    QList<BootSegment> segments;                        // guarded by lock
    bool indexComplete = true;                          // guarded by lock

    // Owner thread only.
    quint64 generation = 0;                   // bumped by open/close: late worker results are dropped
    std::thread worker;                       // indexes the part before the first screen
    std::shared_ptr<std::atomic<bool>> cancel;
    std::unique_ptr<AppendIndexer> appender;  // indexes what follow appends, on its own thread
    QTimer *applyTimer = nullptr;             // paces the merges of its batches
    QElapsedTimer sinceApply;
    // Boot segments of the candidates on complete lines, kept so that appends only add theirs.
    std::optional<BootSegmentDetector::Builder> committedSegments;
    qsizetype committedCandidates = 0;
    qsizetype committedSegmentCount = 0;

    static void indexRange(const RotationChain &chain, qint64 from, qint64 to, LineIndex &index,
                           QList<BootSegmentDetector::Candidate> &candidates, std::shared_mutex *lock,
                           const std::atomic<bool> *cancel, const std::function<void(qint64)> &progress);
    qint64 chooseTailStart(qint64 size) const;
    void startIndexing();
    void stopWorker();
    void mergeHead(LineIndex head, QList<BootSegmentDetector::Candidate> headCandidates);
    void recomputeSegments();
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
