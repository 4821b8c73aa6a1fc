// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: what is left here is one state machine over one lock and one index.
// Opening (tail first, then the history from the head), following appends across rotations and
// recomputing boot segments all change the same LineIndex under LogDocument::Private's lock, and
// their order matters (an append may arrive while the head is still being indexed). The parts
// that stand alone already live apart: LineIndex, RotationChain, BootSegmentDetector,
// MidLineBootFinder, LineDecoder, and Search and LogExporter over LogDocument_p.h.
#include "bootlog/LogDocument.h"

#include "bootlog/BootSegmentDetector.h"
#include "bootlog/LineDecoder.h"
#include "bootlog/LineIndex.h"
#include "bootlog/LogDocument_p.h"
#include "bootlog/MidLineBootFinder.h"
#include "bootlog/RotationChain.h"
#include "bootlog/ThreadHandoff.h"
#include "platform/BackgroundThread.h"

#include <QDateTime>

#include <cstring>

using namespace Qt::StringLiterals;

#include <limits>

namespace vcv {

namespace {

constexpr qint64 ReadBlock = 1 << 20;
/// Logs up to this size are indexed entirely inside open().
constexpr qint64 SyncIndexLimit = 1 << 20;
/// Appends are merged into the document at most this often (about once per frame).
constexpr int ApplyIntervalMs = 16;
/// How far back open() looks for the start of the last lines before giving up and indexing
/// everything at once (a log that is one enormous line).
constexpr qint64 TailSearchLimit = 16 << 20;
/// A history still arriving (historyPartlyArrived()) is put in front once the part there and
/// not yet indexed is 1/PartialPrependFraction of the bytes indexed already, or
/// PartialPrependBytes. Each prepend costs the owner thread a copy of the whole index
/// (mergeHead: the newer lines are appended behind the head), and makes every consumer start
/// over (a running search searches everything again, boot segments are recomputed), so many
/// small prepends of a big log would cost the square of its size. Steps of 1/8 keep the copies
/// together within about 9 times the final index, and their number logarithmic (about 30 for
/// 192 MiB arriving from a 128 KiB window in 1 MiB chunks); the byte cap keeps the steps of a
/// log of GiBs a few seconds apart on a slow link. (Concatenating on the worker instead would
/// need the index as it is at the merge: the appender's batches extend it on the owner thread
/// meanwhile and may replace its open last line.)
constexpr qint64 PartialPrependFraction = 8;
constexpr qint64 PartialPrependBytes = 32 << 20;

} // namespace

void LogDocument::Private::indexRange(const RotationChain &chain, qint64 from, qint64 to, LineIndex &index,
                                      QList<BootSegmentDetector::Candidate> &candidates, std::shared_mutex *lock,
                                      const std::atomic<bool> *cancel, const std::function<void(qint64)> &progress)
{
    // Room in front of each block for the end of a line that goes on into it (a line longer than
    // a block), so that a boot beginning inside that line is found across the blocks' border.
    constexpr qint64 Context = MidLineBootFinder::ContextBytes;
    std::vector<char> buffer(static_cast<size_t>(Context + ReadBlock));
    char *const block = buffer.data() + Context;
    qint64 contextLength = 0;
    bool contextAtLineStart = true; // `from` begins a line
    std::vector<ByteOffset> cuts;
    qint64 pos = from;
    while (pos < to) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return;
        const qint64 n = chain.read(ByteOffset(pos), block, qMin(ReadBlock, to - pos));
        if (n <= 0)
            break;
        qint64 m = n;
        if (pos + n < to) {
            // Stop at the last newline so that no line (and no banner) straddles two blocks.
            const void *nl = memrchr(block, '\n', size_t(n));
            if (nl)
                m = static_cast<const char *>(nl) - block + 1;
        }
        const QByteArrayView bytes(block - contextLength, qsizetype(contextLength + m));
        const ByteOffset bytesAt(pos - contextLength);
        cuts.clear();
        MidLineBootFinder::find(bytes, bytesAt, contextAtLineStart, cuts, ByteOffset(pos));
        qint64 linesBefore = 0;
        if (lock) {
            std::unique_lock locker(*lock);
            linesBefore = index.lineCount();
            index.append(pos, block, m, cuts);
        } else {
            linesBefore = index.lineCount();
            index.append(pos, block, m, cuts);
        }
        // The line open before this block was scanned already; lines cut from it were not.
        BootSegmentDetector::scan(bytes, bytesAt, index, LineNumber(linesBefore), candidates);
        pos += m;
        if (block[m - 1] == '\n') {
            contextLength = 0;
            contextAtLineStart = true;
        } else {
            const qint64 lineStart = index.start(index.lineCount() - 1);
            contextLength = qMin(Context, pos - qMax(lineStart, bytesAt.get()));
            contextAtLineStart = pos - contextLength == lineStart;
            std::memmove(buffer.data() + Context - contextLength, block + m - contextLength, size_t(contextLength));
        }
        if (progress)
            progress(pos);
    }
}

