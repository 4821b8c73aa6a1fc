// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSearchController.h"

#include "bootlog/LogDocument.h"
#include "bootlog/Search.h"

#include <algorithm>

namespace vcv {

LogSearchController::LogSearchController(QObject *parent)
    : QObject(parent)
{
}

LogSearchController::~LogSearchController() = default;

void LogSearchController::setDocument(LogDocument *document)
{
    m_search.reset();
    m_query = {};
    m_regex = {};
    m_patternError.reset();
    m_errorString.clear();
    m_pendingStep = 0;
    m_jumpToFirstMatch = false;
    clearResults();
    if (!document)
        return;
    m_search = std::make_unique<Search>(document);
    connect(m_search.get(), &Search::matchesChanged, this, &LogSearchController::matchesChanged);
    connect(m_search.get(), &Search::progress, this, &LogSearchController::progress);
    connect(m_search.get(), &Search::finished, this, &LogSearchController::matchesChanged);
    connect(m_search.get(), &Search::errorOccurred, this, &LogSearchController::errorOccurred);
}

bool LogSearchController::setQuery(const SearchQuery &query)
{
    m_query = query;
    clearResults();
    m_pendingStep = 0;
    m_patternError.reset();
    m_errorString.clear();
    ++m_generation;
    bool ok = true;
    if (query.isEmpty()) {
        m_regex = {};
        if (m_search)
            m_search->clear();
    } else {
        const QString pattern = query.regularExpression ? query.pattern : QRegularExpression::escape(query.pattern);
        m_regex = Search::regularExpression(query);
        // Validate what the user typed on its own: wrapped for whole words, a broken pattern
        // may still compile (a '[' swallowing the wrapper) or report a shifted position.
        const QRegularExpression typed(pattern, m_regex.patternOptions());
        if (!typed.isValid() || !m_regex.isValid()) {
            const QRegularExpression &bad = typed.isValid() ? m_regex : typed;
            m_patternError = PatternError{int(qMin(bad.patternErrorOffset(), pattern.size())), bad.errorString()};
            m_regex = {};
            m_query = {};
            if (m_search)
                m_search->clear();
            ok = false;
        } else if (m_search && !m_search->start(query)) {
            m_errorString = m_search->errorString();
            m_regex = {};
            m_query = {};
            ok = false;
        }
        m_regex.optimize();
    }
    m_jumpToFirstMatch = ok && !query.isEmpty();
    return ok;
}

void LogSearchController::clearResults()
{
    m_matches.clear();
    m_matchCount = 0;
    m_current = {};
}

void LogSearchController::linesPrepended(qint64 count)
{
    for (LineNumber &m : m_matches)
        m += count;
    if (m_current.isValid())
        m_current.line += count;
}

void LogSearchController::takeMatches()
{
    if (!m_search)
        return;
    m_matches = m_search->matchingLines();
    m_matchCount = m_search->matchCount();
    if (m_current.isValid()) {
        const int inLine = m_search->matchesInLine(m_current.line);
        if (inLine == 0)
            m_current = {};
        else
            m_current.indexInLine = qMin(m_current.indexInLine, inLine - 1);
    }
}

qint64 LogSearchController::currentMatchIndex() const
{
    if (!m_current.isValid() || !m_search)
        return -1;
    return m_search->matchesBefore(m_current.line) + m_current.indexInLine;
}

LogSearchController::Match LogSearchController::step(bool forward, LineNumber currentLine, LineNumber from)
{
    m_jumpToFirstMatch = false;
    if (m_matches.isEmpty()) {
        // Enter right after typing: the search has only just started; go when it finds one.
        m_pendingStep = (m_search && m_search->isRunning()) ? (forward ? 1 : -1) : 0;
        return {};
    }
    m_pendingStep = 0;
    // Step through the matches of the current match's line first, as long as the user has not
    // moved to another line since.
    if (m_current.isValid() && m_current.line == currentLine) {
        const int inLine = m_search->matchesInLine(m_current.line);
        if (forward && m_current.indexInLine + 1 < inLine)
            return {m_current.line, m_current.indexInLine + 1};
        if (!forward && m_current.indexInLine > 0 && m_current.indexInLine - 1 < inLine)
            return {m_current.line, m_current.indexInLine - 1};
    }
    if (forward) {
        const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), from);
        return {it == m_matches.end() ? m_matches.constFirst() : *it, 0}; // wraps to the first
    }
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
    const LineNumber line = it == m_matches.begin() ? m_matches.constLast() : *(it - 1); // wraps to the last
    return {line, qMax(1, m_search->matchesInLine(line)) - 1};
}

std::optional<bool> LogSearchController::takePendingStep()
{
    if (m_pendingStep == 0 || m_matches.isEmpty())
        return std::nullopt;
    const bool forward = m_pendingStep > 0;
    m_pendingStep = 0;
    return forward;
}

LogSearchController::Match LogSearchController::takeFirstMatchFrom(LineNumber from)
{
    if (!m_jumpToFirstMatch || m_matches.isEmpty())
        return {};
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
    if (it == m_matches.end())
        return {};
    m_jumpToFirstMatch = false;
    return {*it, 0};
}

QList<QTextLayout::FormatRange> LogSearchController::matchRanges(const QString &text) const
{
    QList<QTextLayout::FormatRange> ranges;
    if (!m_regex.isValid() || m_query.isEmpty())
        return ranges;
    auto it = m_regex.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedLength() == 0)
            continue;
        ranges.append({int(match.capturedStart()), int(match.capturedLength()), QTextCharFormat()});
    }
    return ranges;
}

} // namespace vcv
