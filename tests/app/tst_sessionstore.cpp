// SPDX-License-Identifier: GPL-2.0-or-later
// SessionStore: defaults, round trips, the keys and formats earlier versions wrote (checked with
// QSettings directly, not through the store), and the main window restoring what it saved.
#include "MainWindow.h"
#include "SessionStore.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::ConsoleTarget;
using vcv::SessionStore;

class SessionStoreTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"virt-console-viewer-tests"_s);
        QCoreApplication::setApplicationName(u"tst_sessionstore"_s);
    }
    void init() { QSettings().clear(); }

    void defaults()
    {
        QVERIFY(SessionStore::connections().isEmpty());
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
        QCOMPARE(SessionStore::openConsoles(), consoles);
        QCOMPARE(SessionStore::windowGeometry(), std::optional<QByteArray>("geometry"));
        QCOMPARE(SessionStore::mainSplit(), std::optional<QByteArray>("split"));
        QCOMPARE(SessionStore::consoleSplit(), "console split"_ba);
        QCOMPARE(SessionStore::consoleOrientation(), Qt::Vertical);
        QVERIFY(!SessionStore::autoReattach());

        const QSettings raw;
        QCOMPARE(raw.value(u"connections/uris"_s).toStringList(),
                 (QStringList{u"qemu:///system"_s, u"test:///default"_s}));
        QCOMPARE(raw.value(u"session/tabs"_s).toStringList(),
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
};

QTEST_MAIN(SessionStoreTest)
#include "tst_sessionstore.moc"