qint64 LogDocument::Private::chooseTailStart(const RotationChain &chain, qint64 size)
{
    if (size <= SyncIndexLimit)
        return 0;
    std::vector<char> buffer(static_cast<size_t>(ReadBlock));
    // The first line start in the last block (not counting a newline that ends the log).
    qint64 blockStart = size - ReadBlock;
    qint64 n = chain.read(ByteOffset(blockStart), buffer.data(), ReadBlock - 1);
    if (n > 0) {
        if (const void *nl = std::memchr(buffer.data(), '\n', size_t(n)))
            return blockStart + (static_cast<const char *>(nl) - buffer.data()) + 1;
    }
    // Huge last line: look back for where it starts.
    while (blockStart > 0 && size - blockStart < TailSearchLimit) {
        const qint64 from = qMax<qint64>(0, blockStart - ReadBlock);
        n = chain.read(ByteOffset(from), buffer.data(), blockStart - from);
        if (n <= 0)
            break;
        if (const void *nl = memrchr(buffer.data(), '\n', size_t(n)))
            return from + (static_cast<const char *>(nl) - buffer.data()) + 1;
        blockStart = from;
    }
    return 0; // index everything before the first screen (in the open job, with progress)
}

void LogDocument::Private::stopWorker()
{
    if (cancel)
        cancel->store(true);
    if (worker.joinable())
        worker.join();
    cancel.reset();
}

void LogDocument::Private::onChain(std::function<void(RotationChain &)> job)
{
    QMetaObject::invokeMethod(chain, handedOver([target = chain, job = std::move(job)] { job(*target); }),
                              Qt::QueuedConnection);
}

qint64 LogDocument::Private::lineStartAtOrAfter(const RotationChain &chain, qint64 offset, qint64 size)
{
    if (offset <= 0)
        return 0;
    std::vector<char> buffer(static_cast<size_t>(ReadBlock));
    // The byte before `offset` is read too: a newline there makes `offset` itself a line start.
    for (qint64 pos = offset - 1; pos < size && pos - offset < TailSearchLimit;) {
        const qint64 n = chain.read(ByteOffset(pos), buffer.data(), qMin(ReadBlock, size - pos));
        if (n <= 0)
            break;
        if (const void *nl = std::memchr(buffer.data(), '\n', size_t(n)))
            return pos + (static_cast<const char *>(nl) - buffer.data()) + 1;
        pos += n;
    }
    return size;
}

void LogDocument::Private::indexTail(const RotationChain &chain, qint64 pendingBefore, Opened &result,
                                     const std::atomic<bool> &cancel,
                                     const std::function<void(qint64, qint64)> &progress)
{
    const qint64 size = chain.size();
    result.tailStart = chooseTailStart(chain, size);
    if (pendingBefore > 0)
        result.tailStart = qMax(result.tailStart, lineStartAtOrAfter(chain, pendingBefore, size));
    result.tail = LineIndex(result.tailStart);
    indexRange(chain, result.tailStart, size, result.tail, result.candidates, nullptr, &cancel,
               [&](qint64 done) { progress(done - result.tailStart, size - result.tailStart); });
}

