// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// RestartPausedFlow against libvirt's test driver (test:///default, whose state every connection
// of the process shares): the flow works through a Connection, and the test checks the domain's
// real state through a libvirt handle of its own.
#include "RestartPausedFlow.h"

#include "virt/Connection.h"
#include "virt/EventLoop.h"

#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

// test:///default's one domain, running and persistent.
constexpr char TestUuid[] = "6695eb01-f6a4-8304-79aa-97f2502e193f";

const char *kTransient = "<domain type='test'><name>vcv-transient</name>"
                         "<uuid>6a0c5e00-0000-4000-8000-0000000000aa</uuid><memory>65536</memory>"
                         "<os><type>hvm</type></os></domain>";

/// The test's own view of a domain's state, independent of Connection.
int isActive(virConnectPtr conn, const char *uuid)
{
    virDomainPtr domain = virDomainLookupByUUIDString(conn, uuid);
    if (!domain)
        return -1;
    const int active = virDomainIsActive(domain);
    virDomainFree(domain);
    return active;
}

bool setActive(virConnectPtr conn, const char *uuid, bool active)
{
    virDomainPtr domain = virDomainLookupByUUIDString(conn, uuid);
    if (!domain)
        return false;
    const bool running = virDomainIsActive(domain) == 1;
    bool ok = true;
    if (running && !active)
        ok = virDomainDestroy(domain) == 0;
    else if (!running && active)
        ok = virDomainCreate(domain) == 0;
    virDomainFree(domain);
    return ok;
}

} // namespace

class TestRestartPausedFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(EventLoop::ensureRegistered());
        m_oracle = virConnectOpen("test:///default");
        QVERIFY(m_oracle);
    }
    void cleanupTestCase() { virConnectClose(m_oracle); }

    void init()
    {
        QVERIFY(setActive(m_oracle, TestUuid, true));
        m_connection = std::make_unique<Connection>(u"test:///default"_s);
        m_connection->open();
        QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    }
    void cleanup() { m_connection.reset(); }

    void aStoppedDomainIsStartedAtOnce()
    {
        QVERIFY(setActive(m_oracle, TestUuid, false));
        int asked = 0;
        int started = 0;
        RestartPausedFlow flow(
            m_connection.get(), QString::fromLatin1(TestUuid), u"test"_s, [&] { return ++started, true; },
            [&] { return ++asked, true; });
        flow.start();
        QCOMPARE(flow.step(), RestartPausedFlow::Step::Checking); // the state is read on the worker
        QTRY_COMPARE(started, 1);
        QCOMPARE(asked, 0);
        QCOMPARE(flow.step(), RestartPausedFlow::Step::None);
        QCOMPARE(isActive(m_oracle, TestUuid), 0); // nothing was done to it
    }

    void aRunningDomainIsForcedOffOnceAgreedThenStarted()
    {
        int asked = 0;
        int startedWhileActive = -2;
        QStringList steps;
        RestartPausedFlow flow(
            m_connection.get(), QString::fromLatin1(TestUuid), u"test"_s,
            [&] {
                startedWhileActive = isActive(m_oracle, TestUuid);
                return true;
            },
            [&] { return ++asked, true; });
        connect(&flow, &RestartPausedFlow::stepChanged, this,
                [&](RestartPausedFlow::Step step) { steps << QString::number(int(step)); });
        flow.start();
        // Started only once the domain was really off.
        QTRY_COMPARE(startedWhileActive, 0);
        QCOMPARE(asked, 1);
        QCOMPARE(steps, (QStringList{u"1"_s, u"0"_s, u"2"_s, u"3"_s, u"0"_s}));
    }

    void declinedLeavesTheDomainRunning()
    {
        int started = 0;
        bool asked = false;
        RestartPausedFlow flow(
            m_connection.get(), QString::fromLatin1(TestUuid), u"test"_s, [&] { return ++started, true; },
            [&] { return asked = true, false; });
        flow.start();
        QTRY_VERIFY(asked);
        QCOMPARE(flow.step(), RestartPausedFlow::Step::None);
        // Whatever the connection reports from now on, the flow has ended: nothing is started.
        QSignalSpy listed(m_connection.get(), &Connection::domainsListed);
        m_connection->refreshDomains();
        QVERIFY(listed.wait(10000));
        QCOMPARE(started, 0);
        QCOMPARE(isActive(m_oracle, TestUuid), 1);
    }

    void aTransientDomainIsRefused()
    {
        virDomainPtr transient = virDomainCreateXML(m_oracle, kTransient, 0);
        QVERIFY(transient);
        char uuid[VIR_UUID_STRING_BUFLEN];
        QCOMPARE(virDomainGetUUIDString(transient, uuid), 0);
        bool asked = false;
        RestartPausedFlow flow(
            m_connection.get(), QString::fromLatin1(uuid), u"vcv-transient"_s, [] { return true; },
            [&] { return asked = true, true; });
        QSignalSpy message(&flow, &RestartPausedFlow::message);
        flow.start();
        QTRY_COMPARE(message.size(), 1);
        QVERIFY2(message.first().first().toString().contains(u"transient"_s),
                 qPrintable(message.first().first().toString()));
        QVERIFY(!asked);
        QCOMPARE(isActive(m_oracle, uuid), 1);
        virDomainDestroy(transient);
        virDomainFree(transient);
    }

    void aLostConnectionEndsTheFlow()
    {
        RestartPausedFlow flow(
            m_connection.get(), QString::fromLatin1(TestUuid), u"test"_s, [] { return true; }, [] { return true; });
        QSignalSpy message(&flow, &RestartPausedFlow::message);
        flow.start();
        QCOMPARE(flow.step(), RestartPausedFlow::Step::Checking);
        m_connection->close();
        QCOMPARE(flow.step(), RestartPausedFlow::Step::None);
        QCOMPARE(message.size(), 1);
        QVERIFY(message.first().first().toString().contains(u"connection was lost"_s));
        // A second start says why it cannot begin.
        flow.start();
        QCOMPARE(message.size(), 2);
        QVERIFY(message.last().first().toString().startsWith(u"Not connected"_s));
        QCOMPARE(isActive(m_oracle, TestUuid), 1);
    }

private:
    virConnectPtr m_oracle = nullptr;
    std::unique_ptr<Connection> m_connection;
};

QTEST_GUILESS_MAIN(TestRestartPausedFlow)
#include "tst_restartpausedflow.moc"
