// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"
#include "bootlog/SearchQuery.h"
#include "widgets/LogSearchController.h"

#include <QObject>

#include <functional>

namespace vcv {

/// The search as a LogView shows it: a new query and why it was refused, the status for a search
/// bar, the incremental jump to the first match and F3 / Shift+F3 from match to match.
///
/// LogSearchController knows where the matches are; this part decides when the view moves to
/// one. It knows no widget: what it needs of the view comes through Hooks, and every move goes
/// through the view's one setCurrentLine().
///
/// Ownership: the controller is not owned and must outlive the navigator.
/// Thread: GUI thread only.
class LogSearchNavigator : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<LineNumber()> topLine;     ///< the line at the top of the screen
        std::function<LineNumber()> currentLine; ///< invalid: none
        std::function<void(LineNumber)> setCurrentLine;
        std::function<bool()> isFollowing;
        /// Whether the rows are filtered by the matches (then they change with them).
        std::function<bool()> isFiltering;
        /// Rebuilds the rows from the matches, keeping @p topLine on top (or the end, following).
        std::function<void(LineNumber topLine)> rebuildRows;
        /// Scrolls sideways so that the current match shows.
        std::function<void()> showCurrentMatch;
        /// The matches shown changed: the overview ruler and the viewport repaint.
        std::function<void()> repaint;
    };

    LogSearchNavigator(LogSearchController *controller, Hooks hooks, QObject *parent = nullptr);

    /// Starts searching for @p query; see LogView::setSearchQuery().
    bool setQuery(const SearchQuery &query);
    /// Why the last query was refused ("" when it was not).
    QString errorString() const { return m_error; }
    void clearError() { m_error.clear(); }
    /// Goes to the next (@p forward) or previous match; asks for a search when there is none.
    void step(bool forward);
    /// Emits statusChanged() with the state as it is now.
    void emitStatus();

Q_SIGNALS:
    /// See LogView::searchStatusChanged().
    void statusChanged(qint64 currentIndex, qint64 count, bool running, qint64 done, qint64 total);
    /// setQuery() refused a query: errorString().
    void queryRefused(const QString &message);
    /// A step was asked for without a query.
    void searchRequested();

private:
    void onMatchesChanged();
    void setCurrentMatch(LogSearchController::Match match);

    LogSearchController *m_controller;
    Hooks m_hooks;
    QString m_error;
};

} // namespace vcv
