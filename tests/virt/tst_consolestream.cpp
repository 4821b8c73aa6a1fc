// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// ConsoleStream against the sandbox's real guest: read, write, in use, take over, reattach,
// start paused, send keys.
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"

#include "OpenConnection.h"

#include "Sandbox.h"
#include "TestGuest.h"
#include "VirshConsole.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using vcv::Connection;
using vcv::ConsoleStream;
using vcv::test::TestGuest;
using vcv::test::VirshConsole;

namespace {

/// Collects everything a stream emits.
struct Received
{
    QByteArray bytes;
    explicit Received(ConsoleStream &stream)
    {
        QObject::connect(&stream, &ConsoleStream::bytesReceived, &stream, [this](const QByteArray &b) { bytes += b; });
    }
};

} // namespace

class TestConsoleStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Before any connection is opened: events and stream callbacks need it.
        QVERIFY(vcv::EventLoop::ensureRegistered());
        QString error;
        QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
        m_connection = std::make_unique<Connection>(vcv::test::Sandbox::uri());
        QVERIFY(vcv::test::openConnection(*m_connection));
    }

    // EventLoop runs libvirt's free callbacks on a later loop iteration, as libvirt requires. The
    // last function's stream is freed that way: let those run before the process ends, or the
    // stream and, through it, the sandbox connection are still allocated at exit (LeakSanitizer).
    void cleanupTestCase()
    {
        m_connection.reset();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    void writesAndReads()
    {
        TestGuest guest(u"vcv-console-rw"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        ConsoleStream stream(m_connection.get(), guest.name());
        Received got(stream);
        stream.open();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);
        QVERIFY(stream.reason().isEmpty());
        stream.write("echo vcv-$((6*7))-done\r"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-42-done"), 30000);
        QTRY_COMPARE(stream.pendingWriteBytes(), 0); // counted down as the writer's thread reports
        QVERIFY(guest.waitForLog("vcv-42-done"));
        // By uuid as well as by name, and by alias.
        char uuid[VIR_UUID_STRING_BUFLEN];
        QCOMPARE(virDomainGetUUIDString(guest.domain(), uuid), 0);
        stream.close();
        QCOMPARE(stream.state(), ConsoleStream::State::Closed);
        QCOMPARE(stream.closeCause(), ConsoleStream::CloseCause::Requested);
        ConsoleStream byUuid(m_connection.get(), QString::fromLatin1(uuid), u"serial0"_s);
        Received got2(byUuid);
        byUuid.open();
        QTRY_COMPARE_WITH_TIMEOUT(byUuid.state(), ConsoleStream::State::Open, 15000);
        byUuid.write("echo vcv-uuid-$((2*3))\r"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(got2.bytes.contains("vcv-uuid-6"), 30000);
    }

    // A guest that does not read its console (paused, as `virsh suspend` leaves it) holds back
    // what is written to it: the pty fills, then the daemon's queue (a few packets) and then the
    // connection's socket, and a remote stream's send waits.
    // Neither write() nor the event loop may wait with it (both run on the GUI thread), the
    // connection must stay up meanwhile, and the bytes must reach the guest whole and in order
    // once it reads again.
    void writeDoesNotWaitForAGuestThatDoesNotRead()
    {
        TestGuest guest(u"vcv-console-backpressure"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        ConsoleStream stream(m_connection.get(), guest.name());
        Received got(stream);
        stream.open();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);
        // Written in 4 KiB pieces below, many times what the daemon's queue and the socket hold.
        constexpr int kBytes = 1024 * 1024;
        QByteArray data;
        for (int i = 0; data.size() < kBytes; ++i)
            data += QByteArray::number(i).rightJustified(15, '0') + '\n';
        data.truncate(kBytes);
        const QByteArray expectedSum = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
        // Raw and without echo: the guest takes each byte as it comes and sends nothing back.
        stream.write("stty raw -echo; echo vcv-reading-$((2*4)); head -c "_ba + QByteArray::number(kBytes) +
                     " >/tmp/vcv-in; stty sane; md5sum /tmp/vcv-in\r"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-reading-8"), 30000);
        QCOMPARE(virDomainSuspend(guest.domain()), 0);

        // Were this thread to wait for the guest, nothing in it would resume the guest: a
        // watchdog does, so that the test fails with a message instead of hanging. It acts
        // after 15 s, well before the daemon's keepalive gives up on a client whose answers
        // are stuck behind a full socket (about 30 s), which would end the wait another way.
        std::promise<void> windowClosed;
        std::atomic_bool watchdogResumed{false};
        std::thread watchdog([closed = windowClosed.get_future(), &watchdogResumed,
                              uri = vcv::test::Sandbox::uri().toUtf8(), name = guest.name().toUtf8()] {
            if (closed.wait_for(std::chrono::seconds(15)) == std::future_status::ready)
                return;
            watchdogResumed = true;
            virConnectPtr conn = virConnectOpen(uri.constData());
            virDomainPtr domain = conn ? virDomainLookupByName(conn, name.constData()) : nullptr;
            if (domain) {
                virDomainResume(domain);
                virDomainFree(domain);
            }
            if (conn)
                virConnectClose(conn);
        });
        // In pieces, as typing arrives.
        for (qsizetype offset = 0; offset < data.size(); offset += 4096)
            stream.write(data.mid(offset, 4096));
        // The event loop runs (this wait is that loop) until the sends stall: the bytes not yet
        // sent stop going down for a second because the guest, paused, takes none. That the
        // loop got here at all is what the watchdog checks below.
        qint64 unsent = -1;
        QElapsedTimer unchanged;
        const bool stalled = QTest::qWaitFor(
            [&] {
                if (stream.pendingWriteBytes() != unsent) {
                    unsent = stream.pendingWriteBytes();
                    unchanged.restart();
                }
                return unchanged.elapsed() >= 1000;
            },
            12000);
        QVERIFY2(stalled, "the sends to a paused guest never stalled");
        QVERIFY2(unsent > 0, "all of it was sent to a paused guest: the socket never filled, nothing was tested");
        windowClosed.set_value();
        watchdog.join();
        QVERIFY2(!watchdogResumed,
                 "the GUI thread waited for a guest that does not read, until the watchdog resumed it");
        QCOMPARE(m_connection->state(), Connection::State::Connected);
        QCOMPARE(stream.state(), ConsoleStream::State::Open);

        QCOMPARE(virDomainResume(guest.domain()), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(got.bytes.contains(expectedSum), got.bytes.right(300).constData(), 300000);
        QCOMPARE(stream.pendingWriteBytes(), 0);
    }

    void inUseAndTakeOver()
    {
        TestGuest guest(u"vcv-console-inuse"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        ConsoleStream first(m_connection.get(), guest.name());
        first.open();
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), ConsoleStream::State::Open, 15000);

        ConsoleStream second(m_connection.get(), guest.name());
        QSignalSpy states(&second, &ConsoleStream::stateChanged);
        second.open();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), ConsoleStream::State::InUse, 15000);
        QVERIFY(!second.reason().isEmpty());
        QVERIFY(!states.isEmpty());

        Received got(second);
        second.takeOver();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), ConsoleStream::State::Open, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), ConsoleStream::State::Closed, 15000);
        QCOMPARE(first.closeCause(), ConsoleStream::CloseCause::Host);
        QVERIFY(!first.reason().isEmpty());
        second.write("echo vcv-taken-$((1+1))\r"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-taken-2"), 30000);
    }

    void inUseByAnotherConnection()
    {
        // The holder on a connection of its own, as another process has: libvirt's console lock
        // is the daemon's, per device, whoever asks.
        TestGuest guest(u"vcv-console-inuse-conn"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        Connection otherConnection(vcv::test::Sandbox::uri());
        QVERIFY(vcv::test::openConnection(otherConnection));
        ConsoleStream holder(&otherConnection, guest.name());
        holder.open();
        QTRY_COMPARE_WITH_TIMEOUT(holder.state(), ConsoleStream::State::Open, 15000);
        QString libvirtSays;
        QVERIFY(guest.consoleHeld(&libvirtSays));

        ConsoleStream mine(m_connection.get(), guest.name());
        mine.open(); // refused, no stream to wait for
        QTRY_COMPARE_WITH_TIMEOUT(mine.state(), ConsoleStream::State::InUse, 15000);
        QVERIFY2(mine.reason().contains(libvirtSays), qPrintable(mine.reason()));
        QTRY_COMPARE_WITH_TIMEOUT(holder.state(), ConsoleStream::State::Open, 15000);

        Received got(mine);
        mine.takeOver();
        QTRY_COMPARE_WITH_TIMEOUT(mine.state(), ConsoleStream::State::Open, 15000);
        // libvirt aborts the holder's stream: its next read fails ("stream had I/O failure").
        QTRY_COMPARE_WITH_TIMEOUT(holder.state(), ConsoleStream::State::Closed, 15000);
        QCOMPARE(holder.closeCause(), ConsoleStream::CloseCause::Host);
        QVERIFY(holder.wantsAttached()); // … yet it does not take the console back
        mine.write("echo vcv-conn-taken-$((2+2))\r"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-conn-taken-4"), 60000);
        QCOMPARE(holder.state(), ConsoleStream::State::Closed);
    }

    void inUseByVirshConsole()
    {
        TestGuest guest(u"vcv-console-inuse-virsh"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        VirshConsole virsh(vcv::test::Sandbox::uri(), guest.name());
        QTRY_VERIFY2_WITH_TIMEOUT(virsh.attached(), virsh.output().constData(), 30000);

        ConsoleStream mine(m_connection.get(), guest.name());
        mine.open();
        QTRY_COMPARE_WITH_TIMEOUT(mine.state(), ConsoleStream::State::InUse, 15000);
        QVERIFY(!virsh.finished());

        Received got(mine);
        mine.takeOver();
        QTRY_COMPARE_WITH_TIMEOUT(mine.state(), ConsoleStream::State::Open, 15000);
        // virsh is told by libvirt: it prints the error and exits.
        QTRY_VERIFY2_WITH_TIMEOUT(virsh.finished(), virsh.output().right(400).constData(), 30000);
        QVERIFY2(virsh.output().contains("error: "), virsh.output().right(400).constData());
        mine.write("echo vcv-virsh-gone-$((3+4))\r"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-virsh-gone-7"), 60000);
        QVERIFY(guest.waitForLog("vcv-virsh-gone-7"));
    }

    void reattachesWhenTheGuestRunsAgain()
    {
        TestGuest guest(u"vcv-console-reattach"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        ConsoleStream stream(m_connection.get(), guest.name());
        QVERIFY(stream.autoReattach());
        Received got(stream);
        stream.open();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);

        guest.destroy();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::WaitingForGuest, 15000);
        QCOMPARE(stream.closeCause(), ConsoleStream::CloseCause::Guest);
        got.bytes.clear();

        QVERIFY2(guest.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-guest-ready"), 90000);

        // Without auto-reattach it stays closed. The connection's report of the guest running
        // again is what a reattaching stream acts on (at once: it is Connecting on return), and
        // the stream, connected first, hears it before this spy does.
        stream.setAutoReattach(false);
        guest.destroy();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Closed, 15000);
        QCOMPARE(stream.closeCause(), ConsoleStream::CloseCause::Guest);
        QSignalSpy changed(m_connection.get(), &Connection::domainChanged);
        QVERIFY2(guest.start(&error), qPrintable(error));
        const auto reportedRunning = [&] {
            for (const QList<QVariant> &args : std::as_const(changed)) {
                const auto info = args.first().value<vcv::DomainInfo>();
                if (info.name == guest.name() && info.isActive())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reportedRunning(), 15000);
        QCOMPARE(stream.state(), ConsoleStream::State::Closed);
    }

    void startPausedSeesTheWholeBoot()
    {
        // append='off': the log holds only the current boot, so both must begin alike.
        TestGuest::Options options;
        options.append = false;
        TestGuest guest(u"vcv-console-paused"_s, options);
        QString error;
        QVERIFY2(guest.define(&error), qPrintable(error));
        ConsoleStream stream(m_connection.get(), guest.name());
        Received got(stream);
        QSignalSpy failed(&stream, &ConsoleStream::requestFailed);
        stream.startPausedAndAttach();
        QCOMPARE(stream.state(), ConsoleStream::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-guest-ready"), 90000);
        QVERIFY(guest.waitForLog("vcv-guest-ready"));
        QByteArray log = guest.readLogChain();
        qsizetype n = qMin<qsizetype>(qMin(got.bytes.size(), log.size()), 2048);
        QVERIFY(n > 200);
        QCOMPARE(got.bytes.left(n), log.left(n));

        // Started paused by someone else: the stream attaches while paused, before any output.
        stream.startPausedAndAttach(); // already running: said so, and attached as before
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains(u"already running"_s),
                 qPrintable(failed.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);
        guest.destroy();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::WaitingForGuest, 15000);
        got.bytes.clear();
        QVERIFY2(guest.start(&error, true), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);
        QVERIFY2(guest.resume(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("vcv-guest-ready"), 90000);
        QVERIFY(guest.waitForLog("vcv-guest-ready"));
        log = guest.readLogChain();
        n = qMin<qsizetype>(qMin(got.bytes.size(), log.size()), 2048);
        QVERIFY(n > 200);
        QCOMPARE(got.bytes.left(n), log.left(n));
    }

    void sendsSysRq()
    {
        TestGuest guest(u"vcv-console-sysrq"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        ConsoleStream stream(m_connection.get(), guest.name());
        Received got(stream);
        stream.open();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), ConsoleStream::State::Open, 15000);
        QSignalSpy failed(&stream, &ConsoleStream::requestFailed);
        QVERIFY(!stream.sendSysRq('?', &error));
        QVERIFY(error.contains(u"not a SysRq command"_s));
        QVERIFY2(stream.sendSysRq('s', &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("Emergency Sync complete"), 30000);
        // Ctrl+Alt+Del through the keyboard: the guest's /init does not take it over, so its
        // kernel restarts at once (C_A_D), and the new boot comes through the same stream.
        got.bytes.clear();
        stream.sendCtrlAltDel();
        QTRY_VERIFY_WITH_TIMEOUT(got.bytes.contains("Linux version"), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        // A send that fails says why: the domain gone.
        ConsoleStream gone(m_connection.get(), u"vcv-no-such-domain"_s);
        QSignalSpy goneFailed(&gone, &ConsoleStream::requestFailed);
        gone.sendCtrlAltDel();
        QVERIFY(goneFailed.wait(15000));
        QVERIFY2(goneFailed.first().first().toString().contains(u"vcv-no-such-domain"_s),
                 qPrintable(goneFailed.first().first().toString()));
    }

    void missingDomain()
    {
        TestGuest guest(u"vcv-console-missing"_s);
        QString error;
        QVERIFY2(guest.define(&error), qPrintable(error));
        ConsoleStream stream(m_connection.get(), u"vcv-no-such-domain"_s);
        stream.open();
        QTRY_COMPARE_WITH_TIMEOUT(stream.closeCause(), ConsoleStream::CloseCause::Error, 15000);
        QCOMPARE(stream.state(), ConsoleStream::State::Closed);
        QVERIFY2(stream.reason().contains(u"vcv-no-such-domain"_s), qPrintable(stream.reason()));
        // A defined but stopped domain: waits for it.
        ConsoleStream stopped(m_connection.get(), guest.name());
        stopped.open();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.state(), ConsoleStream::State::WaitingForGuest, 15000);
    }

private:
    std::unique_ptr<Connection> m_connection; // the app's way to libvirt, shared by the streams
};

QTEST_GUILESS_MAIN(TestConsoleStream)
#include "tst_consolestream.moc"
