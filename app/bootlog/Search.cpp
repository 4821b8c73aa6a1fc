#include "bootlog/Search.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogDocument_p.h"

#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr qint64 ChunkLines = 32768;

QRegularExpression::PatternOptions optionsOf(const SearchQuery &query)
{
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    if (query.wholeWord)
        options |= QRegularExpression::UseUnicodePropertiesOption;
    return options;
}

QString patternOf(const SearchQuery &query)
{
    QString p = query.regularExpression ? query.pattern : QRegularExpression::escape(query.pattern);
    if (query.wholeWord)
        p = u"(?<!\\w)(?:"_s % p % u")(?!\\w)"_s;
    return p;
}

/// The compiled expression of this thread for `query`: QRegularExpression is compiled (and
/// JIT-compiled on first use) once per thread and query, never shared between threads.
const QRegularExpression &threadRegex(const SearchQuery &query)
{
    thread_local QString pattern;
    thread_local QRegularExpression::PatternOptions options;
    thread_local QRegularExpression re;
    const QString p = patternOf(query);
    const auto o = optionsOf(query);
    if (p != pattern || o != options || !re.isValid() || re.pattern().isEmpty()) {
        pattern = p;
        options = o;
        re = QRegularExpression(p, o);
        re.optimize();
    }
    return re;
}

/// An ASCII literal can be looked for in the raw bytes first.
QByteArray asciiLiteral(const SearchQuery &query)
{
    if (query.regularExpression || query.pattern.isEmpty())
        return {};
    for (const QChar c : query.pattern) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7F)
            return {};
    }
    QByteArray bytes = query.pattern.toLatin1();
    return query.caseSensitive ? bytes : bytes.toLower();
}

void lowerAscii(QByteArray &bytes)
{
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
}

void appendDecoded(QString &out, QByteArrayView raw)
{
    if (raw.endsWith('\n')) {
        raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
    }
    bool simple = raw.size() <= LineDecoder::MaxDecodedBytes;
    for (const char ch : raw) {
        const auto c = uchar(ch);
        if (c >= 0x7F || (c < 0x20 && c != '\t')) {
            simple = false;
            break;
        }
    }
    if (simple)
        out.append(QLatin1StringView(raw));
    else
        out.append(LineDecoder::decodeText(raw));
}

