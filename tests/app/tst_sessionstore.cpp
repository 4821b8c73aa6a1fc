// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// SessionStore: defaults, round trips, the keys and formats earlier versions wrote (checked with
// QSettings directly, not through the store), a window built on connections opened before it (as
// main() does), and the main window restoring what it saved: its
// geometry, and in its tabs (the test driver's domain) the split's orientation and proportions, also
// after a session that ended with the log pane popped out; popping the pane out and back.
#include "ConsoleTab.h"
#include "MainWindow.h"
#include "SessionStore.h"

#include "virt/Connection.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/DomainTree.h"
#include "widgets/TerminalView.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using vcv::ConsoleTarget;
using vcv::SessionStore;

namespace {

/// The main window's menu action whose text (without '&') contains `text`, or null.
QAction *menuAction(vcv::MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().remove(u'&').contains(text))
                return a;
        }
    }
    return nullptr;
}

/// Opens the test driver's domain "test" in a tab of `window`, as the command line would. The
/// driver has no console to attach: the tab is still made, with its splitter and log side.
vcv::ConsoleTab *openTestDomain(vcv::MainWindow &window)
{
    window.addConnection(u"test:///default"_s);
    window.openWhenAvailable(u"test:///default"_s, u"test"_s, {}, false, false);
    if (!QTest::qWaitFor([&] { return window.currentConsole() != nullptr; }, 10000))
        return nullptr;
    return window.currentConsole();
}

} // namespace

class SessionStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(vcv::EventLoop::ensureRegistered()); // the test driver's connection runs on Qt's loop
        QCoreApplication::setOrganizationName(u"virt-console-viewer-tests"_s);
        QCoreApplication::setApplicationName(u"tst_sessionstore"_s);
    }
    void init() { QSettings().clear(); }

    void defaults()
    {
        QVERIFY(SessionStore::connections().isEmpty());
        QCOMPARE(SessionStore::connectionsToOpen(), QStringList{u"qemu:///system"_s}); // a first run
        QVERIFY(SessionStore::openConsoles().isEmpty());
        QVERIFY(!SessionStore::windowGeometry());
        QVERIFY(!SessionStore::mainSplit());
        QVERIFY(SessionStore::consoleSplit().isEmpty());
        QCOMPARE(SessionStore::consoleOrientation(), Qt::Horizontal);
        QVERIFY(SessionStore::autoReattach());
    }

    void roundTripInTheKeysEarlierVersionsWrote()
    {
        const QList<ConsoleTarget> consoles{
            {u"qemu:///system"_s, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s, u"web01"_s, {}},
            {u"qemu+ssh://admin@host/system"_s, u"0f1e2d3c-0000-4000-8000-000000000001"_s, u"db prod"_s, u"serial1"_s},
        };
        SessionStore::setConnections({u"qemu:///system"_s, u"test:///default"_s});
        SessionStore::setOpenConsoles(consoles);
        SessionStore::setWindowGeometry("geometry");
        SessionStore::setMainSplit("split");
        SessionStore::setConsoleSplit("console split");
        SessionStore::setConsoleOrientation(Qt::Vertical);
        SessionStore::setAutoReattach(false);

        QCOMPARE(SessionStore::connections(), (QStringList{u"qemu:///system"_s, u"test:///default"_s}));
        QCOMPARE(SessionStore::connectionsToOpen(), SessionStore::connections());
        QCOMPARE(SessionStore::openConsoles(), consoles);
        QCOMPARE(SessionStore::windowGeometry(), std::optional<QByteArray>("geometry"));
        QCOMPARE(SessionStore::mainSplit(), std::optional<QByteArray>("split"));
        QCOMPARE(SessionStore::consoleSplit(), "console split"_ba);
        QCOMPARE(SessionStore::consoleOrientation(), Qt::Vertical);
        QVERIFY(!SessionStore::autoReattach());

        const QSettings raw;
        QCOMPARE(raw.value(u"connections/uris"_s).toStringList(),
                 (QStringList{u"qemu:///system"_s, u"test:///default"_s}));
        QCOMPARE(
            raw.value(u"session/tabs"_s).toStringList(),
            (QStringList{u"qemu:///system\t6695eb01-f6a4-8304-79aa-97f2502e193f\tweb01\t"_s,
                         u"qemu+ssh://admin@host/system\t0f1e2d3c-0000-4000-8000-000000000001\tdb prod\tserial1"_s}));
        QCOMPARE(raw.value(u"window/geometry"_s).toByteArray(), "geometry"_ba);
        QCOMPARE(raw.value(u"window/mainSplit"_s).toByteArray(), "split"_ba);
        QCOMPARE(raw.value(u"console/split"_s).toByteArray(), "console split"_ba);
        QCOMPARE(raw.value(u"console/orientation"_s).toInt(), int(Qt::Vertical));
        QCOMPARE(raw.value(u"console/autoReattach"_s).toBool(), false);
    }

    void unreadableConsoleEntriesAreSkipped()
    {
        QSettings().setValue(u"session/tabs"_s,
                             QStringList{u"qemu:///system\tuuid-1\tweb01\t"_s, u"not a console"_s, u"\t\t\t"_s,
                                         u"qemu:///system\t\tno uuid\t"_s, u"a\tb\tc\td\te"_s,
                                         u"test:///default\tuuid-2\tdb\tserial0"_s});
        QCOMPARE(SessionStore::openConsoles(),
                 (QList<ConsoleTarget>{{u"qemu:///system"_s, u"uuid-1"_s, u"web01"_s, {}},
                                       {u"test:///default"_s, u"uuid-2"_s, u"db"_s, u"serial0"_s}}));
        QSettings().setValue(u"console/orientation"_s, u"sideways"_s);
        QCOMPARE(SessionStore::consoleOrientation(), Qt::Horizontal);
    }

    void theWindowTakesOverConnectionsOpenedBeforeIt()
    {
        // As main() does: the saved connections start opening, then the window is built on them,
        // then the session is restored. Nothing is opened twice, and the window works with them.
        SessionStore::setConnections({u"test:///default"_s});
        auto *domains = new vcv::DomainListModel;
        domains->setConnectionUris(SessionStore::connectionsToOpen());
        vcv::Connection *opened = domains->connection(u"test:///default"_s);
        QVERIFY(opened);
        vcv::MainWindow window(domains);
        QCOMPARE(window.model(), domains);
        QCOMPARE(static_cast<QObject *>(domains)->parent(), &window); // the window owns it from now on
        window.restoreSession();
        QCOMPARE(domains->connectionUris(), QStringList{u"test:///default"_s});
        QCOMPARE(domains->connection(u"test:///default"_s), opened);
        QCOMPARE(window.domainTree()->view()->model()->rowCount(), 1);
        window.openWhenAvailable(u"test:///default"_s, u"test"_s, {}, false, false);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 10000);
        QCOMPARE(window.currentConsole()->target().uri, u"test:///default"_s);
    }

    void theWindowRestoresWhatItSaved()
    {
        {
            vcv::MainWindow window;
            window.resize(700, 500); // inside the offscreen screen (800 × 600), unlike the default size
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // View → the orientation toggle, as the user picks it.
            QAction *turn = nullptr;
            for (QAction *menu : window.menuBar()->actions()) {
                for (QAction *a : menu->menu()->actions()) {
                    if (a->text().contains(u"Above Each Other"_s))
                        turn = a;
                }
            }
            QVERIFY(turn);
            turn->trigger();
            QCOMPARE(SessionStore::consoleOrientation(), Qt::Vertical);
            window.close(); // saves the session and the layout
        }
        QVERIFY(SessionStore::windowGeometry());
        QVERIFY(SessionStore::mainSplit());
        vcv::MainWindow again;
        QCOMPARE(again.size(), QSize(700, 500));
    }

    void theWindowRestoresTheConsoleLayout()
    {
        // A user turns the split, drags the handle to give the terminal about a quarter, quits;
        // the next window's tabs come back with that orientation and those proportions.
        {
            vcv::MainWindow window;
            window.resize(760, 560);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            vcv::ConsoleTab *tab = openTestDomain(window);
            QVERIFY(tab);
            QSplitter *splitter = tab->view()->splitter();
            QCOMPARE(splitter->orientation(), Qt::Horizontal);
            QAction *turn = menuAction(window, u"Above Each Other"_s);
            QVERIFY(turn);
            turn->trigger();
            QCOMPARE(splitter->orientation(), Qt::Vertical);
            QTRY_VERIFY(splitter->height() > 200);
            // Drag the handle with the mouse, from its middle to a quarter of the height.
            QSplitterHandle *handle = splitter->handle(1);
            QVERIFY(handle && handle->isVisible());
            const QPoint grab = handle->rect().center();
            const int target = splitter->height() / 4;
            QTest::mousePress(handle, Qt::LeftButton, {}, grab);
            QTest::mouseMove(handle, grab + QPoint(0, target - handle->y()));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, grab + QPoint(0, target - handle->y()));
            const QList<int> sizes = splitter->sizes();
            QVERIFY2(sizes.size() == 2 && sizes[0] < sizes[1] / 2, qPrintable(QString::number(sizes.value(0))));
            window.close();
        }
        vcv::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(menuAction(again, u"Above Each Other"_s)->isChecked());
        vcv::ConsoleTab *tab = openTestDomain(again);
        QVERIFY(tab);
        QSplitter *splitter = tab->view()->splitter();
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        QTRY_VERIFY(splitter->height() > 200);
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 2);
        // About a quarter, as dragged (half and half is the default).
        QVERIFY2(sizes[0] > 0 && sizes[0] < sizes[1] / 2,
                 qPrintable(QString::number(sizes[0]) + u" / "_s + QString::number(sizes[1])));
    }

    void popOutAndBack()
    {
        // View → Pop Out Log Pane moves the log side into a window of its own; closing that
        // window puts it back beside the terminal.
        vcv::MainWindow window;
        window.resize(760, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        vcv::ConsoleTab *tab = openTestDomain(window);
        QVERIFY(tab);
        QSplitter *splitter = tab->view()->splitter();
        QCOMPARE(splitter->count(), 2);
        QWidget *logSide = splitter->widget(1);
        QAction *popOut = menuAction(window, u"Pop Out Log Pane"_s);
        QVERIFY(popOut);
        popOut->trigger();
        QCOMPARE(splitter->count(), 1);
        QCOMPARE(splitter->widget(0), tab->view()->terminal());
        QWidget *outside = logSide->window();
        QVERIFY(outside != &window);
        QVERIFY(QTest::qWaitForWindowExposed(outside));
        QVERIFY(outside->isVisible());

        outside->close();
        QCOMPARE(splitter->count(), 2);
        QCOMPARE(splitter->widget(1), logSide);
        QCOMPARE(logSide->window(), &window);
        QTRY_VERIFY(logSide->isVisible());
        QVERIFY(splitter->sizes().at(1) > 0);
    }

    void aSessionEndedWithThePanePoppedOutRestoresBothSides()
    {
        // The pane was out when the window closed: the next tab still shows both sides.
        {
            vcv::MainWindow window;
            window.resize(760, 560);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            vcv::ConsoleTab *tab = openTestDomain(window);
            QVERIFY(tab);
            menuAction(window, u"Pop Out Log Pane"_s)->trigger();
            QVERIFY(tab->view()->isLogPoppedOut());
            window.close();
        }
        vcv::MainWindow again;
        again.resize(760, 560);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        vcv::ConsoleTab *tab = openTestDomain(again);
        QVERIFY(tab);
        QVERIFY(!tab->view()->isLogPoppedOut());
        QSplitter *splitter = tab->view()->splitter();
        QTRY_VERIFY(splitter->width() > 200);
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 2);
        QVERIFY2(sizes[0] > 0 && sizes[1] > 0,
                 qPrintable(QString::number(sizes[0]) + u" / "_s + QString::number(sizes[1])));
    }
};

QTEST_MAIN(SessionStoreTest)
#include "tst_sessionstore.moc"
