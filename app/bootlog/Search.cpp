// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/Search.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogDocument_p.h"
#include "bootlog/SearchEngine_p.h"
#include "bootlog/ThreadHandoff.h"
#include "bootlog/Utf8Regex.h"
#include "platform/BackgroundThread.h"

#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr qint64 ChunkLines = 32768;

} // namespace

/// Counts the tasks of one Search still on the pool, so that the Search can wait for exactly
/// those (not for every task of the global pool) before it goes away.
struct TaskCounter
{
    std::mutex mutex;
    std::condition_variable idle;
    int running = 0; // guarded by mutex

    void add()
    {
        std::lock_guard lock(mutex);
        ++running;
    }
    void done()
    {
        std::lock_guard lock(mutex);
        if (--running == 0)
            idle.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(mutex);
        idle.wait(lock, [this] { return running == 0; });
    }
};

class Search::Private
{
public:
    Search *q = nullptr;
    std::shared_ptr<TaskCounter> tasks = std::make_shared<TaskCounter>();
    const LogDocument *doc = nullptr;
    SearchQuery query;
    QString error;
    std::vector<LineMatches> results;          // sorted by line
    qint64 totalMatches = 0;                   // sum of results[].count
    mutable std::vector<qint64> matchesBefore; // prefix sums of results[].count; empty: stale
    quint64 generation = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
    int pendingTasks = 0;
    bool active = false; // a query is set and not cancelled: follow appends
    bool waitingForIndex = false;
    qint64 searched = 0;
    qint64 total = 0;
    QTimer notifyTimer;

    void launch();
    void taskDone(quint64 gen, qint64 lines, const std::vector<LineMatches> &found);
    void insertSorted(const std::vector<LineMatches> &found);
    void dropFrom(qint64 line);
    void clearResults()
    {
        results.clear();
        totalMatches = 0;
        matchesBefore.clear();
    }
    qsizetype indexOf(qint64 line) const
    {
        return std::lower_bound(results.begin(), results.end(), line,
                                [](const LineMatches &m, qint64 l) { return m.line < l; }) -
            results.begin();
    }
    void stopTasks()
    {
        if (cancel)
            cancel->store(true);
        cancel.reset();
        ++generation;
        pendingTasks = 0;
    }
    void notify()
    {
        if (!notifyTimer.isActive())
            notifyTimer.start();
    }
};

void Search::Private::insertSorted(const std::vector<LineMatches> &found)
{
    if (found.empty())
        return;
    matchesBefore.clear();
    for (const LineMatches &m : found)
        totalMatches += m.count;
    // Room for what the whole search will likely find, judged by what it found so far: a
    // pattern that matches every line of a big log would otherwise grow the list by doubling,
    // copying it each time into memory mapped afresh.
    const size_t needed = results.size() + found.size();
    if (needed > results.capacity() && searched > 0 && total > searched) {
        const double perLine = double(needed) / double(searched + ChunkLines);
        results.reserve(size_t(double(needed) + perLine * double(total - searched) * 1.1));
    }
    if (results.empty() || results.back().line < found.front().line) {
        results.insert(results.end(), found.begin(), found.end());
        return;
    }
    const auto mid = results.size();
    results.insert(results.end(), found.begin(), found.end());
    std::inplace_merge(results.begin(), results.begin() + qsizetype(mid), results.end(),
                       [](const LineMatches &a, const LineMatches &b) { return a.line < b.line; });
}

void Search::Private::dropFrom(qint64 line)
{
    const auto from = results.begin() + indexOf(line);
    for (auto it = from; it != results.end(); ++it)
        totalMatches -= it->count;
    results.erase(from, results.end());
    matchesBefore.clear();
}

