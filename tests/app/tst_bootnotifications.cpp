// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Desktop notifications of boot alerts through a real D-Bus: a session bus of the test's own
// (dbus-daemon) with a notification server registered on it by the test, on a connection of its
// own. Two consoles' log panes in a window's tabs, their logs growing here: a panic in the one
// not looked at is one Notify with the expected fields and the line escaped; one in the console
// looked at is none; the next replaces the first; a click brings that tab up with the line
// selected. A bus without a server is quiet: one debug line.

#include "BootAlertWatch.h"
#include "BootNotifications.h"
#include "DesktopNotifier.h"
#include "NotificationServer.h"
#include "OpenDocument.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::NotificationServer;

namespace {

constexpr char kBoot[] = "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\n"
                         "[    1.000000] Run /init as init process\n";

bool append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

LineNumber lineWith(const LogDocument &document, const QString &needle)
{
    for (qint64 i = 0; i < document.lineCount(); ++i)
        if (document.line(LineNumber(i)).text.contains(needle))
            return LineNumber(i);
    return {};
}

/// One console as the shell has it: a tab page with a log pane on a followed log, and the watch.
struct Console
{
    Console(const QString &folder, const QString &name)
        : path(folder + u'/' + name + u"-serial0.log"_s)
        , page(new QWidget)
        , pane(new LogPane(page))
    {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write(kBoot) == qint64(sizeof(kBoot) - 1);
        file.close();
        pane->setDocument(&document);
        ok = ok && vcv::test::openDocument(document, path);
        watch.setSources(&document, pane->problemScanner());
    }
    ~Console() { pane->setDocument(nullptr); }

    QString path;
    LogDocument document;
    QWidget *page; // owned by the tabs
    LogPane *pane;
    BootAlertWatch watch;
    bool ok = false;
};

/// Counts the NotificationClosed signals that reach the session bus connection of this process
/// (the notifier's): once it has one, the notifier has had it too (the same message, delivered
/// to both in one go).
class ClosedWatcher : public QObject
{
    Q_OBJECT
public:
    ClosedWatcher()
    {
        QDBusConnection::sessionBus().connect(QString(), u"/org/freedesktop/Notifications"_s,
                                              u"org.freedesktop.Notifications"_s, u"NotificationClosed"_s, this,
                                              SLOT(closed(uint, uint)));
    }
    int count = 0;

public Q_SLOTS:
    void closed(uint /*id*/, uint /*reason*/) { ++count; }
};

/// Debug lines of category vcv.notify, counted.
int g_notifyDebugLines = 0;
QtMessageHandler g_previousHandler = nullptr;
void countNotifyLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg && context.category && qstrcmp(context.category, "vcv.notify") == 0)
        ++g_notifyDebugLines;
    g_previousHandler(type, context, message);
}

} // namespace

class BootNotificationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_bus = std::make_unique<vcv::test::PrivateSessionBus>();
        QVERIFY2(!m_bus->address().isEmpty(), qPrintable(m_bus->error()));
    }

    void cleanupTestCase() { m_bus.reset(); }

    void notifiesConsolesNotLookedAt()
    {
        NotificationServer server(m_bus->address());
        QVERIFY(server.isRegistered());
        QSignalSpy notified(&server, &NotificationServer::notified);

        QTemporaryDir dir;
        QMainWindow window; // before the consoles: their pages go with it, after them
        auto *tabs = new QTabWidget;
        window.setCentralWidget(tabs);
        Console demo(dir.path(), u"demo"_s);
        Console other(dir.path(), u"other"_s);
        QVERIFY(demo.ok && other.ok);
        tabs->addTab(demo.page, u"demo"_s);
        tabs->addTab(other.page, u"other"_s);
        tabs->setCurrentWidget(other.page);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        DesktopNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        BootNotifications notifications(&window, tabs, &notifier);
        notifications.addConsole(&demo.watch, demo.page, demo.pane, u"demo"_s);
        notifications.addConsole(&other.watch, other.page, other.pane, u"other"_s);
        QVERIFY(!notifications.isLookedAt(demo.page));
        QVERIFY(notifications.isLookedAt(other.page));

        // A panic on the console in the background: one Notify, the guest's line as plain text.
        QVERIFY(append(demo.path, "[    4.200000] Kernel panic - not syncing: <b>not bold</b> & <a href=x>y</a>\n"));
        QVERIFY(notified.wait(20000));
        QCOMPARE(server.calls().size(), 1);
        const NotificationServer::Call first = server.calls().at(0);
        QCOMPARE(first.appName, u"virt-console-viewer"_s);
        QCOMPARE(first.icon, u"org.virt_console_viewer.VirtConsoleViewer"_s);
        QCOMPARE(first.summary, u"demo: kernel panic"_s);
        QCOMPARE(first.body,
                 u"[    4.200000] Kernel panic - not syncing: &lt;b&gt;not bold&lt;/b&gt; &amp; "
                 u"&lt;a href=x&gt;y&lt;/a&gt;"_s);
        QCOMPARE(first.actions, (QStringList{u"default"_s, u"Show"_s}));
        QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(), u"org.virt_console_viewer.VirtConsoleViewer"_s);
        QCOMPARE(first.replacesId, 0u);
        QCOMPARE(first.timeout, -1);

        // A panic on the console the user looks at: none. (Calls from one connection arrive in
        // order: had it been sent, it would come before the next one's.)
        QSignalSpy otherAlerts(&other.watch, &BootAlertWatch::problemArrived);
        QVERIFY(append(other.path, "[    3.000000] Kernel panic - not syncing: looked at\n"));
        QVERIFY(otherAlerts.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isIdle(), 20000);

        // The next one of the same console replaces the first.
        QVERIFY(append(demo.path, "[    5.000000] Oops: 0002 [#1] PREEMPT SMP NOPTI\n"));
        QVERIFY(notified.wait(20000));
        QCOMPARE(server.calls().size(), 2);
        const NotificationServer::Call second = server.calls().at(1);
        QCOMPARE(second.summary, u"demo: kernel Oops"_s);
        QCOMPARE(second.replacesId, first.id);
        QCOMPARE(second.id, first.id);

        // Minimized, even the current console is not looked at.
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        QVERIFY(!notifications.isLookedAt(other.page));
        QVERIFY(append(other.path, "[    6.000000] Kernel panic - not syncing: minimized\n"));
        QVERIFY(notified.wait(20000));
        QCOMPARE(server.calls().size(), 3);
        QCOMPARE(server.calls().at(2).summary, u"other: kernel panic"_s);
        QCOMPARE(server.calls().at(2).replacesId, 0u);
        QVERIFY(server.calls().at(2).id != first.id);

        // A click on demo's: the window comes back, demo's tab is current, the Oops line shown
        // and selected, follow off.
        server.click(second.id, u"token-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), demo.page, 10000);
        QVERIFY(!window.isMinimized());
        const LineNumber oops = lineWith(demo.document, u"Oops: 0002"_s);
        QVERIFY(oops.isValid());
        QCOMPARE(demo.pane->view()->currentLine(), oops);
        QVERIFY(!demo.pane->view()->isFollowing());
        QCOMPARE(demo.pane->view()->selectedText(), u"[    5.000000] Oops: 0002 [#1] PREEMPT SMP NOPTI"_s);
        QCOMPARE(qgetenv("XDG_ACTIVATION_TOKEN"), QByteArray("token-1"));
        qunsetenv("XDG_ACTIVATION_TOKEN");

        // A click on a notification of someone else's id: nothing.
        tabs->setCurrentWidget(other.page);
        server.click(9999);
        server.click(server.calls().at(2).id); // other's: its tab (current already) and line
        QTRY_COMPARE_WITH_TIMEOUT(other.pane->view()->currentLine(), lineWith(other.document, u"minimized"_s), 10000);
        QCOMPARE(tabs->currentWidget(), other.page);

        // Closed by the user: the next one is a new notification, not a replacement.
        ClosedWatcher closed;
        server.close(second.id);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count, 1, 10000);
        QVERIFY(append(demo.path, "You are in emergency mode. After logging in, type \"journalctl -xb\"\n"));
        QVERIFY(notified.wait(20000));
        QCOMPARE(server.calls().last().summary, u"demo: emergency mode"_s);
        QCOMPARE(server.calls().last().replacesId, 0u);
    }

    void plainServerGetsTheTextAsItIs()
    {
        NotificationServer server(m_bus->address());
        QVERIFY(server.isRegistered());
        server.setMarkup(false);
        QSignalSpy notified(&server, &NotificationServer::notified);
        DesktopNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        const QString longLine = u"<b>"_s + QString(1000, u'x');
        notifier.notify(u"a"_s, u"demo: kernel panic"_s, u"a\u0007b <i>&"_s);
        QVERIFY(notified.wait(20000));
        QCOMPARE(server.calls().last().body, u"a b <i>&"_s);
        notifier.notify(u"a"_s, u"demo: kernel panic"_s, longLine);
        QVERIFY(notified.wait(20000));
        QCOMPARE(server.calls().last().body.size(), DesktopNotifier::kMaxBody);
        QVERIFY(server.calls().last().body.startsWith(u"<b>xxx"_s));
        QVERIFY(server.calls().last().body.endsWith(u'…'));
        QCOMPARE(DesktopNotifier::plainBody(longLine, true).left(9), u"&lt;b&gt;"_s);
    }

    void withoutServerQuiet()
    {
        QLoggingCategory::setFilterRules(u"vcv.notify.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(countNotifyLines);
        // The bus is there, no server is.
        DesktopNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        notifier.notify(u"a"_s, u"demo: kernel panic"_s, u"first"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isIdle(), 20000);
        notifier.notify(u"a"_s, u"demo: kernel panic"_s, u"second"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isIdle(), 20000);
        QCOMPARE(g_notifyDebugLines, 1);
        // No bus at all.
        DesktopNotifier nowhere(QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, u"nowhere"_s), nullptr);
        nowhere.notify(u"a"_s, u"demo: kernel panic"_s, u"third"_s);
        QTRY_VERIFY_WITH_TIMEOUT(nowhere.isIdle(), 20000);
        QCOMPARE(g_notifyDebugLines, 2);
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

private:
    std::unique_ptr<vcv::test::PrivateSessionBus> m_bus;
};

QTEST_MAIN(BootNotificationsTest)
#include "tst_bootnotifications.moc"