void LogDocument::Private::startOpen(std::function<bool(RotationChain &)> openChain, bool follow)
{
    opening = true;
    openCancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 gen = generation;
    const qint64 pendingBefore = historyPendingBefore;
    onChain(
        [this, gen, flag = openCancel, openChain = std::move(openChain), follow, pendingBefore](RotationChain &target) {
            auto result = std::make_shared<Opened>();
            result->ok = openChain(target);
            result->error = target.errorString();
            result->permissionDenied = !result->ok && target.isPermissionDenied();
            qint64 lastReport = 0;
            indexTail(target, pendingBefore, *result, *flag, [&](qint64 done, qint64 total) {
                // Only a log that is one enormous line is indexed whole here: say how far it got.
                if (done - lastReport < (16 << 20))
                    return;
                lastReport = done;
                QMetaObject::invokeMethod(q, handedOver([this, gen, done, total] {
                                              if (gen == generation)
                                                  Q_EMIT q->indexingProgress(done, total);
                                          }),
                                          Qt::QueuedConnection);
            });
            if (flag->load())
                return; // closed or opened again meanwhile
            QMetaObject::invokeMethod(q, handedOver([this, gen, result] {
                                          if (gen == generation)
                                              installOpened(std::move(*result));
                                      }),
                                      Qt::QueuedConnection);
            // After the hand-over: what follow finds (grown(), from the size indexed) reaches q's
            // thread after the index it extends.
            if (follow)
                target.setFollowing(true);
        });
}

void LogDocument::Private::installOpened(Opened result)
{
    opening = false;
    openCancel.reset();
    error = result.error;
    permissionDenied = result.permissionDenied;
    frontStart = result.tailStart;
    {
        std::unique_lock locker(lock);
        index = std::move(result.tail);
        candidates = std::move(result.candidates);
        segments.clear();
        arrivals.clear();
        indexComplete = frontStart == 0;
    }
    resetSegments();
    recomputeSegments();
    startAppender();
    // The history of openAwaitingHistory() is indexed when (and as far as) it is there.
    if (frontStart > 0) {
        if (historyPendingBefore == 0)
            startHeadWorker(0, frontStart, HeadPart::Completes);
        else
            continueHistory();
    }
    Q_EMIT q->documentReset();
    if (indexComplete)
        Q_EMIT q->indexingFinished();
    Q_EMIT q->opened(result.ok);
}

void LogDocument::Private::continueHistory()
{
    if (opening || worker.joinable())
        return; // installOpened(), or the merge of the part under way, comes back here
    if (historyFrom >= 0) {
        startHeadWorker(historyFrom, frontStart, HeadPart::Completes);
        return;
    }
    if (partialFrom < 0 || partialFrom >= frontStart)
        return;
    qint64 indexedBytes = 0;
    {
        std::shared_lock locker(lock);
        indexedBytes = index.end() - frontStart;
    }
    const qint64 arrivedBytes = frontStart - partialFrom;
    if (arrivedBytes * PartialPrependFraction < indexedBytes && arrivedBytes < PartialPrependBytes)
        return; // worth a prepend later, with more of it (or at historyArrived())
    const qint64 from = partialFrom;
    partialFrom = -1;
    startHeadWorker(from, frontStart, HeadPart::Partial);
}