void Search::Private::launch()
{
    waitingForIndex = false;
    const qint64 lines = doc->lineCount();
    qint64 closed = lines;
    {
        std::shared_lock locker(doc->d->lock);
        if (doc->d->index.lineCount() == lines && doc->d->index.isLastLineOpen())
            closed = lines - 1;
    }
    total = lines;
    searched = 0;
    cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 gen = generation;
    for (qint64 first = 0; first < closed; first += ChunkLines) {
        const qint64 count = qMin(ChunkLines, closed - first);
        ++pendingTasks;
        auto flag = cancel;
        const SearchQuery qy = query;
        const LogDocument::Private *dp = doc->d.get();
        auto counter = tasks;
        counter->add();
        startHandedOver(QThreadPool::globalInstance(), [this, gen, flag, qy, dp, first, count, counter] {
            lowerCurrentThreadPriority();
            if (!flag->load()) {
                std::vector<LineMatches> found = searchLines(*dp, qy, first, count, flag.get());
                if (!flag->load()) {
                    QMetaObject::invokeMethod(
                        q, handedOver([this, gen, count, found = std::move(found)] { taskDone(gen, count, found); }),
                        Qt::QueuedConnection);
                }
            }
            counter->done();
        });
    }
    // The last line may still grow: it is searched here and again on each append.
    if (closed < lines) {
        insertSorted(searchLines(*doc->d, query, closed, lines - closed, nullptr));
        searched += lines - closed;
    }
    if (pendingTasks == 0) {
        notifyTimer.stop();
        Q_EMIT q->progress(searched, total);
        Q_EMIT q->matchesChanged(totalMatches);
        Q_EMIT q->finished();
    }
}

void Search::Private::taskDone(quint64 gen, qint64 lines, const std::vector<LineMatches> &found)
{
    if (gen != generation)
        return;
    insertSorted(found);
    searched += lines;
    if (--pendingTasks == 0) {
        notifyTimer.stop();
        Q_EMIT q->progress(searched, total);
        Q_EMIT q->matchesChanged(totalMatches);
        Q_EMIT q->finished();
    } else {
        notify();
    }
}

Search::Search(const LogDocument *document, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->doc = document;
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(50);
    connect(&d->notifyTimer, &QTimer::timeout, this, [this] {
        Q_EMIT progress(d->searched, d->total);
        Q_EMIT matchesChanged(d->totalMatches);
    });
    connect(document, &LogDocument::indexingFinished, this, [this] {
        if (d->waitingForIndex)
            d->launch();
    });
    connect(document, &LogDocument::linesPrepended, this, [this] {
        // Only a search over the newest lines of a remote log runs before the history is put
        // in front; its line numbers are stale now: search everything.
        if (d->active && !d->waitingForIndex)
            start(d->query);
    });
    connect(document, &LogDocument::documentReset, this, [this] {
        if (d->active)
            start(d->query);
        else
            clear();
    });
    connect(document, &LogDocument::linesAppended, this, [this](LineNumber first) {
        if (!d->active || d->waitingForIndex)
            return;
        const qint64 lines = d->doc->lineCount();
        const qint64 from = qMax<qint64>(0, first.get());
        d->dropFrom(from);
        if (lines > from)
            d->insertSorted(searchLines(*d->doc->d, d->query, from, lines - from, nullptr));
        d->searched += qMax<qint64>(0, lines - d->total);
        d->total = lines;
        d->notify();
    });
}

Search::~Search()
{
    d->stopTasks();
    // Cancelled tasks stop at their next check; wait for them (only ours), so that none posts
    // to this object or reads the document after they are gone. Posted results still queued
    // are dropped by Qt with this object.
    d->tasks->wait();
}

bool Search::start(const SearchQuery &query)
{
    d->stopTasks();
    d->clearResults();
    d->query = query;
    d->error.clear();
    d->searched = 0;
    d->total = 0;
    d->active = false;
    d->waitingForIndex = false;
    if (query.isEmpty()) {
        Q_EMIT matchesChanged(0);
        Q_EMIT finished();
        return true;
    }
    // Checked as the workers will match it (Utf8Regex refuses \C, which QRegularExpression takes).
    const Utf8Regex re(patternOf(query), optionsOf(query));
    if (!re.isValid()) {
        d->error = tr("Invalid regular expression: %1 (at %2)").arg(re.errorString()).arg(re.patternErrorOffset());
        Q_EMIT errorOccurred(d->error);
        return false;
    }
    d->active = true;
    Q_EMIT matchesChanged(0);
    // A local log's history is indexed within seconds: wait for it. A remote log's arrives
    // over the network, maybe for minutes: search the newest lines now, and all of them again
    // once the history is in front (linesPrepended).
    if (!d->doc->isIndexComplete() && !d->doc->isAwaitingHistory()) {
        d->waitingForIndex = true;
        return true;
    }
    d->launch();
    return true;
}

