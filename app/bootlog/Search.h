// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"
#include "bootlog/SearchQuery.h"

#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace vcv {

class LogDocument;

/// Searches a LogDocument: all lines in parallel chunks on QThreadPool::globalInstance(), with
/// results reported while it runs, cancellable, and growing as the followed log grows (appended
/// lines are searched as they come; a document reset restarts the search). A search started while
/// the document's history is still being indexed waits for it; one started while a remote log's
/// history is still arriving (LogDocument::isAwaitingHistory()) searches the lines there and
/// starts again over all of them when the history is put in front (linesPrepended).
///
/// The result is the sorted set of matching lines, each with its number of matches (what a
/// search bar counts and steps through); the filter view of it is filteredLines(): the lines
/// matching, or not matching.
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
class Search : public QObject
{
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

    /// Where one match is: its line and which match of that line it is (0 = the first).
    struct MatchPosition
    {
        LineNumber line;
        int indexInLine = 0;
        bool isValid() const { return line.isValid(); }
        friend bool operator==(const MatchPosition &, const MatchPosition &) = default;
    };

    /// Matches found so far: every non-empty match of every line counts (a line with three
    /// hits counts three); a line that matches only with empty matches counts one.
    qint64 matchCount() const;
    /// Lines with at least one match found so far.
    qint64 matchingLineCount() const;
    /// The lines with matches, sorted ascending.
    QList<LineNumber> matchingLines() const;
    bool isMatchingLine(LineNumber line) const;
    /// Matches in `line` (0 when it does not match).
    int matchesInLine(LineNumber line) const;
    /// Matches in the lines before `line`: with matchesInLine(), the ordinal of a match ("12 of
    /// 340" is matchesBefore(line) + indexInLine + 1).
    qint64 matchesBefore(LineNumber line) const;
    /// The `index`-th match (0-based) in document order; invalid outside [0, matchCount()).
    MatchPosition matchAt(qint64 index) const;
    /// The first matching line after / the last matching line before `line`; invalid when
    /// there is none.
    LineNumber nextMatchingLine(LineNumber line) const;
    LineNumber previousMatchingLine(LineNumber line) const;

    /// Filter: the lines that match (`matching` true) or do not match, sorted. "Not matching"
    /// is only meaningful once the search is no longer running (before that it also holds lines
    /// not searched yet). Marker lines never match and always appear in the "not matching" list.
    QList<LineNumber> filteredLines(bool matching) const;

    /// Utility, any thread: does decoded `text` match? (Same rules as the search.)
    static bool matches(const SearchQuery &query, const QString &text);
    /// Utility, any thread: the matches in one line's decoded text, counted as matchCount() does.
    static int countMatches(const SearchQuery &query, QStringView lineText);
    /// The expression the search matches with (it may be invalid: check isValid()). Views that
    /// highlight matches use it, so that what they show is what is counted.
    static QRegularExpression regularExpression(const SearchQuery &query);

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