/// Searches lines [first, first+count) of the document; returns the matching ones, ascending.
std::vector<qint64> searchLines(const LogDocument::Private &doc, const SearchQuery &query, qint64 first,
                                qint64 count, const std::atomic<bool> *cancel)
{
    std::vector<qint64> found;
    std::vector<qint64> starts;
    std::vector<bool> isMarker;
    if (!doc.snapshot(first, count, starts, isMarker))
        return found;
    const qint64 base = starts.front();
    const QByteArray chunk = doc.chain->read(ByteOffset(base), starts.back() - base);
    if (chunk.size() != starts.back() - base)
        return found;
    if (cancel && cancel->load(std::memory_order_relaxed))
        return found;
    const QRegularExpression &re = threadRegex(query);
    auto lineBytes = [&](qint64 i) {
        return QByteArrayView(chunk.constData() + (starts[size_t(i)] - base),
                              qsizetype(starts[size_t(i) + 1] - starts[size_t(i)]));
    };
    auto lineOf = [&](qint64 chunkPos) {
        return qint64(std::upper_bound(starts.begin(), starts.end() - 1, base + chunkPos) - starts.begin()) - 1;
    };
    auto verify = [&](qint64 i) {
        return !isMarker[size_t(i)] && re.match(LineDecoder::decodeText(lineBytes(i))).hasMatch();
    };

    const QByteArray literal = asciiLiteral(query);
    if (!literal.isEmpty()) {
        // Candidates: lines holding the bytes, and lines whose text decoding can change (escape
        // sequences, CR and backspace rewrite what is shown). Each is then checked exactly.
        std::vector<char> candidate(size_t(count), 0);
        QByteArray lowered;
        const QByteArray *hay = &chunk;
        if (!query.caseSensitive) {
            lowered = chunk;
            lowerAscii(lowered);
            hay = &lowered;
        }
        const char *data = hay->constData();
        const size_t size = size_t(hay->size());
        size_t pos = 0;
        while (pos < size) {
            const void *hit = memmem(data + pos, size - pos, literal.constData(), size_t(literal.size()));
            if (!hit)
                break;
            const qint64 line = lineOf(static_cast<const char *>(hit) - data);
            candidate[size_t(line)] = 1;
            pos = size_t(starts[size_t(line) + 1] - base);
        }
        for (const char special : {'\x1b', '\r', '\b'}) {
            pos = 0;
            while (pos < size) {
                const void *hit = std::memchr(data + pos, special, size - pos);
                if (!hit)
                    break;
                const qint64 line = lineOf(static_cast<const char *>(hit) - data);
                candidate[size_t(line)] = 1;
                pos = size_t(starts[size_t(line) + 1] - base);
            }
        }
        for (qint64 i = 0; i < count; ++i) {
            if (candidate[size_t(i)] && verify(i))
                found.push_back(first + i);
        }
        return found;
    }

    // Regular expressions (and non-ASCII literals): one pass over the chunk's decoded text, one
    // line per text line, then an exact check of any match that reached across a line end.
    QString text;
    text.reserve(chunk.size() + count);
    std::vector<qsizetype> textStart(size_t(count) + 1);
    for (qint64 i = 0; i < count; ++i) {
        textStart[size_t(i)] = text.size();
        if (!isMarker[size_t(i)])
            appendDecoded(text, lineBytes(i));
        text.append(u'\n');
    }
    textStart[size_t(count)] = text.size();
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        // The text is ours and valid UTF-16 (the decoder never makes a lone surrogate): skip
        // PCRE2's check of the whole subject, which would otherwise run again on every call.
        const QRegularExpressionMatch m =
            re.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.hasMatch())
            break;
        const qsizetype s = m.capturedStart();
        const qint64 line = qint64(std::upper_bound(textStart.begin(), textStart.end() - 1, s) - textStart.begin()) - 1;
        if (line < 0 || line >= count)
            break;
        const qsizetype lineTextEnd = textStart[size_t(line) + 1] - 1; // the '\n'
        const bool within = m.capturedEnd() <= lineTextEnd && s <= lineTextEnd;
        if (!isMarker[size_t(line)] && (within ? true : verify(line)))
            found.push_back(first + line);
        pos = textStart[size_t(line) + 1];
    }
    return found;
}

} // namespace

/// Counts the tasks of one Search still on the pool, so that the Search can wait for exactly
/// those (not for every task of the global pool) before it goes away.
struct TaskCounter {
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

class Search::Private {
public:
    Search *q = nullptr;
    std::shared_ptr<TaskCounter> tasks = std::make_shared<TaskCounter>();
    const LogDocument *doc = nullptr;
    SearchQuery query;
    QString error;
    std::vector<qint64> results;     // sorted
    quint64 generation = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
    int pendingTasks = 0;
    bool active = false;             // a query is set and not cancelled: follow appends
    bool waitingForIndex = false;
    qint64 searched = 0;
    qint64 total = 0;
    QTimer notifyTimer;

