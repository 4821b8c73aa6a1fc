// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The application end to end under X: the main window connects to the sandbox, opens a running
// guest, a command typed into the terminal runs in the guest, and the line it prints appears in
// the log pane too. A console without a log offers "Enable console logging", which changes the
// domain's persistent definition. "Start paused and attach" from the terminal's menu on a running
// domain asks first, then forces it off and shows the next boot from its first line; the log,
// wiped by virtlogd at that start (append='off'), leaves the previous boot in the archive. When
// the daemons go and come back, the tab asks for its console again on the new connection.
// File → Save Log As… writes the log, as virtlogd wrote it, to the file picked in the dialog.
// The daemons are this test's own (PrivateDaemons): it stops them.
#include "ConsoleTab.h"
#include "MainWindow.h"
#include "OpenDocument.h"
#include "PrivateDaemons.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "bootlog/LogDocument.h"
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include "widgets/QTermWidgetHeaders.h"
#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

#include <algorithm>
#include <memory>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using vcv::test::documentHasLine;
using vcv::test::TestGuest;

class AppConsoleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void typedLineShowsInTerminalAndLog();
    void enableLoggingForAConsoleWithout();
    void startPausedOnARunningDomainAsksFirst();
    void consoleAttachesAgainWhenTheDaemonReturns();
    void openWaitsForTheDomainToRun();
    void saveLogAsFromTheFileMenu();
};

namespace {
QString terminalText(vcv::TerminalView *view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    view->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

/// Whether the guest's shell has printed its prompt since its last "vcv-guest-ready", as
/// TestGuest::waitForShellPrompt asks of the log: keys typed before it are lost.
bool shellPromptShown(vcv::TerminalView *view)
{
    const QString text = terminalText(view);
    const qsizetype ready = text.lastIndexOf(u"vcv-guest-ready"_s);
    return ready >= 0 && text.indexOf(u"root@"_s, ready) > ready;
}

/// The ends of the terminal and of virtlogd's log, for a failure message: whether the guest
/// answered (the log has it) and the answer was lost on its way, or the guest never answered.
QString terminalAndLogEnds(vcv::TerminalView *view, const TestGuest &guest)
{
    return u"terminal ends with: "_s + terminalText(view).right(300) + u"\nlog ends with: "_s +
        QString::fromUtf8(guest.readLogChain().right(300));
}

/// What a message box showed, and whether it was answered.
struct BoxSeen
{
    QString text;
    QString defaultButton;
    bool answered = false;
};

/// Clicks the button labelled `button` of the next modal message box, as a user would, and
/// records what the box showed. Polls: the box is shown from inside the action's own event loop.
void answerNextMessageBox(const QString &button, BoxSeen *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        seen->text = box->text();
        seen->defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *candidate : buttons) {
            if (candidate->text() == button) {
                seen->answered = true;
                candidate->click();
            }
        }
        timer->deleteLater();
    });
    timer->start();
}

/// Triggers "Start Paused and Attach" in the terminal's context menu.
void triggerStartPaused(vcv::TerminalView *terminal)
{
    std::unique_ptr<QMenu> menu(terminal->createContextMenu(nullptr));
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == u"Start Paused and Attach"_s) {
            action->trigger();
            return;
        }
    }
    QFAIL("no Start Paused and Attach in the terminal's menu");
}

/// The guest's current ID (a new one for each run), looked up anew: a virDomainPtr keeps the ID
/// it was looked up with.
int domainId(const TestGuest &guest)
{
    virDomainPtr domain = virDomainLookupByName(guest.connection(), guest.name().toUtf8().constData());
    if (!domain)
        return -1;
    const int id = int(virDomainGetID(domain));
    virDomainFree(domain);
    return id;
}
} // namespace

void AppConsoleTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(vcv::EventLoop::ensureRegistered());
}

void AppConsoleTest::cleanup()
{
    // consoleAttachesAgainWhenTheDaemonReturns stops the daemons: one that fails before it starts
    // them again must not take them from the functions after it (QtTest runs cleanup() after a
    // failure too).
    QString error;
    QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
}

