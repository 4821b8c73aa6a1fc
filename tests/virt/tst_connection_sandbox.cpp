// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Connection and DomainListModel against the sandbox's real libvirtd (qemu:///system): a guest is
// listed with its console log, its lifecycle events arrive, a stopped daemon gives the stated
// error, a daemon that stops answering is found by keepalive, and a connection whose daemon
// restarts comes back by itself. The daemons are this test's own (PrivateDaemons): it stops
// and freezes them.
#include "virt/Connection.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include "PrivateDaemons.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

#include <libvirt/libvirt.h>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::Sandbox;
using vcv::test::TestGuest;

class TestConnectionSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(EventLoop::ensureRegistered());
        QString error;
        QVERIFY2(Sandbox::ensureUp(&error), qPrintable(error));
    }

    void cleanup()
    {
        // A function that stops the daemons and fails before it starts them again must not take
        // them from the functions after it: QtTest runs cleanup() after a failure too.
        QString error;
        QVERIFY2(Sandbox::ensureUp(&error), qPrintable(error));
    }

    void listsAGuestWithItsConsoleLog()
    {
        TestGuest::Options options;
        options.serial1 = true;
        TestGuest guest(u"vcv-conn-list"_s, options);
        QString error;
        QVERIFY2(guest.define(&error), qPrintable(error));

        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(Sandbox::uri());
        c->setPollInterval(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), Connection::State::Connected, 20000);
        QVERIFY(c->hasDomainEvents());
        QModelIndex idx;
        QTRY_VERIFY((idx =
                         [&] {
                             const QModelIndex parent = model.indexOfConnection(Sandbox::uri());
                             for (int r = 0; r < model.rowCount(parent); ++r)
                                 if (model.index(r, 0, parent).data().toString() == guest.name())
                                     return model.index(r, 0, parent);
                             return QModelIndex();
                         }())
                        .isValid());
        // Names and states come first; the consoles follow once the domain's XML is read.
        QTRY_VERIFY(model.domain(idx)->consolesLoaded);
        const auto info = model.domain(idx);
        QVERIFY(info);
        QCOMPARE(info->state, DomainInfo::State::ShutOff);
        QVERIFY(info->persistent);
        QCOMPARE(info->consoles.size(), 2);
        QCOMPARE(info->consoles.at(0).alias, u"serial0"_s);
        QCOMPARE(info->consoles.at(0).logFile, guest.logFile());
        QCOMPARE(info->consoles.at(1).alias, u"serial1"_s);
        QVERIFY(!info->consoles.at(1).hasLog());

        // Started by someone else: the event alone updates the row (no poll is due for an hour).
        QSignalSpy listed(c, &Connection::domainsListed);
        QVERIFY2(guest.start(&error), qPrintable(error));
        const QString uuid = info->uuid;
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfDomain(Sandbox::uri(), uuid).data(DomainListModel::StateRole).toInt(),
                                  int(DomainInfo::State::Running), 30000);
        QVERIFY(model.domain(model.indexOfDomain(Sandbox::uri(), uuid))->id > 0);
        // Destroyed through the connection: shut off again, still without a re-list.
        c->perform(uuid, Connection::Action::Destroy);
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfDomain(Sandbox::uri(), uuid).data(DomainListModel::StateRole).toInt(),
                                  int(DomainInfo::State::ShutOff), 30000);
        QCOMPARE(listed.size(), 0);
    }

    void keepaliveFindsADaemonThatStoppedAnswering()
    {
        // libvirtd stopped (SIGSTOP), not gone: its socket stays open and nothing fails, so
        // only keepalive's unanswered pings can tell. 1 s × 2 pings: lost within seconds.
        DomainListModel model;
        Connection *c = model.addConnection(Sandbox::uri());
        c->setKeepAlive(1, 2);
        c->setAutoReconnect(false);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), Connection::State::Connected, 20000);
        QFile pidFile(u"/run/libvirtd.pid"_s);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t daemon = pid_t(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(daemon > 1);
        QSignalSpy disconnected(c, &Connection::disconnected);
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        const auto wake = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });
        QTRY_VERIFY_WITH_TIMEOUT(disconnected.size() >= 1, 30000);
        QCOMPARE(disconnected.first().first().value<ConnectionError>().kind, ConnectionError::Kind::ConnectionLost);
        QVERIFY(c->state() != Connection::State::Connected);
        QCOMPARE(model.domainCount(Sandbox::uri()), 0); // nothing stale is shown
    }

    void comesBackAfterTheDaemonRestarts()
    {
        TestGuest guest(u"vcv-conn-reconnect"_s);
        QString error;
        QVERIFY2(guest.define(&error), qPrintable(error));

        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(Sandbox::uri());
        c->setReconnectDelays(200, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), Connection::State::Connected, 20000);
        QTRY_VERIFY(model.domainCount(Sandbox::uri()) >= 1);

        QSignalSpy disconnected(c, &Connection::disconnected);
        QSignalSpy reconnect(c, &Connection::reconnectScheduled);
        QSignalSpy connected(c, &Connection::connected);
        QCOMPARE(Sandbox::runTool(u"daemons"_s, {u"stop"_s}), 0);

        QTRY_VERIFY_WITH_TIMEOUT(disconnected.size() >= 1, 20000);
        QCOMPARE(disconnected.first().first().value<ConnectionError>().kind, ConnectionError::Kind::ConnectionLost);
        QCOMPARE(model.domainCount(Sandbox::uri()), 0);         // nothing stale is shown
        QTRY_VERIFY_WITH_TIMEOUT(reconnect.size() >= 2, 20000); // it keeps trying while the daemon is down
        // The failed attempts say why: the daemon is not running.
        QCOMPARE(c->lastError().kind, ConnectionError::Kind::DaemonNotRunning);
        QVERIFY(!c->lastError().remedy.isEmpty());

        // A fresh connection to the stopped daemon gives the stated error.
        {
            Connection fresh(Sandbox::uri());
            QSignalSpy failed(&fresh, &Connection::disconnected);
            fresh.open();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
            QCOMPARE(failed.first().first().value<ConnectionError>().kind, ConnectionError::Kind::DaemonNotRunning);
            QVERIFY(failed.first().first().value<ConnectionError>().message.contains(u"socket"_s));
        }

        QCOMPARE(Sandbox::runTool(u"daemons"_s, {u"start"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);
        QCOMPARE(c->state(), Connection::State::Connected);
        QVERIFY(!c->lastError().isError());
        QTRY_VERIFY_WITH_TIMEOUT(model.domainCount(Sandbox::uri()) >= 1, 20000);
        // The guest defined before the restart is listed again, and events flow again.
        const QModelIndex parent = model.indexOfConnection(Sandbox::uri());
        bool found = false;
        for (int r = 0; r < model.rowCount(parent); ++r)
            found = found || model.index(r, 0, parent).data().toString() == guest.name();
        QVERIFY(found);
        QVERIFY(c->hasDomainEvents());
        // TestGuest's own connection died with the daemon: undefine it through ours.
        if (virDomainPtr dom = virDomainLookupByName(c->handle(), guest.name().toUtf8().constData())) {
            virDomainUndefine(dom);
            virDomainFree(dom);
        }
    }
};

int main(int argc, char **argv)
{
    const vcv::test::PrivateDaemons daemons; // before any thread
    if (!daemons.error().empty()) {
        std::fprintf(stderr, "tst_connection_sandbox: %s\n", daemons.error().c_str());
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestConnectionSandbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_connection_sandbox.moc"