    void launch();
    void taskDone(quint64 gen, qint64 lines, std::vector<qint64> found);
    void insertSorted(const std::vector<qint64> &found);
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

void Search::Private::insertSorted(const std::vector<qint64> &found)
{
    if (found.empty())
        return;
    if (results.empty() || results.back() < found.front()) {
        results.insert(results.end(), found.begin(), found.end());
        return;
    }
    const auto mid = results.size();
    results.insert(results.end(), found.begin(), found.end());
    std::inplace_merge(results.begin(), results.begin() + qsizetype(mid), results.end());
}

void Search::Private::launch()
{
    waitingForIndex = false;
    const qint64 lines = doc->lineCount();
    qint64 closed = lines;
    {
        QReadLocker locker(&doc->d->lock);
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
        QThreadPool::globalInstance()->start([this, gen, flag, qy, dp, first, count, counter] {
            if (!flag->load()) {
                std::vector<qint64> found = searchLines(*dp, qy, first, count, flag.get());
                if (!flag->load()) {
                    QMetaObject::invokeMethod(q, [this, gen, count, found = std::move(found)]() mutable {
                        taskDone(gen, count, std::move(found));
                    }, Qt::QueuedConnection);
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
        Q_EMIT q->matchesChanged(qint64(results.size()));
        Q_EMIT q->finished();
    }
}

void Search::Private::taskDone(quint64 gen, qint64 lines, std::vector<qint64> found)
{
    if (gen != generation)
        return;
    insertSorted(found);
    searched += lines;
    if (--pendingTasks == 0) {
        notifyTimer.stop();
        Q_EMIT q->progress(searched, total);
        Q_EMIT q->matchesChanged(qint64(results.size()));
        Q_EMIT q->finished();
    } else {
        notify();
    }
}

Search::Search(const LogDocument *document, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->doc = document;
    d->notifyTimer.setSingleShot(true);
    d->notifyTimer.setInterval(50);
    connect(&d->notifyTimer, &QTimer::timeout, this, [this] {
        Q_EMIT progress(d->searched, d->total);
        Q_EMIT matchesChanged(qint64(d->results.size()));
    });
    connect(document, &LogDocument::indexingFinished, this, [this] {
        if (d->waitingForIndex)
            d->launch();
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
        d->results.erase(std::lower_bound(d->results.begin(), d->results.end(), from), d->results.end());
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
    d->results.clear();
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
    const QRegularExpression re(patternOf(query), optionsOf(query));
    if (!re.isValid()) {
        d->error = tr("Invalid regular expression: %1 (at %2)").arg(re.errorString()).arg(re.patternErrorOffset());
        Q_EMIT errorOccurred(d->error);
        return false;
    }
    d->active = true;
    Q_EMIT matchesChanged(0);
    if (!d->doc->isIndexComplete()) {
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
        Q_EMIT matchesChanged(qint64(d->results.size()));
        Q_EMIT finished();
    }
}

void Search::clear()
{
    cancel();
    d->results.clear();
    d->query = SearchQuery{};
    d->error.clear();
    d->searched = 0;
    d->total = 0;
    Q_EMIT matchesChanged(0);
}

SearchQuery Search::query() const { return d->query; }
QString Search::errorString() const { return d->error; }
bool Search::isRunning() const { return d->pendingTasks > 0 || d->waitingForIndex; }
qint64 Search::linesSearched() const { return d->searched; }
qint64 Search::linesTotal() const { return d->total; }
qint64 Search::matchCount() const { return qint64(d->results.size()); }

QList<LineNumber> Search::matches() const
{
    QList<LineNumber> out;
    out.reserve(qsizetype(d->results.size()));
    for (const qint64 l : d->results)
        out.append(LineNumber(l));
    return out;
}

bool Search::isMatch(LineNumber line) const
{
    return std::binary_search(d->results.begin(), d->results.end(), line.get());
}

LineNumber Search::nextMatch(LineNumber line) const
{
    const auto it = std::upper_bound(d->results.begin(), d->results.end(), line.get());
    return it == d->results.end() ? LineNumber() : LineNumber(*it);
}

LineNumber Search::previousMatch(LineNumber line) const
{
    const auto it = std::lower_bound(d->results.begin(), d->results.end(), line.get());
    return it == d->results.begin() ? LineNumber() : LineNumber(*(it - 1));
}

QList<LineNumber> Search::filteredLines(bool matching) const
{
    if (matching)
        return matches();
    QList<LineNumber> out;
    const qint64 lines = d->doc->lineCount();
    auto it = d->results.begin();
    for (qint64 l = 0; l < lines; ++l) {
        while (it != d->results.end() && *it < l)
            ++it;
        if (it == d->results.end() || *it != l)
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

} // namespace vcv