void AppConsoleTest::typedLineShowsInTerminalAndLog()
{
    TestGuest guest(u"vcv-e2e-app"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));

    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QCOMPARE(tab->target().name, guest.name());
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 15000);
    QVERIFY2(tab->view()->logUnavailableMessage().isEmpty(), qPrintable(tab->view()->logUnavailableMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-guest-ready"_s), 10000);

    QWidget *keys = tab->view()->terminal()->terminal()->focusProxy();
    QVERIFY(keys);
    QTest::keyClicks(keys, u"echo vcv-app-$((20 + 22))"_s);
    QTest::keyClick(keys, Qt::Key_Return);

    // The shell computed it, so it came back from the guest, to both panes. (A TCG guest on two
    // busy cores can take many seconds to echo.)
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab->view()->terminal()).contains(u"\nvcv-app-42"_s), 45000);
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-app-42"_s), 10000);
    QVERIFY(guest.readLogChain().contains("vcv-app-42\r\n"));

    // The domain's QEMU log instead of the console's, and back.
    tab->setLogSource(vcv::ConsoleTab::LogSource::Qemu);
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"starting up libvirt version"_s), 5000);
    QVERIFY(tab->statusText().contains(u"QEMU log"_s));
    tab->setLogSource(vcv::ConsoleTab::LogSource::Console);
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-app-42"_s), 5000);
}

void AppConsoleTest::enableLoggingForAConsoleWithout()
{
    TestGuest::Options options;
    options.log = false;
    TestGuest guest(u"vcv-e2e-app-nolog"_s, options);
    QString error;
    QVERIFY2(guest.start(&error), qPrintable(error));

    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleSplitView *view = window.currentConsole()->view();
    // The definition is read on the connection's worker: the answer comes a little later.
    QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().contains(u"has no log"_s), 10000);

    QPushButton *enable = nullptr;
    const auto buttons = view->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text() == u"Enable console logging"_s)
            enable = button;
    QVERIFY(enable && enable->isVisible());
    vcv::Connection *connection = window.model()->connection(vcv::test::Sandbox::uri());
    QSignalSpy changed(connection, &vcv::Connection::domainChanged);
    enable->click();
    // The definition is changed on the connection's worker; the pane says so once it is done.
    QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().contains(u"next start"_s), 10000);
    // libvirt reports the define as an event of the running domain. It is no start: the live
    // definition has no log yet, and the pane keeps saying when the log begins. (A round trip
    // through the connection's worker lets any look it caused come back first.)
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    QCOMPARE(virDomainGetUUIDString(guest.domain(), uuid), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [&uuid](const QList<QVariant> &args) {
                                             return args.first().value<vcv::DomainInfo>().uuid ==
                                                 QString::fromLatin1(uuid);
                                         }),
                             10000);
    bool roundTrip = false;
    connection->call<int>(this, [](virConnectPtr) { return 0; }, [&roundTrip](int &) { roundTrip = true; });
    QTRY_VERIFY_WITH_TIMEOUT(roundTrip, 10000);
    QVERIFY2(view->logUnavailableMessage().contains(u"next start"_s), qPrintable(view->logUnavailableMessage()));

    char *xml = virDomainGetXMLDesc(guest.domain(), VIR_DOMAIN_XML_INACTIVE);
    const QString inactive = QString::fromUtf8(xml);
    free(xml);
    QVERIFY2(inactive.contains(u"<log file='/var/log/libvirt/qemu/vcv-e2e-app-nolog-serial0.log' append='on'/>"_s),
             qPrintable(inactive));

    // From the next start, virtlogd keeps the log, and the open tab shows it: it looks for its
    // log again when the domain starts (no need to close and reopen the tab).
    guest.destroy();
    QVERIFY2(guest.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(u"/var/log/libvirt/qemu/vcv-e2e-app-nolog-serial0.log"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().isEmpty(), 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"Linux version"_s) || tab->document()->lineCount() > 5,
                             60000);
}