void LogDocument::Private::startHeadWorker(qint64 headFrom, qint64 frontEnd, HeadPart part)
{
    const quint64 gen = generation;
    cancel = std::make_shared<std::atomic<bool>>(false);
    auto flag = cancel;
    const RotationChain *source = chain;
    // A part of a history still arriving says nothing of its own progress: the copy's progress
    // is what the user follows then, and the part is indexed at memory speed.
    const bool reportsProgress = part == HeadPart::Completes;
    worker = std::thread([this, gen, flag, source, headFrom, frontEnd, part, reportsProgress] {
        lowerCurrentThreadPriority(); // and of its helper
        // A line start, also when `headFrom` is not one: the byte before it is read too, and
        // where that is still a hole (zeros) it is no newline, so the line that `headFrom`
        // cuts into is left for a later part, which has its beginning.
        const qint64 headStart = qMin(lineStartAtOrAfter(*source, headFrom, frontEnd), frontEnd);
        auto head = std::make_shared<LineIndex>(headStart);
        auto headCandidates = std::make_shared<QList<BootSegmentDetector::Candidate>>();
        // Two halves on two threads, joined at a line start: indexing runs at memory speed,
        // so a second core nearly halves the wait.
        qint64 middle = 0;
        const qint64 half = headStart + (frontEnd - headStart) / 2;
        if (frontEnd - headStart >= 8 * ReadBlock) {
            const QByteArray probe = source->read(ByteOffset(half), ReadBlock);
            const qsizetype nl = probe.indexOf('\n');
            if (nl >= 0 && half + nl + 1 < frontEnd)
                middle = half + nl + 1;
        }
        std::atomic<qint64> secondDone{0};
        LineIndex second(middle);
        QList<BootSegmentDetector::Candidate> secondCandidates;
        std::thread helper;
        if (middle > 0) {
            helper = std::thread([&] {
                indexRange(*source, middle, frontEnd, second, secondCandidates, nullptr, flag.get(),
                           [&](qint64 done) { secondDone = done - middle; });
            });
        }
        const qint64 firstEnd = middle > 0 ? middle : frontEnd;
        qint64 lastReport = 0;
        indexRange(*source, headStart, firstEnd, *head, *headCandidates, nullptr, flag.get(), [&](qint64 done) {
            const qint64 total = done - headStart + secondDone.load();
            if (reportsProgress && total - lastReport >= (16 << 20)) {
                lastReport = total;
                QMetaObject::invokeMethod(q, handedOver([this, gen, total, frontEnd] {
                                              if (gen == generation)
                                                  Q_EMIT q->indexingProgress(total, frontEnd);
                                          }),
                                          Qt::QueuedConnection);
            }
        });
        if (helper.joinable())
            helper.join();
        if (middle > 0 && !flag->load()) {
            const qint64 shift = head->lineCount();
            head->appendIndex(second);
            for (auto c : std::as_const(secondCandidates)) {
                c.line += shift;
                headCandidates->append(c);
            }
        }
        if (reportsProgress) {
            QMetaObject::invokeMethod(q, handedOver([this, gen, frontEnd] {
                                          if (gen == generation)
                                              Q_EMIT q->indexingProgress(frontEnd, frontEnd);
                                      }),
                                      Qt::QueuedConnection);
        }
        if (flag->load())
            return;
        QMetaObject::invokeMethod(q, handedOver([this, gen, head, headCandidates, part] {
                                      if (gen == generation)
                                          mergeHead(std::move(*head), std::move(*headCandidates), part);
                                  }),
                                  Qt::QueuedConnection);
    });
}

void LogDocument::Private::mergeHead(LineIndex head, QList<BootSegmentDetector::Candidate> headCandidates,
                                     HeadPart part)
{
    if (worker.joinable())
        worker.join();
    cancel.reset();
    const bool completes = part == HeadPart::Completes;
    const qint64 headLines = head.lineCount();
    {
        std::unique_lock locker(lock);
        // An empty part (no line start between its offset and the front) changes nothing.
        if (headLines > 0) {
            head.appendIndex(index);
            index = std::move(head);
            for (auto &c : candidates)
                c.line += headLines;
            headCandidates.append(candidates);
            candidates = std::move(headCandidates);
            arrivals.shift(headLines);
        }
        if (completes)
            indexComplete = true;
        frontStart = index.begin();
    }
    // The segments are renumbered before linesPrepended, so that its receivers find the boots
    // they knew by line (their line + the count) and keep showing the same one.
    bool segmentsChanged = false;
    if (headLines > 0 || completes) {
        resetSegments();
        segmentsChanged = updateSegments();
    }
    const quint64 gen = generation;
    if (headLines > 0)
        Q_EMIT q->linesPrepended(headLines);
    if (gen != generation)
        return; // a receiver closed or reopened the document
    if (segmentsChanged)
        Q_EMIT q->bootSegmentsChanged();
    if (completes)
        Q_EMIT q->indexingFinished();
    else
        continueHistory(); // what arrived meanwhile, or the rest once historyArrived() came
}

