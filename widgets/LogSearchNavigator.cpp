// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSearchNavigator.h"

#include "bootlog/Search.h"

#include <utility>

namespace vcv {

LogSearchNavigator::LogSearchNavigator(LogSearchController *controller, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_hooks(std::move(hooks))
{
    connect(m_controller, &LogSearchController::matchesChanged, this, &LogSearchNavigator::onMatchesChanged);
    connect(m_controller, &LogSearchController::progress, this, &LogSearchNavigator::emitStatus);
}

bool LogSearchNavigator::setQuery(const SearchQuery &query)
{
    const LineNumber anchorLine = m_hooks.topLine();
    const bool ok = m_controller->setQuery(query);
    m_error.clear();
    if (const auto bad = m_controller->patternError())
        m_error = tr("Invalid regular expression at character %1: %2").arg(bad->position + 1).arg(bad->message);
    else if (!ok)
        m_error = m_controller->errorString();
    m_hooks.rebuildRows(anchorLine);
    emitStatus();
    if (!ok)
        Q_EMIT queryRefused(m_error);
    m_hooks.repaint();
    return ok;
}

void LogSearchNavigator::onMatchesChanged()
{
    if (!m_controller->search())
        return;
    const LineNumber anchorLine = m_hooks.topLine();
    m_controller->takeMatches();
    if (m_hooks.isFiltering())
        m_hooks.rebuildRows(anchorLine);
    // Incremental search: the first match at or after the top of the screen becomes current as
    // soon as it is found (unless the user is following the end of the log).
    if (!m_hooks.isFollowing()) {
        const auto first = m_controller->takeFirstMatchFrom(qMax(LineNumber(0), anchorLine));
        if (first.isValid())
            setCurrentMatch(first);
    }
    if (const auto forward = m_controller->takePendingStep())
        step(*forward);
    emitStatus();
    m_hooks.repaint();
}

void LogSearchNavigator::emitStatus()
{
    const Search *search = m_controller->search();
    Q_EMIT statusChanged(m_controller->currentMatchIndex(), m_controller->matchCount(), search && search->isRunning(),
                         search ? search->linesSearched() : 0, search ? search->linesTotal() : 0);
}

void LogSearchNavigator::step(bool forward)
{
    if (!m_controller->isActive()) {
        Q_EMIT searchRequested();
        return;
    }
    const LineNumber current = m_hooks.currentLine();
    const LineNumber from = current.isValid() ? current : m_hooks.topLine();
    const auto match = m_controller->step(forward, current, from);
    if (match.isValid())
        setCurrentMatch(match);
    else
        emitStatus();
}

void LogSearchNavigator::setCurrentMatch(LogSearchController::Match match)
{
    m_controller->setCurrentMatch(match);
    m_hooks.setCurrentLine(match.line);
    m_hooks.showCurrentMatch();
    emitStatus();
}

} // namespace vcv
