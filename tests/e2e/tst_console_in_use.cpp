// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// A console held by another client, as users meet it: `virsh console` in another terminal, or a
// second virt-console-viewer. The main window opens the guest the way the command line does (the
// tab is made while the connection comes up), shows "in use" with Take Over and never takes the
// console by itself; Take Over attaches it (a typed command's output comes back) and libvirt
// disconnects the other client.
//
// Oracles that do not depend on the code under test: libvirt's own answer to a safe open
// (TestGuest::consoleHeld), the holder process ending or printing libvirt's message, and the
// guest's output in virtlogd's log.
#include "AppProcess.h"
#include "ConsoleTab.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "TestGuest.h"
#include "VirshConsole.h"

#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalBanner.h"
#include "widgets/TerminalView.h"

#include "widgets/QTermWidgetHeaders.h"
#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using vcv::ConsoleStream;
using vcv::TerminalView;
using vcv::test::TestGuest;
using vcv::test::VirshConsole;

namespace {

// A TCG guest on two busy cores: echoes and boots can take many seconds.
constexpr int kEchoTimeoutMs = 60000;
constexpr int kHolderTimeoutMs = 30000;

QString terminalText(TerminalView *view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    view->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

void typeLine(TerminalView *view, const QString &line)
{
    QWidget *keys = view->terminal()->focusProxy();
    QTest::keyClicks(keys, line);
    QTest::keyClick(keys, Qt::Key_Return);
}

/// The banner's button for `action`, or null when it shows none.
QToolButton *bannerButton(TerminalView *view, QAction *action)
{
    const QList<QToolButton *> buttons = view->banner()->buttons();
    for (QToolButton *button : buttons)
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}

} // namespace

class ConsoleInUseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void virshConsoleHolder();
    void secondViewerHolder();

private:
    /// Opens `guest` in `window` as the command line does and returns its tab once the stream
    /// has left Connecting.
    static vcv::ConsoleTab *openFromCommandLine(vcv::MainWindow &window, const TestGuest &guest);
    /// Checks that `tab` offers to take the console over, and says so in banner and status bar.
    static void verifyInUseShown(vcv::ConsoleTab *tab);
    /// Clicks Take Over, then types a command and waits for its output on screen and in the log.
    static void takeOverAndType(vcv::ConsoleTab *tab, const TestGuest &guest, const QString &tag);
};

void ConsoleInUseTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(vcv::EventLoop::ensureRegistered());
    QString error;
    QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
}

vcv::ConsoleTab *ConsoleInUseTest::openFromCommandLine(vcv::MainWindow &window, const TestGuest &guest)
{
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    if (!QTest::qWaitFor([&] { return window.currentConsole() != nullptr; }, 30000))
        return nullptr;
    vcv::ConsoleTab *tab = window.currentConsole();
    // The caller checks the state it expects.
    (void)QTest::qWaitFor([&] { return tab->stream() && tab->stream()->state() != ConsoleStream::State::Connecting; },
                          15000);
    return tab;
}

void ConsoleInUseTest::verifyInUseShown(vcv::ConsoleTab *tab)
{
    QVERIFY(tab->stream());
    QVERIFY2(tab->stream()->state() == ConsoleStream::State::InUse,
             qPrintable(tab->stream()->reason() + u" / "_s + tab->view()->terminal()->banner()->text()));
    TerminalView *terminal = tab->view()->terminal();
    QCOMPARE(terminal->status(), TerminalView::Status::InUse);
    QVERIFY2(terminal->banner()->text().contains(u"The console is in use by another client"_s),
             qPrintable(terminal->banner()->text()));
    // The banner's buttons are made anew with each message and shown by the layout on the next
    // loop iteration.
    QTRY_VERIFY_WITH_TIMEOUT(bannerButton(terminal, terminal->takeOverAction()) &&
                                 bannerButton(terminal, terminal->takeOverAction())->isVisible(),
                             5000);
    QVERIFY2(tab->statusText().contains(u"Console in use by another client"_s), qPrintable(tab->statusText()));
}

void ConsoleInUseTest::takeOverAndType(vcv::ConsoleTab *tab, const TestGuest &guest, const QString &tag)
{
    TerminalView *terminal = tab->view()->terminal();
    QToolButton *takeOver = bannerButton(terminal, terminal->takeOverAction());
    QVERIFY(takeOver);
    takeOver->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), ConsoleStream::State::Open, 15000);
    QCOMPARE(terminal->status(), TerminalView::Status::Connected);

    // The shell computes it, so the answer comes from the guest: on screen and in virtlogd's log.
    typeLine(terminal, u"echo "_s + tag + u"-$((40 + 2))"_s);
    const QString answer = tag + u"-42"_s;
    QTRY_VERIFY2_WITH_TIMEOUT(terminalText(terminal).contains(u'\n' + answer),
                              qPrintable(terminalText(terminal).right(400)), kEchoTimeoutMs);
    QVERIFY(guest.waitForLog(answer.toUtf8() + "\r\n", kEchoTimeoutMs));
}

