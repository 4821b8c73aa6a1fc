#pragma once

#include "bootlog/LineTypes.h"
#include "bootlog/SearchQuery.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace vcv {

class LogDocument;

/// Searches a LogDocument: all lines in parallel chunks on QThreadPool::globalInstance(), with
/// results reported while it runs, cancellable, and growing as the followed log grows (appended
/// lines are searched as they come; a document reset restarts the search; linesPrepended shifts
/// and completes it).
///
/// The result is the sorted set of matching line numbers; the filter view of it is
/// filteredLines(): the lines matching, or not matching.
///
/// Ownership: the document must outlive the Search (its destructor cancels and waits for its own
/// worker tasks, which read the document).
///
/// Threading: lives in the document's thread; call it and receive its signals there. Worker
/// tasks only read the document (const, thread-safe readers) and hand results back queued. A
/// regular expression is compiled (with JIT) once per worker task, as QRegularExpression is not
/// meant to be matched from several threads at once.
///
/// Invalid input: an invalid regular expression makes start() return false, sets errorString()
/// and emits errorOccurred(); an empty pattern matches nothing.
class Search : public QObject {
    Q_OBJECT
public:
    explicit Search(const LogDocument *document, QObject *parent = nullptr);
    ~Search() override;

    /// Cancels any running search and starts `query`. Returns false for an invalid query.
    bool start(const SearchQuery &query);
    /// Stops the workers (they return at the next chunk boundary) and keeps the results so far.
    /// Following is stopped too until the next start().
    void cancel();
    /// Drops query and results.
    void clear();

    SearchQuery query() const;
    QString errorString() const;
    /// True while chunks are still being searched (not counting follow-ups of appends).
    bool isRunning() const;
    /// Lines searched so far / lines to search (for a progress bar).
    qint64 linesSearched() const;
    qint64 linesTotal() const;

    /// Matching lines found so far, sorted ascending.
    qint64 matchCount() const;
    QList<LineNumber> matches() const;
    bool isMatch(LineNumber line) const;
    /// The first match after / the last match before `line`; invalid when there is none.
    LineNumber nextMatch(LineNumber line) const;
    LineNumber previousMatch(LineNumber line) const;

    /// Filter: the lines that match (`matching` true) or do not match, sorted. "Not matching"
    /// is only meaningful once the search is no longer running (before that it also holds lines
    /// not searched yet). Marker lines never match and always appear in the "not matching" list.
    QList<LineNumber> filteredLines(bool matching) const;

    /// Utility, any thread: does decoded `text` match? (Same rules as the search.)
    static bool matches(const SearchQuery &query, const QString &text);

Q_SIGNALS:
    /// New matches arrived (emitted at most every 50 ms while running, and at the end).
    void matchesChanged(qint64 matchCount);
    void progress(qint64 linesSearched, qint64 linesTotal);
    /// The pass over all lines ended (also after cancel()).
    void finished();
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vcv
