// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "MainWindow.h"

#include "AfterFirstFrame.h"
#include "BootNotifications.h"
#include "DomainProblemFeed.h"
#include "LogSaver.h"
#include "PendingOpens.h"
#include "SessionStore.h"
#include "SettingsStore.h"

#include "bootlog/LogDocument.h"
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/DomainActions.h"
#include "virt/DomainListModel.h"
#include "virt/DomainLookup.h"
#include "widgets/ActionRegistry.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/DomainTree.h"
#include "widgets/LogNavigationKeys.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"
#include "widgets/Palettes.h"
#include "widgets/SettingsDialog.h"
#include "widgets/TerminalView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
// Light and dark are Qt's Fusion style with its own palettes (the dark one is darkPalette());
// "System" leaves style and palette to the desktop. Terminals and log panes follow the
// palette by themselves.
void applyAppearance(ViewSettings::Appearance appearance)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (appearance == ViewSettings::Appearance::System) {
        QApplication::setStyle(systemStyle);
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(appearance == ViewSettings::Appearance::Dark ? darkPalette()
                                                                          : QApplication::style()->standardPalette());
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(new DomainListModel, parent)
{
}

MainWindow::MainWindow(DomainListModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_actions(new DomainActions(m_model, this))
    , m_tree(new DomainTree(m_model, m_actions))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget)
    , m_connectionStatus(new QLabel)
    , m_consoleStatus(new QLabel)
    , m_progress(new QProgressBar)
    , m_progressStop(new QToolButton)
    , m_pendingOpens(new PendingOpens(m_model, this))
    , m_afterFirstFrame(new AfterFirstFrame(this))
    , m_problemFeed(new DomainProblemFeed(m_tree->filterModel(), this))
{
    m_model->setParent(this);
    setWindowTitle(tr("Virt Console Viewer"));
    // The status bar shows domain names and libvirt's messages: never as markup.
    m_connectionStatus->setTextFormat(Qt::PlainText);
    m_consoleStatus->setTextFormat(Qt::PlainText);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);

    auto *placeholder = new QLabel(tr("Double-click a domain to open its serial console and boot log.\n"
                                      "Right-click it to start it paused and see the whole boot."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);

    // Name, state and consoles, as virt-manager shows them; ID, UUID and persistence stay a
    // right-click on the header away.
    for (int column : {DomainListModel::IdColumn, DomainListModel::UuidColumn, DomainListModel::PersistenceColumn})
        m_tree->view()->setColumnHidden(column, true);
    // The name column fits its contents up to a limit: a long URI (qemu+ssh://root@host:port/system)
    // is elided in the middle (its tooltip has it whole) rather than push State off the tree.
    const auto fitNameColumn = [view = m_tree->view()] {
        // (public in QAbstractItemView, protected in QTreeView)
        const int wanted = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(DomainListModel::NameColumn);
        view->header()->resizeSection(DomainListModel::NameColumn, qBound(120, wanted, 220));
    };
    // Measured from the rows on screen only: with the default (1000 rows beyond them) each listing
    // of a big host cost the GUI thread a measure of a thousand names and icons.
    m_tree->view()->header()->setResizeContentsPrecision(0);
    connect(m_tree->view()->model(), &QAbstractItemModel::rowsInserted, this, fitNameColumn);
    connect(m_tree->view()->model(), &QAbstractItemModel::modelReset, this, fitNameColumn);
    connect(m_tree->view(), &QTreeView::expanded, this, fitNameColumn);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 1100});
    setCentralWidget(m_splitter);
    // The hint stays under the (empty) tab widget until the first console opens.
    m_tabs->addTab(placeholder, tr("Welcome"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);

    statusBar()->addWidget(m_consoleStatus, 1);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    // Wide enough for its text ("Copying the log's history 42%") beside a long status line.
    m_progress->setMinimumWidth(240);
    m_progress->setMaximumWidth(280);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    // Only a remote log's history copy can be stopped (what arrived stays); indexing is local
    // and short, and a search is stopped from its own bar.
    m_progressStop->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_progressStop->setText(tr("Stop"));
    m_progressStop->setToolTip(tr("Stop copying the log's history (what has arrived stays)"));
    m_progressStop->setAutoRaise(true);
    m_progressStop->hide();
    connect(m_progressStop, &QToolButton::clicked, this, [this] {
        if (ConsoleTab *tab = currentConsole())
            tab->stopCopyingHistory();
    });
    statusBar()->addPermanentWidget(m_progressStop);
    statusBar()->addPermanentWidget(m_connectionStatus);

    connect(m_tree, &DomainTree::openConsoleRequested, this,
            [this](const QString &uri, const QString &uuid, const QString &name, const QString &alias) {
                openConsole({uri, uuid, name, alias});
            });
    connect(m_tree, &DomainTree::startPausedAndAttachRequested, this,
            [this](const QString &uri, const QString &uuid, const QString &name, const QString &alias) {
                openConsole({uri, uuid, name, alias}, true);
            });
    connect(m_tree, &DomainTree::connectionsChanged, this, [this] { saveSession(); });
    connect(m_actions, &DomainActions::actionFailed, this, &MainWindow::showMessage);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateTabTitles();
        updateStatus();
        m_pendingOpens->retry();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        m_pendingOpens->retry();
    });
    // A restored session on a local connection finds its consoles before the window's first frame:
    // their tabs come after it, one per turn of the event loop (AfterFirstFrame).
    connect(m_pendingOpens, &PendingOpens::found, this, [this](const ConsoleTarget &target, bool startPaused) {
        m_afterFirstFrame->run([this, target, startPaused] { openConsole(target, startPaused); });
    });
    connect(m_pendingOpens, &PendingOpens::failed, this, &MainWindow::showMessage);

    const std::optional<QByteArray> geometry = SessionStore::windowGeometry();
    if (geometry)
        restoreGeometry(*geometry);
    else
        resize(1400, 860);
    if (const std::optional<QByteArray> split = SessionStore::mainSplit())
        m_splitter->restoreState(*split);
    m_orientation = SessionStore::consoleOrientation();
    m_splitState = SessionStore::consoleSplit();
    m_autoReattach = SessionStore::autoReattach();
    m_viewSettings = SettingsStore::load();
    m_bootNotifications = new BootNotifications(this, m_tabs, nullptr, this);
    ActionRegistry::instance()->setOverrides(m_viewSettings.shortcuts);
    if (m_viewSettings.appearance != ViewSettings::Appearance::System)
        applyAppearance(m_viewSettings.appearance);
    createMenus();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    // The actions with shortcuts come from the registry: their labels and keys are defined
    // there once, and the Settings dialog rebinds them.
    ActionRegistry *registry = ActionRegistry::instance();
    const auto add = [this, registry](QMenu *menu, const QString &id, auto slot) {
        QAction *action = registry->createAction(id, this);
        menu->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, u"window.add-connection"_s, [this] { m_tree->addConnectionInteractively(); });
    add(file, u"window.save-log"_s, [this] { saveCurrentLog(); });
    file->addSeparator();
    add(file, u"window.settings"_s, [this] { editSettings(); });
    file->addSeparator();
    add(file, u"window.close-console"_s, [this] {
        if (currentConsole())
            closeTab(m_tabs->currentIndex());
    });
    add(file, u"window.quit"_s, [this] { close(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *orientation =
        view->addAction(tr("Terminal and Log &Above Each Other"), this, &MainWindow::toggleOrientation);
    orientation->setCheckable(true);
    orientation->setChecked(m_orientation == Qt::Vertical);
    add(view, u"window.pop-out-log"_s, [this] {
        if (ConsoleTab *tab = currentConsole())
            tab->view()->setLogPoppedOut(!tab->view()->isLogPoppedOut());
    });
    QAction *domains = registry->createAction(u"window.domain-list"_s, this);
    view->addAction(domains);
    domains->setCheckable(true);
    domains->setChecked(true);
    connect(domains, &QAction::toggled, m_tree, &QWidget::setVisible);

    QMenu *console = menuBar()->addMenu(tr("&Console"));
    m_reattachAction = console->addAction(tr("&Reattach When the Domain Runs Again"));
    m_reattachAction->setCheckable(true);
    m_reattachAction->setChecked(m_autoReattach);
    connect(m_reattachAction, &QAction::toggled, this, [this](bool on) {
        setAutoReattach(on);
        SessionStore::setAutoReattach(on);
    });

    m_qemuLogAction = console->addAction(tr("Show the &QEMU Log Instead"));
    m_qemuLogAction->setCheckable(true);
    m_qemuLogAction->setToolTip(tr("The domain's QEMU log tells why QEMU itself failed to start or stopped."));
    connect(m_qemuLogAction, &QAction::triggered, this, [this](bool on) {
        if (ConsoleTab *tab = currentConsole())
            tab->setLogSource(on ? ConsoleTab::LogSource::Qemu : ConsoleTab::LogSource::Console);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ConsoleTab *tab = currentConsole();
        m_qemuLogAction->setEnabled(tab != nullptr);
        m_qemuLogAction->setChecked(tab && tab->logSource() == ConsoleTab::LogSource::Qemu);
    });
    m_qemuLogAction->setEnabled(false);

    // The terminal's own action does the work and owns the shortcut (terminal.tell-size, taken
    // while the terminal has the focus, like its other keys): here it is only findable in the menu.
    QAction *tellSize = console->addAction(tr("Tell the &Guest the Terminal Size"), this, [this] {
        if (ConsoleTab *tab = currentConsole())
            tab->view()->terminal()->tellGuestTerminalSize();
    });
    connect(console, &QMenu::aboutToShow, this, [this, tellSize] {
        ConsoleTab *tab = currentConsole();
        tellSize->setEnabled(tab && tab->view()->terminal()->tellSizeAction()->isEnabled());
        // The key is the user's (Settings → Shortcuts).
        const QList<QKeySequence> keys = ActionRegistry::instance()->shortcuts(u"terminal.tell-size"_s);
        tellSize->setToolTip(keys.isEmpty()
                                 ? tr("Type \"stty rows … cols …\" at the guest's prompt")
                                 : tr("Type \"stty rows … cols …\" at the guest's prompt (%1 in the terminal)")
                                       .arg(keys.constFirst().toString(QKeySequence::NativeText)));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Virt Console Viewer"), this, &MainWindow::showAbout);
}

ConsoleTab *MainWindow::currentConsole() const
{
    auto *view = qobject_cast<ConsoleSplitView *>(m_tabs->currentWidget());
    return view ? view->findChild<ConsoleTab *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QList<ConsoleTab *> MainWindow::consoles() const
{
    QList<ConsoleTab *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ConsoleSplitView *>(m_tabs->widget(i)))
            if (auto *tab = view->findChild<ConsoleTab *>(QString(), Qt::FindDirectChildrenOnly))
                result << tab;
    }
    return result;
}

void MainWindow::restoreSession()
{
    for (const auto saved = SessionStore::openConsoles(); const ConsoleTarget &console : saved)
        openWhenAvailable(console.uri, console.uuid, console.alias, false, false);
}

void MainWindow::addConnection(const QString &uri)
{
    m_model->addConnection(uri);
    saveSession();
}

ConsoleTab *MainWindow::openConsole(const ConsoleTarget &target, bool startPaused)
{
    for (const auto tabs = consoles(); ConsoleTab * tab : tabs) {
        if (tab->target().uri == target.uri && tab->target().uuid == target.uuid &&
            tab->target().alias == target.alias) {
            m_tabs->setCurrentWidget(tab->view());
            if (startPaused)
                tab->open(true);
            return tab;
        }
    }
    Connection *connection = m_model->connection(target.uri);
    if (!connection || connection->state() != Connection::State::Connected) {
        showMessage(tr("%1 is not connected.").arg(target.uri));
        return nullptr;
    }
    // The welcome page goes once there is a console to show.
    if (m_tabs->count() == 1 && !qobject_cast<ConsoleSplitView *>(m_tabs->widget(0)))
        delete m_tabs->widget(0);

    auto *view = new ConsoleSplitView;
    view->setOrientation(m_orientation);
    if (!m_splitState.isEmpty())
        view->restoreState(m_splitState);
    applyViewSettings(view, true);
    connect(view->terminal(), &TerminalView::confirmMultilinePasteTurnedOff, this, [this] {
        ViewSettings settings = m_viewSettings;
        settings.confirmMultilinePaste = false;
        setViewSettings(settings);
    });
    auto *tab = new ConsoleTab(connection, target, view);
    m_problemFeed->watch(tab);
    connect(tab, &ConsoleTab::message, this, &MainWindow::showMessage);
    connect(tab, &ConsoleTab::progress, this, [this, tab](const QString &what, qint64 done, qint64 total) {
        if (tab != currentConsole())
            return;
        m_progress->setVisible(!what.isEmpty() && total > 0);
        // Stop is for the history's copy: not shown while the bar tells of a search or indexing.
        m_progressStop->setVisible(m_progress->isVisibleTo(this) && what == ConsoleTab::copyingHistoryText() &&
                                   tab->isCopyingHistory());
        if (total > 0) {
            m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
            m_progress->setFormat(what + u" %p%"_s);
        }
    });
    // A followed log reports every append: repaint the status bar at most four times a second.
    connect(tab, &ConsoleTab::statusChanged, this, [this, tab] {
        if (tab == currentConsole() && !m_statusTimer->isActive())
            m_statusTimer->start();
    });
    connect(view->logPane(), &LogPane::exportRequested, this, &MainWindow::saveCurrentLog);
    connect(tab->logSaver(), &LogSaver::finished, this, &MainWindow::logSaved);
    connect(view, &ConsoleSplitView::layoutChanged, this, [this, view] {
        // With the log popped out the splitter holds the terminal alone: a split of one side,
        // which would collapse the log side of the tabs it is restored into.
        if (view->isLogPoppedOut())
            return;
        m_splitState = view->saveState();
        SessionStore::setConsoleSplit(m_splitState);
    });
    const int index = m_tabs->addTab(view, target.name);
    m_tabs->setTabToolTip(index, target.alias.isEmpty() ? target.uri : target.uri + u" · "_s + target.alias);
    m_tabs->setCurrentIndex(index);
    tab->setLogSettings(m_viewSettings);
    m_bootNotifications->addConsole(tab->bootAlerts(), view, view->logPane(), target.name);
    tab->setAutoReattach(m_autoReattach);
    tab->setSeedFromLog(m_viewSettings.seedTerminalFromLog);
    tab->setReadAsAdministrator(m_readAsAdministrator || m_viewSettings.readRootLogsAsAdministrator);
    connect(tab, &ConsoleTab::readAsAdministratorChosen, this, [this](bool remember) {
        // Agreed once, for the whole run: the other tabs that ask go on too.
        m_readAsAdministrator = true;
        if (remember) {
            ViewSettings settings = m_viewSettings;
            settings.readRootLogsAsAdministrator = true;
            setViewSettings(settings);
        }
        for (const auto tabs = consoles(); ConsoleTab * other : tabs)
            other->setReadAsAdministrator(true);
    });
    if (const auto info = m_model->domain(m_model->indexOfDomain(target.uri, target.uuid)))
        tab->setDomainState(*info);
    tab->open(startPaused);
    view->terminal()->setFocus();
    updateTabTitles();
    saveSession();
    return tab;
}

void MainWindow::openWhenAvailable(const QString &uri, const QString &key, const QString &alias, bool startPaused,
                                   bool wait)
{
    m_pendingOpens->add(uri, key, alias, startPaused, wait);
}

void MainWindow::setAutoReattach(bool on)
{
    m_autoReattach = on;
    if (m_reattachAction)
        m_reattachAction->setChecked(on);
    for (const auto tabs = consoles(); ConsoleTab * tab : tabs)
        tab->setAutoReattach(on);
}

void MainWindow::setViewSettings(const ViewSettings &settings)
{
    if (settings.appearance != m_viewSettings.appearance)
        applyAppearance(settings.appearance);
    if (m_viewSettings.readRootLogsAsAdministrator && !settings.readRootLogsAsAdministrator)
        m_readAsAdministrator = false; // turned off in Settings: ask again
    m_viewSettings = settings;
    SettingsStore::save(settings);
    // Every window's and tab's actions take the new keys at once.
    ActionRegistry::instance()->setOverrides(settings.shortcuts);
    for (const auto tabs = consoles(); ConsoleTab * tab : tabs) {
        tab->setReadAsAdministrator(m_readAsAdministrator || settings.readRootLogsAsAdministrator);
        applyViewSettings(tab->view(), false);
        tab->setLogSettings(settings);
    }
}

void MainWindow::applyViewSettings(ConsoleSplitView *view, bool newlyOpened) const
{
    TerminalView *terminal = view->terminal();
    terminal->setTerminalFont(m_viewSettings.terminalFont);
    terminal->setColorScheme(m_viewSettings.terminalColorScheme);
    terminal->setScrollbackLines(m_viewSettings.scrollbackLines);
    terminal->setSilentPastePace(m_viewSettings.pasteCharsPerSecond);
    terminal->setConfirmMultilinePaste(m_viewSettings.confirmMultilinePaste);
    view->logPane()->view()->setThemeName(m_viewSettings.logTheme);
    if (newlyOpened)
        view->logPane()->view()->setFollowing(m_viewSettings.followLog);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_viewSettings, this);
    if (dialog.exec() == QDialog::Accepted)
        setViewSettings(dialog.settings());
}

void MainWindow::closeTab(int index)
{
    auto *view = qobject_cast<ConsoleSplitView *>(m_tabs->widget(index));
    if (!view)
        return;
    m_tabs->removeTab(index);
    view->deleteLater();
    saveSession();
    updateStatus();
}

void MainWindow::updateTabTitles()
{
    for (const auto tabs = consoles(); ConsoleTab * tab : tabs) {
        const int index = m_tabs->indexOf(tab->view());
        QString title = tab->target().name;
        if (!tab->target().alias.isEmpty())
            title += u" · "_s + tab->target().alias;
        const QModelIndex row = m_model->indexOfDomain(tab->target().uri, tab->target().uuid);
        if (row.isValid()) {
            const QString state = row.siblingAtColumn(DomainListModel::StateColumn).data().toString();
            title += u"  ["_s + state + u']';
            m_tabs->setTabIcon(index, QIcon::fromTheme(row.data(DomainListModel::StateIconNameRole).toString()));
        }
        m_tabs->setTabText(index, title);
    }
}

void MainWindow::updateStatus()
{
    ConsoleTab *tab = currentConsole();
    if (!tab)
        m_progress->hide();
    if (!tab || !tab->isCopyingHistory())
        m_progressStop->hide();
    m_consoleStatus->setText(tab ? tab->statusText() : QString());
    int connected = 0;
    const QStringList uris = m_model->connectionUris();
    for (const QString &uri : uris)
        if (Connection *c = m_model->connection(uri); c && c->state() == Connection::State::Connected)
            ++connected;
    m_connectionStatus->setText(tr("%1 of %Ln connection(s) open", nullptr, int(uris.size())).arg(connected));
}

void MainWindow::saveSession() const
{
    SessionStore::setConnections(m_model->connectionUris());
    QList<ConsoleTarget> open;
    for (const auto tabs = consoles(); ConsoleTab * tab : tabs)
        open.append(tab->target());
    SessionStore::setOpenConsoles(open);
}

void MainWindow::saveCurrentLog()
{
    ConsoleTab *tab = currentConsole();
    if (!tab || tab->document()->lineCount() == 0) {
        showMessage(tr("There is no log to save in this tab."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log As"), tab->target().name + u"-console.log"_s);
    if (path.isEmpty())
        return;
    tab->logSaver()->save(path); // on a thread of its own; logSaved() says how it went
}

void MainWindow::logSaved(const QString &path, bool ok, const QString &error)
{
    if (!ok) {
        showMessage(tr("The log could not be saved to %1: %2").arg(path, error));
        return;
    }
    showMessage(tr("Log saved to %1.").arg(path));
}

void MainWindow::toggleOrientation()
{
    m_orientation = m_orientation == Qt::Horizontal ? Qt::Vertical : Qt::Horizontal;
    SessionStore::setConsoleOrientation(m_orientation);
    for (const auto tabs = consoles(); ConsoleTab * tab : tabs)
        tab->view()->setOrientation(m_orientation);
}

void MainWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    // From the registry, so the table shows the user's keys.
    QString table = u"<table cellspacing='6'>"_s;
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    std::optional<ActionRegistry::Context> context;
    for (const ActionRegistry::Entry &entry : ActionRegistry::entries()) {
        const QList<QKeySequence> keys = ActionRegistry::instance()->shortcuts(entry.id);
        if (keys.isEmpty())
            continue;
        if (context != entry.context) {
            context = entry.context;
            table += u"<tr><th colspan='2' align='left'>%1</th></tr>"_s.arg(
                escaped(ActionRegistry::contextName(entry.context)));
        }
        table += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
            escaped(QKeySequence::listToString(keys, QKeySequence::NativeText)),
            escaped(ActionRegistry::label(entry.id, false)));
    }
    // The log view's navigation keys are not actions (LogNavigationKeys says why) and cannot be
    // changed: from the table the view acts on.
    table += u"<tr><th colspan='2' align='left'>%1</th></tr>"_s.arg(escaped(tr("Boot log navigation (fixed)")));
    const auto navigationGroups = LogNavigationKeys::groups();
    for (const LogNavigationKeys::Group &group : navigationGroups) {
        QStringList names;
        for (const Qt::Key key : group.keys)
            names.append(QKeySequence(key).toString(QKeySequence::NativeText));
        table += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(escaped(names.join(u", "_s)), escaped(group.description));
    }
    table += u"</table><p>%1</p>"_s.arg(escaped(tr("Change them in File → Settings…, Shortcuts.")));
    box.setText(table);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Virt Console Viewer"),
                       tr("<h3>Virt Console Viewer %1</h3>"
                          "<p>The serial console and the boot log of libvirt guests, side by side.</p>"
                          "<p>Licensed under the GNU General Public License, version 2 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    SessionStore::setWindowGeometry(saveGeometry());
    SessionStore::setMainSplit(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace vcv