void ConsoleInUseTest::virshConsoleHolder()
{
    TestGuest guest(u"vcv-e2e-inuse-virsh"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));
    VirshConsole holder(vcv::test::Sandbox::uri(), guest.name());
    QTRY_VERIFY2_WITH_TIMEOUT(holder.attached(), holder.output().constData(), kHolderTimeoutMs);
    QString libvirtSays;
    QVERIFY2(guest.consoleHeld(&libvirtSays), "libvirt does not see virsh holding the console");

    vcv::MainWindow window;
    vcv::ConsoleTab *tab = openFromCommandLine(window, guest);
    QVERIFY(tab);
    verifyInUseShown(tab);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(tab->stream()->reason().contains(libvirtSays), qPrintable(tab->stream()->reason()));
    // Offering is all it does: virsh still holds the console.
    QVERIFY(!holder.finished());
    QVERIFY(guest.consoleHeld());

    // Reconnect asks again, safely: still in use, still offered.
    TerminalView *terminal = tab->view()->terminal();
    QToolButton *reconnect = bannerButton(terminal, terminal->reconnectAction());
    QVERIFY(reconnect);
    reconnect->click();
    QCOMPARE(tab->stream()->state(), ConsoleStream::State::Connecting); // asked on the connection's worker
    QTRY_VERIFY_WITH_TIMEOUT(tab->stream()->state() != ConsoleStream::State::Connecting, 15000);
    verifyInUseShown(tab);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!holder.finished());

    takeOverAndType(tab, guest, u"vcv-virsh-taken"_s);
    if (QTest::currentTestFailed())
        return;
    // libvirt ends virsh's stream; virsh prints why and exits.
    QTRY_VERIFY2_WITH_TIMEOUT(holder.finished(), holder.output().right(400).constData(), kHolderTimeoutMs);
    QVERIFY2(holder.output().contains("error: "), holder.output().right(400).constData());
    QCOMPARE(tab->stream()->state(), ConsoleStream::State::Open);
}

void ConsoleInUseTest::secondViewerHolder()
{
    TestGuest guest(u"vcv-e2e-inuse-viewer"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));
    // Another virt-console-viewer process on the same guest.
    vcv::test::AppProcess other({u"-c"_s, vcv::test::Sandbox::uri(), guest.name()});
    // It reports its console attached (state Open) …
    QTRY_VERIFY2_WITH_TIMEOUT(other.output().contains("console state: Open"), other.output().right(800).constData(),
                              kHolderTimeoutMs);
    // … and libvirt agrees that someone holds it.
    QString libvirtSays;
    QVERIFY2(guest.consoleHeld(&libvirtSays), other.output().right(800).constData());

    vcv::MainWindow window;
    vcv::ConsoleTab *tab = openFromCommandLine(window, guest);
    QVERIFY(tab);
    verifyInUseShown(tab);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(guest.consoleHeld()); // not taken by merely opening

    takeOverAndType(tab, guest, u"vcv-viewer-taken"_s);
    if (QTest::currentTestFailed())
        return;
    // The other viewer was disconnected by libvirt and says so (libvirt's message in its reason)…
    QTRY_VERIFY2_WITH_TIMEOUT(other.output().contains("console state: Closed"), other.output().right(800).constData(),
                              kHolderTimeoutMs);
    QVERIFY2(other.output().contains("stream had I/O failure"), other.output().right(800).constData());
    QVERIFY(other.running());
    // … and did not take the console back: ours is still attached and answers.
    QCOMPARE(tab->stream()->state(), ConsoleStream::State::Open);
    typeLine(tab->view()->terminal(), u"echo vcv-still-mine-$((3 * 3))"_s);
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab->view()->terminal()).contains(u"\nvcv-still-mine-9"_s), kEchoTimeoutMs);
    QCOMPARE(tab->stream()->state(), ConsoleStream::State::Open);
    const QByteArray seen = other.output();
    QVERIFY2(seen.indexOf("console state: Open", seen.indexOf("console state: Closed")) < 0,
             seen.right(800).constData());
    // Once we let go, nobody holds it: the other viewer stays detached until its user acts.
    // (close() hands the stream's abort, a round trip, to the connection's worker.)
    tab->stream()->close();
    QTRY_VERIFY_WITH_TIMEOUT(!guest.consoleHeld(), kHolderTimeoutMs);
    QVERIFY2(other.output().indexOf("console state: Open", other.output().indexOf("console state: Closed")) < 0,
             other.output().right(800).constData());
}

QTEST_MAIN(ConsoleInUseTest)
#include "tst_console_in_use.moc"
