// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QSplitter;
class QToolButton;

namespace vcv {

class BootListView;
class LogDocument;
class LogGoToLineBar;
class LogSearchBar;
class LogView;

/// The boot-log pane, ready to put beside a terminal: a slim tool row (boots, follow, wrap,
/// more: theme, zoom, save), the boots list (hidden until asked for), the LogView with its
/// overview ruler, and the go-to-line and search bars (Ctrl+G, Ctrl+F).
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

    /// Shows or hides the boots list.
    void setBootListVisible(bool visible);

Q_SIGNALS:
    /// The user asked to save the log (Ctrl+S or the menu).
    void exportRequested();

private:
    void updateBootsButton();

    LogView *m_view;
    LogSearchBar *m_searchBar;
    LogGoToLineBar *m_goToBar;
    BootListView *m_boots;
    QSplitter *m_splitter;
    QToolButton *m_bootsButton;
    QToolButton *m_followButton;
    QToolButton *m_wrapButton;
    QToolButton *m_moreButton;
};

} // namespace vcv