void LogDocument::Private::resetSegments()
{
    committedSegments.reset();
    committedCandidates = 0;
    committedSegmentCount = 0;
}

QByteArray LogDocument::Private::rawLineLocked(qint64 line, qint64 maxBytes) const
{
    if (line < 0 || line >= index.lineCount() || index.kind(line) != DecodedLine::Kind::Text)
        return {};
    return readLineHead(*chain, index.start(line), index.lineEnd(line), maxBytes);
}

void LogDocument::Private::recomputeSegments()
{
    if (updateSegments())
        Q_EMIT q->bootSegmentsChanged();
}

bool LogDocument::Private::updateSegments()
{
    // Titles and kernel clocks are at a line's start: a guest's 256 MiB line costs no more.
    const auto rawLine = [this](qint64 line) { return rawLineLocked(line, LogDocument::ClassifyBytes); };
    bool changed = false;
    {
        // One write lock for all of it: the kept builder's list is then shared with nobody
        // but `segments`, which lets go of it first, so that appending to it copies nothing.
        std::unique_lock locker(lock);
        const qint64 count = index.lineCount();
        const qint64 completeLines = count - (index.isLastLineOpen() ? 1 : 0);
        // Segments before the last committed one never change: compare only from there.
        const qsizetype from = qMin(qMax<qsizetype>(0, committedSegmentCount - 1), segments.size());
        const QList<BootSegment> previousTail = segments.mid(from);
        segments = {};
        // Candidates on complete lines are final (they only ever come in ascending order, or
        // again for the open last line): they go into the kept builder once. Only the rest is
        // worked out each time, on a copy.
        if (!committedSegments && completeLines > 0)
            committedSegments.emplace(rawLine(0));
        if (committedSegments) {
            while (committedCandidates < candidates.size() && candidates.at(committedCandidates).line < completeLines)
                committedSegments->add(candidates.at(committedCandidates++), rawLine);
        }
        if (count > 0) {
            if (committedSegments && committedCandidates == candidates.size()) {
                segments = committedSegments->segments();
            } else {
                BootSegmentDetector::Builder builder =
                    committedSegments ? *committedSegments : BootSegmentDetector::Builder(rawLine(0));
                for (qsizetype i = committedCandidates; i < candidates.size() && candidates.at(i).line < count; ++i)
                    builder.add(candidates.at(i), rawLine);
                segments = builder.segments();
            }
        }
        changed = segments.size() < from || segments.size() - from != previousTail.size() ||
            !std::equal(previousTail.cbegin(), previousTail.cend(), segments.cbegin() + from);
        committedSegmentCount = committedSegments ? committedSegments->segments().size() : 0;
    }
    return changed;
}

void LogDocument::Private::startAppender()
{
    qint64 end = 0;
    qint64 openLineStart = -1;
    bool openLineAtCut = false;
    {
        std::shared_lock locker(lock);
        end = index.end();
        if (index.isLastLineOpen()) {
            openLineStart = index.start(index.lineCount() - 1);
            openLineAtCut = index.beginsAtCut(index.lineCount() - 1);
        }
    }
    const quint64 gen = generation;
    appender = std::make_unique<AppendIndexer>(chain, end, openLineStart, openLineAtCut, [this, gen] {
        // Worker thread: only post.
        QMetaObject::invokeMethod(q, handedOver([this, gen] {
                                      if (gen == generation)
                                          scheduleApply();
                                  }),
                                  Qt::QueuedConnection);
    });
}

void LogDocument::Private::scheduleApply()
{
    const qint64 since = sinceApply.isValid() ? sinceApply.elapsed() : ApplyIntervalMs;
    if (since >= ApplyIntervalMs)
        applyAppends();
    else if (!applyTimer->isActive())
        applyTimer->start(int(ApplyIntervalMs - since));
}

