// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"
#include "bootlog/SearchQuery.h"

#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QTextLayout>

#include <memory>
#include <optional>

namespace vcv {

class LogDocument;
class Search;

/// The search side of a LogView: drives a Search over the document, keeps the sorted matching
/// lines the rows are filtered by, and which match is current (F3 / Shift+F3).
///
/// It knows no rows, no scrolling and no widget: LogSearchNavigator asks it where the next match
/// is and has the view move there, so that every way of moving (keys, incremental search, a
/// pending F3) goes through the view's one setCurrentLine().
///
/// Ownership: owns its Search; the document is not owned and must outlive it or be unset first
/// (setDocument(nullptr) cancels the search, whose workers read the document).
/// Thread: GUI thread only.
class LogSearchController : public QObject
{
    Q_OBJECT
public:
    /// One match: its line and which match of that line (0-based).
    struct Match
    {
        LineNumber line;
        int indexInLine = 0;
        bool isValid() const { return line.isValid(); }
    };
    /// Why a pattern was refused: the 0-based character of the pattern as typed, and PCRE's word.
    struct PatternError
    {
        int position = 0;
        QString message;
    };

    explicit LogSearchController(QObject *parent = nullptr);
    ~LogSearchController() override;

    /// Searches @p document from now on (nullptr: none). Forgets the query and the results.
    void setDocument(LogDocument *document);
    Search *search() const { return m_search.get(); }

    /// Starts searching for @p query (an empty pattern clears). Returns false for a pattern that
    /// is not a valid regular expression (patternError() says why) or that the Search refused
    /// (errorString()); the query is then empty.
    bool setQuery(const SearchQuery &query);
    SearchQuery query() const { return m_query; }
    bool isActive() const { return !m_query.isEmpty(); }
    std::optional<PatternError> patternError() const { return m_patternError; }
    QString errorString() const { return m_errorString; }

    /// The matching lines, sorted: a snapshot taken by takeMatches().
    const QList<LineNumber> &matchLines() const { return m_matches; }
    qint64 matchCount() const { return m_matchCount; }
    /// Takes the Search's results. The current match stays current while its line still
    /// matches (an appended part of the last line may change its matches).
    void takeMatches();
    /// Forgets the results (the document was reset); the query stays.
    void clearResults();
    /// @p count lines were put in front of the document.
    void linesPrepended(qint64 count);

    Match currentMatch() const { return m_current; }
    void setCurrentMatch(Match match) { m_current = match; }
    /// Index of the current match among all matches in document order, -1 when there is none.
    qint64 currentMatchIndex() const;

    /// The match F3 (@p forward) or Shift+F3 goes to, from the current line @p currentLine
    /// (@p from when there is none; stepping within a line needs the current line to be the
    /// current match's). Wraps around. Invalid when there is no match yet: while the search
    /// runs, the step is then kept for takePendingStep().
    Match step(bool forward, LineNumber currentLine, LineNumber from);
    /// A step asked for before any match was found, once there is one: forward or not.
    std::optional<bool> takePendingStep();
    /// Incremental search: the first match at or after @p from, once, right after a new query.
    Match takeFirstMatchFrom(LineNumber from);

    /// Bumped whenever what the matches in a line would be changes (a new query).
    quint64 generation() const { return m_generation; }
    /// The matches in a line's shown text, with the Search's own expression (what is shown is
    /// what is counted); empty formats, for the painter to fill.
    QList<QTextLayout::FormatRange> matchRanges(const QString &text) const;

Q_SIGNALS:
    /// New matches or the end of the pass: call takeMatches().
    void matchesChanged();
    /// The search advanced; for a status display.
    void progress();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Search> m_search;
    SearchQuery m_query;
    QRegularExpression m_regex;
    std::optional<PatternError> m_patternError;
    QString m_errorString;
    quint64 m_generation = 1;
    QList<LineNumber> m_matches;
    qint64 m_matchCount = 0;
    Match m_current;
    bool m_jumpToFirstMatch = false;
    int m_pendingStep = 0; // next (1) / previous (-1) asked before any match was found
};

} // namespace vcv