void AppConsoleTest::startPausedOnARunningDomainAsksFirst()
{
    TestGuest::Options options;
    options.append = false; // the log then holds exactly the current boot
    TestGuest guest(u"vcv-e2e-app-restart"_s, options);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));

    vcv::MainWindow window;
    QTemporaryDir archiveRoot;
    vcv::ViewSettings settings = window.viewSettings();
    settings.archiveWipedLogs = true;
    settings.archiveFolder = archiveRoot.path();
    window.setViewSettings(settings);
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QSignalSpy messages(tab, &vcv::ConsoleTab::message);
    vcv::TerminalView *terminal = tab->view()->terminal();
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 15000);
    QWidget *keys = terminal->terminal()->focusProxy();
    QTest::keyClicks(keys, u"echo vcv-before-$((2 + 3))"_s);
    QTest::keyClick(keys, Qt::Key_Return);
    // A TCG guest on two busy cores (asan) can take many seconds to echo.
    QTRY_VERIFY2_WITH_TIMEOUT(terminalText(terminal).contains(u"\nvcv-before-5"_s),
                              qPrintable(terminalAndLogEnds(terminal, guest)), 45000);
    const int firstRun = domainId(guest);
    QVERIFY(firstRun > 0);

    // Cancel (the default) leaves the guest alone.
    BoxSeen cancelled;
    answerNextMessageBox(u"Cancel"_s, &cancelled);
    triggerStartPaused(terminal);
    // The box comes once the connection's worker has read whether the domain runs.
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.answered, 10000);
    QVERIFY2(cancelled.text.contains(u"is running. Force it off and start it paused"_s), qPrintable(cancelled.text));
    QVERIFY(cancelled.text.contains(guest.name()));
    QCOMPARE(cancelled.defaultButton, u"Cancel"_s);
    QTRY_VERIFY(!tab->isRestarting());
    QCOMPARE(domainId(guest), firstRun);
    QCOMPARE(tab->stream()->state(), vcv::ConsoleStream::State::Open);

    // Force off and restart paused: a new run, attached before its first byte.
    QVERIFY(guest.waitForLog("vcv-before-5"));
    const QByteArray previousBoot = guest.readLogChain();
    BoxSeen accepted;
    answerNextMessageBox(u"Force Off and Restart Paused"_s, &accepted);
    triggerStartPaused(terminal);
    QTRY_VERIFY_WITH_TIMEOUT(accepted.answered, 10000);
    QVERIFY(tab->isRestarting());
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isRestarting(), 30000);
    // The flow ends once it has asked for the start paused, which then runs on the connection's
    // worker (QEMU starting): wait for the new run.
    int secondRun = -1;
    QTRY_VERIFY_WITH_TIMEOUT((secondRun = domainId(guest)) > 0, 30000);
    QVERIFY2(secondRun != firstRun, qPrintable(QString::number(secondRun)));
    QTRY_VERIFY2_WITH_TIMEOUT(tab->stream()->state() == vcv::ConsoleStream::State::Open,
                              qPrintable(tab->stream()->reason() + u" / "_s + window.statusBar()->currentMessage()),
                              15000);
    QVERIFY(guest.waitForLog("vcv-guest-ready", 90000));
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).contains(u"vcv-guest-ready"_s), 30000);

    // The new boot's first line (the log holds only this boot) is on screen, after the old session.
    QString firstLine;
    const QList<QByteArray> logLines = guest.readLogChain().split('\n');
    for (const QByteArray &line : logLines) {
        firstLine = QString::fromUtf8(line).trimmed();
        if (!firstLine.isEmpty())
            break;
    }
    QVERIFY2(firstLine.contains(u"Linux version"_s), qPrintable(firstLine));
    const QString screen = terminalText(terminal);
    // The last time: the terminal started from the end of the log, which held the old boot too.
    const qsizetype at = screen.lastIndexOf(firstLine.left(40));
    QVERIFY2(at >= 0, qPrintable(u"the boot's first line is not on screen: "_s + firstLine));
    QVERIFY(at > screen.indexOf(u"vcv-before-5"_s));

    // virtlogd deleted the log when the new run started; the previous boot is in the archive,
    // as the log had it (it may have grown by a prompt after it was read above).
    const QString archiveDir = archiveRoot.filePath(u"local"_s);
    QTRY_COMPARE_WITH_TIMEOUT(QDir(archiveDir).entryList(QDir::Files).size(), 1, 15000);
    const QString archive = QDir(archiveDir).filePath(QDir(archiveDir).entryList(QDir::Files).first());
    // DOMAIN-UUID-ALIAS-TIME: the UUID keeps domains apart whose names file names cannot tell apart.
    QVERIFY2(
        QRegularExpression(u"/vcv-e2e-app-restart-[0-9a-f-]{36}-serial0-[0-9T.]+Z\\.log$"_s).match(archive).hasMatch(),
        qPrintable(archive));
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray archived = file.readAll();
    QVERIFY2(archived.startsWith(previousBoot), archived.right(200).constData());
    QVERIFY(archived.size() - previousBoot.size() < 100);
    QCOMPARE(archived.indexOf("vcv-guest-ready", previousBoot.indexOf("vcv-before-5")), -1); // not the new boot
    const QString expected = u"Log of %1 was wiped; earlier text archived to %2"_s.arg(guest.name(), archive);
    bool told = false;
    for (const QList<QVariant> &message : std::as_const(messages))
        told = told || message.first().toString() == expected;
    QVERIFY(told);
}