void LogDocument::Private::applyAppends()
{
    if (!appender)
        return;
    AppendIndexer::Batch batch = appender->take();
    if (batch.isEmpty())
        return;
    sinceApply.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 previousCount = 0;
    bool wasOpen = false;
    bool candidatesChanged = false;
    QList<qint64> markers;
    {
        std::unique_lock locker(lock);
        previousCount = index.lineCount();
        wasOpen = index.isLastLineOpen();
        // A batch begins at the end of the index, or again at the start of its open last line.
        const bool replaces =
            batch.replacesOpenLine && wasOpen && batch.lines.begin() == index.start(previousCount - 1);
        if (!replaces && batch.lines.begin() != index.end())
            return; // not ours (cannot happen: the indexer is replaced whenever the index is)
        const qint64 first = previousCount - (replaces ? 1 : 0);
        index.appendIndex(batch.lines, replaces);
        // The open line that was replaced keeps the time it first came at.
        if (index.lineCount() > previousCount)
            arrivals.record(LineNumber(previousCount), now);
        for (auto &c : batch.candidates)
            c.line += first;
        candidatesChanged = AppendIndexer::mergeCandidates(candidates, batch.candidates,
                                                           replaces && batch.openLineRescanned ? first : -1, now);
        for (const auto &m : batch.lines.markers())
            markers.append(first + m.first);
    }
    for (const qint64 marker : std::as_const(markers))
        Q_EMIT q->logRestarted(LineNumber(marker));
    Q_EMIT q->linesAppended(LineNumber(wasOpen ? previousCount - 1 : previousCount));
    if (candidatesChanged || previousCount == 0 || (wasOpen && previousCount == 1))
        recomputeSegments();
}

bool LogDocument::Private::lineRange(qint64 line, qint64 *start, qint64 *end, DecodedLine::Kind *kind) const
{
    std::shared_lock locker(lock);
    if (line < 0 || line >= index.lineCount())
        return false;
    *start = index.start(line);
    *end = index.lineEnd(line);
    *kind = index.kind(line);
    return true;
}

bool LogDocument::Private::snapshot(qint64 first, qint64 count, std::vector<qint64> &starts,
                                    std::vector<bool> &isMarker) const
{
    std::shared_lock locker(lock);
    if (first < 0 || count <= 0 || first + count > index.lineCount())
        return false;
    starts.resize(size_t(count + 1));
    isMarker.assign(size_t(count), false);
    for (qint64 i = 0; i < count; ++i)
        starts[size_t(i)] = index.start(first + i);
    starts[size_t(count)] = index.lineEnd(first + count - 1);
    for (const auto &m : index.markers()) {
        if (m.first >= first && m.first < first + count)
            isMarker[size_t(m.first - first)] = true;
    }
    return true;
}

QString LogDocument::markerText(DecodedLine::Kind kind)
{
    switch (kind) {
    case DecodedLine::Kind::LogRestarted: return tr("──── log restarted ────");
    case DecodedLine::Kind::LinesLost:
        return tr("──── lines missing: the log rotated faster than it could be read ────");
    case DecodedLine::Kind::Text: break;
    }
    return {};
}

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->io = new QThread(this);
    d->io->setObjectName(u"vcv-log-io"_s);
    d->chain = new RotationChain; // no parent: it lives in io
    d->chain->moveToThread(d->io);
    d->io->start();
    d->applyTimer = new QTimer(this);
    d->applyTimer->setSingleShot(true);
    connect(d->applyTimer, &QTimer::timeout, this, [this] { d->applyAppends(); });
    // The chain only notices growth (stat, cheap, in io); reading and indexing the new bytes is
    // the appender's work, on its own thread. Queued: what the chain reported before a close()
    // arrives while there is no appender, and is dropped.
    connect(d->chain, &RotationChain::grown, this, [this](ByteOffset from, ByteOffset to) {
        if (d->appender)
            d->appender->grown(from.get(), to.get());
    });
    connect(d->chain, &RotationChain::discontinuity, this, [this](ByteOffset at, RotationChain::Discontinuity kind) {
        if (d->appender)
            d->appender->discontinuity(at.get(),
                                       kind == RotationChain::Discontinuity::Restarted ? DecodedLine::Kind::LogRestarted
                                                                                       : DecodedLine::Kind::LinesLost);
    });
    connect(d->chain, &RotationChain::errorOccurred, this, &LogDocument::errorOccurred);
}

