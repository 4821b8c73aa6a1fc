// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Faults a console meets in real life, on the sandbox's real daemons: libvirtd killed with
// SIGKILL and started again while a console is open (ten times), and the guest destroyed in the
// middle of its output. The console tab must come back by itself each time, keep what the
// terminal showed, mark the gap, and take typing again. The daemons are this test's own
// (PrivateDaemons): the other tests' keep running.
#include "ConsoleTabRig.h"
#include "PrivateDaemons.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

#include "widgets/QTermWidgetHeaders.h"

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using vcv::ConsoleStream;
using vcv::test::ConsoleTabRig;
using vcv::test::Sandbox;
using vcv::test::terminalText;
using vcv::test::TestGuest;
using vcv::test::typeLine;

namespace {

qint64 libvirtdPid()
{
    QFile f(u"/run/libvirtd.pid"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

} // namespace

class FaultsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(vcv::EventLoop::ensureRegistered());
        QString error;
        QVERIFY2(Sandbox::ensureUp(&error), qPrintable(error));
    }

    void cleanup()
    {
        // Each function kills a daemon and starts it again; one that fails in between must not
        // leave it dead for the functions after it (QtTest runs cleanup() after a failure too).
        QString error;
        QVERIFY2(Sandbox::ensureUp(&error), qPrintable(error));
    }

    void consoleComesBackAfterLibvirtdIsKilled()
    {
        ConsoleTabRig console(u"vcv-faults"_s);
        QString error;
        QVERIFY2(console.guest.boot(&error), qPrintable(error));
        QVERIFY2(console.openTab(&error), qPrintable(error));
        vcv::Connection &connection = console.connection;
        vcv::ConsoleTab &tab = *console.tab;
        vcv::TerminalView *terminal = console.terminal();
        typeLine(terminal, u"echo before-$((40+2))"_s);
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).contains(u"before-42"_s), 45000);

        constexpr int kRounds = 10;
        for (int round = 1; round <= kRounds; ++round) {
            const QPointer<ConsoleStream> before = tab.stream();
            const qint64 pid = libvirtdPid();
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            // Gone: the connection notices (its socket closes) before the daemon is back.
            QTRY_VERIFY_WITH_TIMEOUT(connection.state() != vcv::Connection::State::Connected, 15000);
            // The stream heard it from the connection (a stream on a dead connection may never
            // hear of it from libvirt) and waits for it to come back.
            QCOMPARE(tab.stream()->state(), ConsoleStream::State::Closed);
            QCOMPARE(tab.stream()->closeCause(), ConsoleStream::CloseCause::Daemon);
            QCOMPARE(terminal->status(), vcv::TerminalView::Status::Reconnecting);
            QVERIFY2(Sandbox::ensureUp(&error), qPrintable(error));
            QElapsedTimer back;
            back.start();
            // The same stream, attached again on the reopened connection by itself.
            QTRY_VERIFY_WITH_TIMEOUT(tab.stream() == before && tab.stream()->state() == ConsoleStream::State::Open,
                                     15000);
            qInfo("round %d: the console was open again %lld ms after libvirtd", round,
                  static_cast<long long>(back.elapsed()));
            QVERIFY2(back.elapsed() < 5000, "the console took more than 5 s to come back");
            const QString answer = u"round-%1-%2"_s.arg(round).arg(42);
            typeLine(terminal, u"echo round-%1-$((40+2))"_s.arg(round));
            QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).contains(answer), 45000);
        }
        const QString text = terminalText(terminal);
        QVERIFY2(text.contains(u"before-42"_s), "the terminal lost what it showed before the first loss");
        QCOMPARE(text.count(u"the connection to libvirt was lost"_s), kRounds);
        // The guest's own connection died with the daemons it knew: let the sandbox clean up.
        QProcess::execute(u"virsh"_s, {u"-q"_s, u"-c"_s, Sandbox::uri(), u"destroy"_s, console.guest.name()});
        QProcess::execute(u"virsh"_s, {u"-q"_s, u"-c"_s, Sandbox::uri(), u"undefine"_s, console.guest.name()});
    }

    void virtlogdKilledIsSaidAndAGuestDestroyedMidOutputWaits()
    {
        ConsoleTabRig console(u"vcv-faults-log"_s);
        QString error;
        QVERIFY2(console.guest.boot(&error), qPrintable(error));
        QVERIFY2(console.openTab(&error), qPrintable(error));
        vcv::ConsoleTab &tab = *console.tab;
        vcv::TerminalView *terminal = console.terminal();
        const QSignalSpy &messages = *console.messages;

        // virtlogd killed: the console goes on, the log cannot; the tab says so.
        QFile pidFile(u"/run/virtlogd.pid"_s);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        QCOMPARE(::kill(pid_t(pidFile.readAll().trimmed().toLongLong()), SIGKILL), 0);
        typeLine(terminal, u"seq 1 400; echo after-$((40+2))"_s);
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).contains(u"after-42"_s), 60000);
        const auto saidVirtlogd = [&messages] {
            for (const QList<QVariant> &m : std::as_const(messages))
                if (m.first().toString().contains(u"virtlogd has probably stopped"_s))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(saidVirtlogd(), 15000);
        QVERIFY2(tab.statusText().contains(u"virtlogd"_s), qPrintable(tab.statusText()));
        QVERIFY(Sandbox::ensureUp(&error)); // virtlogd back for the tests that follow

        // The guest destroyed while it prints without pause: the tab waits for it to run again.
        typeLine(terminal, u"while :; do echo flood-line; done"_s);
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(terminal).count(u"flood-line"_s) > 20, 60000);
        QProcess::execute(u"virsh"_s, {u"-q"_s, u"-c"_s, Sandbox::uri(), u"destroy"_s, console.guest.name()});
        QTRY_COMPARE_WITH_TIMEOUT(tab.stream()->state(), ConsoleStream::State::WaitingForGuest, 30000);
        QCOMPARE(terminal->status(), vcv::TerminalView::Status::WaitingForGuest);
    }
};

int main(int argc, char **argv)
{
    // Ten rounds on a software-emulated guest take minutes: more than QtTest's default 5 minutes.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "580000");
    const vcv::test::PrivateDaemons daemons; // before any thread
    if (!daemons.error().empty()) {
        std::fprintf(stderr, "tst_faults: %s\n", daemons.error().c_str());
        return 1;
    }
    QApplication app(argc, argv);
    FaultsTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_faults.moc"
