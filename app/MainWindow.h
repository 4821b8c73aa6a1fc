// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ConsoleTab.h"

#include "widgets/ViewSettings.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;
class QSplitter;
class QTabWidget;
class QTimer;

namespace vcv {

class AfterFirstFrame;
class BootNotifications;
class DomainActions;
class DomainListModel;
class DomainProblemFeed;
class DomainTree;
class PendingOpens;

/// The application window: the domain tree on the left, a tab per open console on the right
/// (each a ConsoleSplitView run by a ConsoleTab), menus and a status bar. It owns the domain
/// model and decides how errors are shown (status bar and in-place pages, never a modal box for
/// things the user did not just ask for). Settings are read at construction and written as
/// they change. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    /// A window on `model`, which it takes over (its connections may already be opening).
    explicit MainWindow(DomainListModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    DomainListModel *model() const { return m_model; }
    DomainTree *domainTree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    ConsoleTab *currentConsole() const;
    QList<ConsoleTab *> consoles() const;

    /// Reopens the tabs of the last session, each once its connection lists its domain. The
    /// session's connections are the model's to open: main() starts them before the window
    /// (SessionStore::connectionsToOpen()); not called when a URI was given on the command line.
    void restoreSession();
    /// Adds the connection `uri` (if new) and opens it.
    void addConnection(const QString &uri);
    /// Opens (or focuses) a tab for a console.
    ConsoleTab *openConsole(const ConsoleTarget &target, bool startPaused = false);
    /// Opens `idUuidOrName` on `uri` as soon as the connection is up: a domain given on the
    /// command line, looked up (as an ID, a UUID, then a name) on the connection's worker. With
    /// `wait` it keeps waiting until the domain exists and runs (exists, with `startPaused`),
    /// looking again at each change of the domain list; otherwise a missing domain is reported in
    /// the status bar.
    void openWhenAvailable(const QString &uri, const QString &idUuidOrName, const QString &alias, bool startPaused,
                           bool wait);
    /// Whether consoles reattach by themselves when their domain runs again (default on, kept
    /// in the settings; the Console menu toggles it, --reconnect forces it on for a run).
    void setAutoReattach(bool on);
    /// Applies terminal and log-pane settings to every open console and to those opened later,
    /// and stores them.
    void setViewSettings(const ViewSettings &settings);
    const ViewSettings &viewSettings() const { return m_viewSettings; }
    bool autoReattach() const { return m_autoReattach; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void closeTab(int index);
    void updateStatus();
    void updateTabTitles();
    void saveSession() const;
    void saveCurrentLog();
    void logSaved(const QString &path, bool ok, const QString &error);
    void showShortcuts();
    void showAbout();
    void toggleOrientation();
    void showMessage(const QString &text);
    void editSettings();
    void applyViewSettings(ConsoleSplitView *view, bool newlyOpened) const;

    DomainListModel *m_model;
    DomainActions *m_actions; ///< start, shut down, … for the tree's menu
    DomainTree *m_tree;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QLabel *m_connectionStatus;
    QLabel *m_consoleStatus;
    QProgressBar *m_progress;
    QToolButton *m_progressStop; // stops what the progress bar shows, when it can be stopped
    QTimer *m_statusTimer;
    PendingOpens *m_pendingOpens;                     // the opens that wait for their domain
    AfterFirstFrame *m_afterFirstFrame;               // holds their tabs until the window's first frame
    DomainProblemFeed *m_problemFeed;                 // each open console's last boot's problems, to the tree
    BootNotifications *m_bootNotifications = nullptr; // desktop notifications of the consoles' boot alerts
    bool m_autoReattach = true;
    bool m_readAsAdministrator = false; // agreed to in a tab during this run
    QAction *m_reattachAction = nullptr;
    QAction *m_qemuLogAction = nullptr;
    Qt::Orientation m_orientation = Qt::Horizontal;
    QByteArray m_splitState;
    ViewSettings m_viewSettings;
};

} // namespace vcv