LogDocument::~LogDocument()
{
    d->appender.reset();
    d->stopWorker();
    if (d->openCancel)
        d->openCancel->store(true);
    // The chain's watcher and timer belong to io: stop them there, then io, then delete it.
    d->onChain([](RotationChain &target) {
        target.close();
        detail::handoffRelease(&target); // what io wrote last happens before the delete below
        QThread::currentThread()->quit();
    });
    d->io->wait(); // joined through Qt's own locks, which TSan does not see: say it
    detail::handoffAcquire(d->chain);
    delete d->chain;
}

void LogDocument::open(const QString &basePath, bool follow)
{
    close();
    d->openPath(basePath, follow);
}

void LogDocument::openAwaitingHistory(const QString &basePath, ByteOffset historyPendingBefore)
{
    close();
    d->historyPendingBefore = qMax<qint64>(0, historyPendingBefore.get());
    d->openPath(basePath, true);
}

void LogDocument::Private::openPath(const QString &path, bool follow)
{
    basePath = path;
    followable = true;
    following = follow;
    startOpen([path](RotationChain &target) { return target.open(path); }, follow);
}

void LogDocument::historyPartlyArrived(ByteOffset from)
{
    if (d->historyPendingBefore == 0 || d->historyFrom >= 0)
        return; // nothing was pending, or all of it was reported already
    const qint64 arrivedFrom = qBound<qint64>(0, from.get(), d->historyPendingBefore);
    if (d->partialFrom < 0 || arrivedFrom < d->partialFrom)
        d->partialFrom = arrivedFrom;
    if (d->opening || d->basePath.isEmpty())
        return;           // installOpened() goes on from there
    d->continueHistory(); // ignores an offset not before the front
}

void LogDocument::historyArrived(ByteOffset from)
{
    if (d->historyPendingBefore == 0 || d->historyFrom >= 0)
        return; // nothing was pending, or it was reported already
    d->historyFrom = qBound<qint64>(0, from.get(), d->historyPendingBefore);
    d->partialFrom = -1; // the rest is indexed down to historyFrom now
    if (d->opening || d->basePath.isEmpty())
        return; // installOpened() starts it
    if (isIndexComplete())
        Q_EMIT indexingFinished(); // the whole log was in the part indexed at open
    else
        d->continueHistory(); // now, or behind the part being indexed
}

void LogDocument::openFiles(const QStringList &chronologicalFiles)
{
    close();
    d->startOpen([chronologicalFiles](RotationChain &target) { return target.openFiles(chronologicalFiles); }, false);
}

bool LogDocument::isOpening() const
{
    return d->opening;
}

void LogDocument::close()
{
    d->appender.reset();
    d->applyTimer->stop();
    d->sinceApply.invalidate();
    d->stopWorker();
    if (d->openCancel)
        d->openCancel->store(true);
    d->openCancel.reset();
    d->opening = false;
    ++d->generation;
    d->onChain([](RotationChain &target) { target.close(); });
    d->basePath.clear();
    d->followable = false;
    d->following = false;
    d->historyPendingBefore = 0;
    d->historyFrom = -1;
    d->partialFrom = -1;
    d->frontStart = 0;
    {
        std::unique_lock locker(d->lock);
        d->index = LineIndex(0);
        d->candidates.clear();
        d->segments.clear();
        d->arrivals.clear();
        d->indexComplete = true;
    }
    d->resetSegments();
    d->error.clear();
    Q_EMIT documentReset();
}

QString LogDocument::basePath() const
{
    return d->basePath;
}
QString LogDocument::errorString() const
{
    return d->error;
}
bool LogDocument::isPermissionDenied() const
{
    return d->permissionDenied;
}
bool LogDocument::isFollowing() const
{
    return d->following;
}

void LogDocument::setFollowing(bool follow)
{
    if (!d->followable || follow == d->following)
        return;
    d->following = follow;
    d->onChain([follow](RotationChain &target) { target.setFollowing(follow); });
}

const RotationChain *LogDocument::chain() const
{
    return d->chain;
}