void AppConsoleTest::consoleAttachesAgainWhenTheDaemonReturns()
{
    TestGuest guest(u"vcv-e2e-app-daemon"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));
    const QByteArray name = guest.name().toUtf8();

    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    vcv::Connection *connection = window.model()->connection(vcv::test::Sandbox::uri());
    QVERIFY(connection);
    connection->setReconnectDelays(200, 2000);
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 15000);

    // The daemons go (and the sandbox's stop takes the guest's QEMU with them), then come back.
    QSignalSpy connected(connection, &vcv::Connection::connected);
    QCOMPARE(vcv::test::Sandbox::runTool(u"daemons"_s, {u"stop"_s}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(connection->state() != vcv::Connection::State::Connected, 20000);
    QCOMPARE(vcv::test::Sandbox::runTool(u"daemons"_s, {u"start"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);

    // The tab made a stream on the new connection and asked for the console again: the guest is
    // off, so it waits for it …
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::WaitingForGuest, 15000);
    QCOMPARE(tab->view()->terminal()->status(), vcv::TerminalView::Status::WaitingForGuest);

    // … and attaches when it runs. (TestGuest's connection died with the daemon: use a new one.)
    virConnectPtr conn = virConnectOpen(vcv::test::Sandbox::uri().toUtf8().constData());
    QVERIFY(conn);
    virDomainPtr domain = virDomainLookupByName(conn, name.constData());
    QVERIFY(domain);
    const auto cleanUp = qScopeGuard([conn, domain] {
        virDomainDestroy(domain);
        virDomainUndefine(domain);
        virDomainFree(domain);
        virConnectClose(conn);
    });
    vcv::TerminalView *terminal = tab->view()->terminal();
    const qsizetype readyBefore = terminalText(terminal).count(u"vcv-guest-ready"_s);
    QCOMPARE(virDomainCreate(domain), 0);
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 30000);
    // Keys typed before the new boot's shell runs would be lost: wait for its prompt on screen
    // (the log still holds the previous boot's).
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).count(u"vcv-guest-ready"_s) > readyBefore, 90000);
    QTRY_VERIFY2_WITH_TIMEOUT(shellPromptShown(terminal), qPrintable(terminalAndLogEnds(terminal, guest)), 45000);
    QTest::keyClicks(terminal->terminal()->focusProxy(), u"echo vcv-back-$((5 + 5))"_s);
    QTest::keyClick(terminal->terminal()->focusProxy(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).contains(u"\nvcv-back-10"_s), 60000);
}

void AppConsoleTest::openWaitsForTheDomainToRun()
{
    TestGuest guest(u"vcv-e2e-app-wait"_s);
    QString error;
    QVERIFY2(guest.define(&error), qPrintable(error));

    // As `virt-console-viewer --wait NAME` and `virt-console-viewer NO-SUCH-NAME` would: both
    // are looked up on the connection's worker, in this order.
    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, true);
    window.openWhenAvailable(vcv::test::Sandbox::uri(), u"vcv-no-such-domain"_s, {}, false, false);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              u"No domain with the ID, UUID or name \"vcv-no-such-domain\"."_s, 30000);
    // The waited-for domain was looked up first and found stopped: no tab for it yet.
    QVERIFY(window.consoles().isEmpty());

    QVERIFY2(guest.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.consoles().size(), 1, 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QCOMPARE(tab->target().name, guest.name());
    QCOMPARE(tab->target().uuid.size(), 36);
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 15000);
}

void AppConsoleTest::saveLogAsFromTheFileMenu()
{
    TestGuest guest(u"vcv-e2e-app-save"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));

    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-guest-ready"_s), 30000);
    // The guest sits idle at its prompt: the log does not change while it is saved. The
    // document has it all once its size is the chain's.
    const QByteArray chain = guest.readLogChain();
    QVERIFY(guest.logChainFiles().size() >= 2); // stitched across a rotation
    QTRY_COMPARE_WITH_TIMEOUT(tab->document()->byteSize(), qint64(chain.size()), 10000);

    QAction *saveAs = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (a->text().remove(u'&') == u"Save Log As…"_s)
                saveAs = a;
    QVERIFY(saveAs);

    // The dialog is modal: answer it from the event loop it runs, as a user would.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"saved-console.log"_s);
    QString suggested;
    bool answered = false;
    auto *timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, timer, [timer, out, &suggested, &answered] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        // As a user does: the name typed over the suggested one, then Save.
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QPushButton *save = buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
        if (!name || !save)
            return;
        suggested = name->text();
        name->setText(out);
        answered = true;
        timer->deleteLater();
        save->click();
    });
    timer->start();
    saveAs->trigger();
    QCOMPARE(suggested, guest.name() + u"-console.log"_s);
    QVERIFY(answered);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), u"Log saved to %1."_s.arg(out), 30000);
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QCOMPARE(bytes.size(), chain.size());
    QVERIFY(bytes == chain);
}

int main(int argc, char **argv)
{
    const vcv::test::PrivateDaemons daemons; // before any thread
    if (!daemons.error().empty()) {
        std::fprintf(stderr, "tst_app_console: %s\n", daemons.error().c_str());
        return 1;
    }
    QApplication app(argc, argv);
    AppConsoleTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_app_console.moc"
