// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QWidget>

class QSplitter;
class QToolButton;

namespace vcv {

class BootListView;
class BootTimelineView;
class LogDocument;
class LogGoToLineBar;
class LogProblemScanner;
class LogProblemsPanel;
class LogSearchBar;
class LogView;

/// The boot-log pane, ready to put beside a terminal: a slim tool row (problems, timeline, boots,
/// follow, wrap, more: theme, zoom, save), the Timeline (hidden until asked for), the boots list
/// (hidden until asked for), the LogView with its overview ruler, the Problems list below it
/// (hidden until asked for), and the go-to-line and search bars (Ctrl+G, Ctrl+F).
///
/// The Timeline (BootTimelineView) shows the same boot as the Problems list, else the last one;
/// its clicks go to a line as the Problems list's do.
///
/// Problems (LogProblemScanner, off the GUI thread): the tool row's "N problems" button shows
/// the Problems list of the boot the pane shows — the boot "this boot only" shows, else the
/// boot selected in the boots list, else the whole log — and is hidden while the log has no
/// problem. The boots
/// list shows each boot's count. "Only problems" narrows the view to the problems of the whole
/// log and their context (LogView::setLineFilter()).
///
/// It only wires its parts together. Saving is the shell's job: exportRequested() says the user
/// asked for it.
///
/// Thread: GUI thread only. The document is not owned and must outlive the pane or be unset.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);

    void setDocument(LogDocument *document);

    LogView *view() const { return m_view; }
    LogSearchBar *searchBar() const { return m_searchBar; }
    LogGoToLineBar *goToLineBar() const { return m_goToBar; }
    BootListView *bootList() const { return m_boots; }
    LogProblemsPanel *problemsPanel() const { return m_problems; }
    LogProblemScanner *problemScanner() const { return m_problemScanner; }
    QToolButton *problemsButton() const { return m_problemsButton; }
    BootTimelineView *timeline() const { return m_timeline; }
    QToolButton *timelineButton() const { return m_timelineButton; }

    /// Stops following, makes @p line current and selects it whole: what activating a problem
    /// in the Problems list does (an invalid line: nothing).
    void showLine(LineNumber line);

    /// Shows or hides the boots list.
    void setBootListVisible(bool visible);
    /// Shows or hides the Problems list.
    void setProblemsVisible(bool visible);
    /// Shows or hides the Timeline (its report is built only while it is shown).
    void setTimelineVisible(bool visible);
    /// The boot the Problems list shows (index into the document's boot segments), -1 for the
    /// whole log.
    int problemsBoot() const;

Q_SIGNALS:
    /// The user asked to save the log (Ctrl+S or the menu).
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The problems button's red, lighter on a dark palette so that it stays readable.
    void updateProblemsButtonColour();
    void updateBootsButton();
    void updateProblems();
    void updateProblemFilter();

    LogView *m_view;
    LogSearchBar *m_searchBar;
    LogGoToLineBar *m_goToBar;
    BootListView *m_boots;
    QSplitter *m_splitter;
    QSplitter *m_problemsSplitter;
    LogProblemScanner *m_problemScanner;
    LogProblemsPanel *m_problems;
    BootTimelineView *m_timeline;
    QToolButton *m_timelineButton;
    QToolButton *m_problemsButton;
    QToolButton *m_bootsButton;
    QToolButton *m_followButton;
    QToolButton *m_wrapButton;
    QToolButton *m_moreButton;
};

} // namespace vcv