qint64 LogDocument::lineCount() const
{
    std::shared_lock locker(d->lock);
    return d->index.lineCount();
}

bool LogDocument::isAwaitingHistory() const
{
    return d->historyPendingBefore > 0 && !isIndexComplete();
}

bool LogDocument::isIndexComplete() const
{
    std::shared_lock locker(d->lock);
    return d->indexComplete;
}

qint64 LogDocument::byteSize() const
{
    std::shared_lock locker(d->lock);
    return d->index.end();
}

DecodedLine LogDocument::line(LineNumber line) const
{
    qint64 start = 0;
    qint64 end = 0;
    DecodedLine::Kind kind = DecodedLine::Kind::Text;
    if (!d->lineRange(line.get(), &start, &end, &kind))
        return {};
    if (kind != DecodedLine::Kind::Text) {
        DecodedLine marker;
        marker.kind = kind;
        marker.text = markerText(kind);
        return marker;
    }
    // Longer lines are decoded only in part; read no more than that.
    const qint64 length = qMin(end - start, qint64(LineDecoder::MaxDecodedBytes) + 2);
    return LineDecoder::decode(d->chain->read(ByteOffset(start), length));
}

QList<DecodedLine> LogDocument::lines(LineNumber first, qint64 count) const
{
    QList<DecodedLine> result;
    const qint64 total = lineCount();
    for (qint64 i = first.get(); i >= 0 && i < first.get() + count && i < total; ++i)
        result.append(line(LineNumber(i)));
    return result;
}

QByteArray LogDocument::rawLine(LineNumber line) const
{
    return rawLineHead(line, std::numeric_limits<qint64>::max());
}

QByteArray LogDocument::rawLineHead(LineNumber line, qint64 maxBytes) const
{
    qint64 start = 0;
    qint64 end = 0;
    DecodedLine::Kind kind = DecodedLine::Kind::Text;
    if (!d->lineRange(line.get(), &start, &end, &kind) || kind != DecodedLine::Kind::Text)
        return {};
    return Private::readLineHead(*d->chain, start, end, maxBytes);
}

QByteArray LogDocument::Private::readLineHead(const RotationChain &chain, qint64 start, qint64 end, qint64 maxBytes)
{
    // Two bytes more than asked for, so that a line end just past the cut is still recognised.
    const qint64 wanted = maxBytes > end - start - 2 ? end - start : maxBytes + 2;
    QByteArray bytes = chain.read(ByteOffset(start), wanted);
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    }
    if (bytes.size() > maxBytes)
        bytes.truncate(maxBytes);
    return bytes;
}

DecodedLine::Kind LogDocument::lineKind(LineNumber line) const
{
    std::shared_lock locker(d->lock);
    if (line.get() < 0 || line.get() >= d->index.lineCount())
        return DecodedLine::Kind::Text;
    return d->index.kind(line.get());
}

ByteOffset LogDocument::lineOffset(LineNumber line) const
{
    std::shared_lock locker(d->lock);
    if (line.get() < 0 || line.get() >= d->index.lineCount())
        return {};
    return ByteOffset(d->index.start(line.get()));
}

LineNumber LogDocument::lineAt(ByteOffset offset) const
{
    std::shared_lock locker(d->lock);
    const qint64 l = d->index.lineAt(offset.get());
    return l >= 0 ? LineNumber(l) : LineNumber();
}

std::optional<qint64> LogDocument::arrivalMsecs(LineNumber line) const
{
    std::shared_lock locker(d->lock);
    return d->arrivals.at(line);
}

QList<BootSegment> LogDocument::bootSegments() const
{
    std::shared_lock locker(d->lock);
    return d->segments;
}

qsizetype LogDocument::segmentOf(LineNumber line) const
{
    std::shared_lock locker(d->lock);
    if (line.get() < 0 || line.get() >= d->index.lineCount())
        return -1;
    qsizetype found = -1;
    for (qsizetype i = 0; i < d->segments.size(); ++i) {
        if (d->segments[i].firstLine <= line)
            found = i;
        else
            break;
    }
    return found;
}

} // namespace vcv