void Search::cancel()
{
    const bool wasRunning = d->pendingTasks > 0 || d->waitingForIndex;
    d->stopTasks();
    d->active = false;
    d->waitingForIndex = false;
    if (wasRunning) {
        Q_EMIT matchesChanged(d->totalMatches);
        Q_EMIT finished();
    }
}

void Search::clear()
{
    cancel();
    d->clearResults();
    d->query = SearchQuery{};
    d->error.clear();
    d->searched = 0;
    d->total = 0;
    Q_EMIT matchesChanged(0);
}

SearchQuery Search::query() const
{
    return d->query;
}
QString Search::errorString() const
{
    return d->error;
}
bool Search::isRunning() const
{
    return d->pendingTasks > 0 || d->waitingForIndex;
}
qint64 Search::linesSearched() const
{
    return d->searched;
}
qint64 Search::linesTotal() const
{
    return d->total;
}
qint64 Search::matchCount() const
{
    return d->totalMatches;
}
qint64 Search::matchingLineCount() const
{
    return qint64(d->results.size());
}

QList<LineNumber> Search::matchingLines() const
{
    QList<LineNumber> out;
    out.reserve(qsizetype(d->results.size()));
    for (const LineMatches &m : d->results)
        out.append(LineNumber(m.line));
    return out;
}

bool Search::isMatchingLine(LineNumber line) const
{
    return matchesInLine(line) > 0;
}

int Search::matchesInLine(LineNumber line) const
{
    const qsizetype i = d->indexOf(line.get());
    return i < qsizetype(d->results.size()) && d->results[size_t(i)].line == line.get() ? d->results[size_t(i)].count
                                                                                        : 0;
}

qint64 Search::matchesBefore(LineNumber line) const
{
    if (d->matchesBefore.size() != d->results.size() + 1) {
        d->matchesBefore.resize(d->results.size() + 1);
        qint64 sum = 0;
        for (size_t i = 0; i < d->results.size(); ++i) {
            d->matchesBefore[i] = sum;
            sum += d->results[i].count;
        }
        d->matchesBefore.back() = sum;
    }
    return d->matchesBefore[size_t(d->indexOf(line.get()))];
}

Search::MatchPosition Search::matchAt(qint64 index) const
{
    if (index < 0 || index >= d->totalMatches)
        return {};
    matchesBefore(LineNumber(0)); // makes the prefix sums current
    const auto &before = d->matchesBefore;
    const auto it = std::upper_bound(before.begin(), before.end() - 1, index) - 1;
    const size_t i = size_t(it - before.begin());
    return {LineNumber(d->results[i].line), int(index - *it)};
}

LineNumber Search::nextMatchingLine(LineNumber line) const
{
    const qsizetype i = d->indexOf(line.get() + 1);
    return i == qsizetype(d->results.size()) ? LineNumber() : LineNumber(d->results[size_t(i)].line);
}

LineNumber Search::previousMatchingLine(LineNumber line) const
{
    const qsizetype i = d->indexOf(line.get());
    return i == 0 ? LineNumber() : LineNumber(d->results[size_t(i) - 1].line);
}

QList<LineNumber> Search::filteredLines(bool matching) const
{
    if (matching)
        return matchingLines();
    QList<LineNumber> out;
    const qint64 lines = d->doc->lineCount();
    auto it = d->results.begin();
    for (qint64 l = 0; l < lines; ++l) {
        while (it != d->results.end() && it->line < l)
            ++it;
        if (it == d->results.end() || it->line != l)
            out.append(LineNumber(l));
    }
    return out;
}

bool Search::matches(const SearchQuery &query, const QString &text)
{
    if (query.isEmpty())
        return false;
    return threadRegex(query).match(text).hasMatch();
}

int Search::countMatches(const SearchQuery &query, QStringView lineText)
{
    if (query.isEmpty())
        return 0;
    return vcv::countMatches(threadRegex(query), lineText);
}

QRegularExpression Search::regularExpression(const SearchQuery &query)
{
    return QRegularExpression(patternOf(query), optionsOf(query));
}

} // namespace vcv
