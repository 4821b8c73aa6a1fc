// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// A desktop notification for a real guest's kernel panic: the main window has the sandbox
// guest's console open and is minimized; the guest is made to panic from that console
// (echo c > /proc/sysrq-trigger, sent on the console's stream); the window sends exactly one Notify
// for the panic over a session bus of the test's own, to a notification server registered there
// by the test. Its click ("default" action) brings the window back with the panic's line
// selected in the log pane.
#include "ConsoleTab.h"
#include "MainWindow.h"
#include "NotificationServer.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "bootlog/LogDocument.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"
#include "widgets/TerminalView.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using vcv::test::NotificationServer;
using vcv::test::TestGuest;

class BootNotifyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // First: nothing may have connected to a session bus before it is this one.
        m_bus = std::make_unique<vcv::test::PrivateSessionBus>();
        QVERIFY2(!m_bus->address().isEmpty(), qPrintable(m_bus->error()));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(vcv::EventLoop::ensureRegistered());
        QString error;
        QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        m_bus.reset();
    }

    void panicOfAConsoleNotLookedAt()
    {
        NotificationServer server(m_bus->address());
        QVERIFY(server.isRegistered());
        TestGuest guest(u"vcv-e2e-notify"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));

        vcv::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.addConnection(vcv::test::Sandbox::uri());
        window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
        vcv::ConsoleTab *tab = window.currentConsole();
        QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(tab->document()->lineCount() > 0 && tab->document()->isIndexComplete(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->view()->terminal()->isHoldingOutput(), 30000);

        // The user looks elsewhere; the guest panics.
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        QSignalSpy notified(&server, &NotificationServer::notified);
        tab->stream()->write("echo c > /proc/sysrq-trigger\r");
        QVERIFY(guest.waitForLog("Kernel panic - not syncing"));

        const QString summary = guest.name() + u": kernel panic"_s;
        const auto panics = [&] {
            return std::count_if(server.calls().cbegin(), server.calls().cend(),
                                 [&](const NotificationServer::Call &call) { return call.summary == summary; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(panics(), 1, 30000);
        const auto call = std::find_if(server.calls().cbegin(), server.calls().cend(),
                                       [&](const NotificationServer::Call &c) { return c.summary == summary; });
        QVERIFY2(call->body.contains(u"Kernel panic - not syncing"_s), qPrintable(call->body));
        QCOMPARE(call->appName, u"virt-console-viewer"_s);
        QCOMPARE(call->actions.value(0), u"default"_s);
        QCOMPARE(call->hints.value(u"desktop-entry"_s).toString(), u"org.virt_console_viewer.VirtConsoleViewer"_s);

        // A click brings the window back, the console's tab current, the panic's line selected.
        server.click(call->id);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isMinimized(), 10000);
        QCOMPARE(window.currentConsole(), tab);
        vcv::LogView *log = tab->view()->logPane()->view();
        QTRY_VERIFY_WITH_TIMEOUT(log->currentLine().isValid(), 10000);
        QVERIFY2(log->selectedText().contains(u"Kernel panic - not syncing"_s), qPrintable(log->selectedText()));

        // Nothing more for that line (the guest is halted: it prints no more).
        QTRY_VERIFY_WITH_TIMEOUT(server.calls().size() == notified.size(), 5000);
        QCOMPARE(panics(), 1);
    }

private:
    std::unique_ptr<vcv::test::PrivateSessionBus> m_bus;
};

QTEST_MAIN(BootNotifyTest)
#include "tst_boot_notify.moc"
