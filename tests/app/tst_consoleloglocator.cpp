// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// ConsoleLogLocator against libvirt's test driver (test:///default, shared by every connection of
// the process): where a console's log is found, from the consoles the domain list parsed or, when
// those do not answer, from the definition read on the connection's worker. The test defines its
// domain through a libvirt handle of its own, so the host's answer is the test's, not the code's.
#include "ConsoleLogLocator.h"

#include "virt/Connection.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

constexpr char kUuid[] = "6a0c5e00-0000-4000-8000-0000000000c1";
constexpr char kName[] = "vcv-locator";
// What the host's definition says: serial0 (the default console) and serial1 each with a log.
constexpr char kDefinition[] =
    "<domain type='test'><name>vcv-locator</name>"
    "<uuid>6a0c5e00-0000-4000-8000-0000000000c1</uuid><memory>65536</memory>"
    "<os><type>hvm</type></os><devices>"
    "<serial type='pty'><log file='/host/serial0.log' append='on'/><target port='0'/></serial>"
    "<serial type='pty'><log file='/host/serial1.log' append='on'/><target port='1'/></serial>"
    "<console type='pty'><target type='serial' port='0'/></console>"
    "</devices></domain>";

ConsoleDevice device(const QString &alias, const QString &logFile, bool isDefault)
{
    ConsoleDevice d;
    d.alias = alias;
    d.sourceType = u"pty"_s;
    d.logFile = logFile;
    d.isDefault = isDefault;
    return d;
}

/// The domain as a listing would report it, with consoles of the test's choosing.
DomainInfo listed(const ConsoleDeviceList &consoles, bool loaded = true)
{
    DomainInfo info;
    info.uuid = QString::fromLatin1(kUuid);
    info.name = QString::fromLatin1(kName);
    info.state = DomainInfo::State::ShutOff;
    info.consoles = consoles;
    info.consolesLoaded = loaded;
    return info;
}

} // namespace

class TestConsoleLogLocator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(EventLoop::ensureRegistered());
        m_host = virConnectOpen("test:///default");
        QVERIFY(m_host);
        virDomainPtr defined = virDomainDefineXML(m_host, kDefinition);
        QVERIFY(defined);
        virDomainFree(defined);
        m_connection = std::make_unique<Connection>(u"test:///default"_s);
        m_connection->open();
        QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        if (virDomainPtr domain = virDomainLookupByUUIDString(m_host, kUuid)) {
            virDomainUndefine(domain);
            virDomainFree(domain);
        }
        virConnectClose(m_host);
    }

    // The list's consoles answer at once: located() is emitted inside locate(), before any event
    // is processed, so no round trip was made (the list's path differs from the host's on purpose).
    void theListsConsolesAnswerWithoutAskingTheHost()
    {
        ConsoleLogLocator locator(m_connection.get(), target({}));
        locator.knowDomain(listed({device(u"serial0"_s, u"/listed/serial0.log"_s, true)}));
        QSignalSpy located(&locator, &ConsoleLogLocator::located);
        locator.locate();
        QCOMPARE(located.size(), 1);
        QCOMPARE(located.first().at(0).toString(), u"/listed/serial0.log"_s);
        QCOMPARE(locator.logAlias(), u"serial0"_s);
    }

    // An empty alias is the default console, as virDomainOpenConsole(dev_name = NULL) takes it:
    // the one marked so, not the first listed.
    void theDefaultConsoleIsTheOneMarked()
    {
        ConsoleLogLocator locator(m_connection.get(), target({}));
        locator.knowDomain(listed({device(u"serial0"_s, u"/listed/serial0.log"_s, false),
                                   device(u"console1"_s, u"/listed/console1.log"_s, true)}));
        QSignalSpy located(&locator, &ConsoleLogLocator::located);
        locator.locate();
        QCOMPARE(located.size(), 1);
        QCOMPARE(located.first().at(0).toString(), u"/listed/console1.log"_s);
    }

    // A console the list knows without a log: the offer to enable one, with the path it would get.
    void aListedConsoleWithoutLogOffersToEnableIt()
    {
        ConsoleLogLocator locator(m_connection.get(), target(u"serial0"_s));
        locator.knowDomain(listed({device(u"serial0"_s, {}, true)}));
        QSignalSpy located(&locator, &ConsoleLogLocator::located);
        QSignalSpy unavailable(&locator, &ConsoleLogLocator::unavailable);
        locator.locate();
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.first().at(1).toBool());
        QVERIFY(unavailable.first().at(0).toString().contains(u"/var/log/libvirt/qemu/vcv-locator-serial0.log"_s));
        QCOMPARE(located.size(), 0);
    }

    // Nothing known (a tab opened before the list read the consoles), a listing without consoles
    // (a re-list), another domain's report, or a console the list does not name: the host's
    // definition, read on the worker, answers.
    void theHostAnswersWhatTheListDoesNotKnow_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<bool>("known");
        QTest::addColumn<DomainInfo>("report");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing known") << QString() << false << DomainInfo() << u"/host/serial0.log"_s;
        QTest::newRow("listed without consoles")
            << QString() << true << listed({device(u"serial0"_s, u"/listed/serial0.log"_s, true)}, false)
            << u"/host/serial0.log"_s;
        DomainInfo other = listed({device(u"serial0"_s, u"/other/serial0.log"_s, true)});
        other.uuid = u"6a0c5e00-0000-4000-8000-0000000000c2"_s;
        QTest::newRow("another domain") << QString() << true << other << u"/host/serial0.log"_s;
        QTest::newRow("console not listed")
            << u"serial1"_s << true << listed({device(u"serial0"_s, u"/listed/serial0.log"_s, true)})
            << u"/host/serial1.log"_s;
    }
    void theHostAnswersWhatTheListDoesNotKnow()
    {
        QFETCH(QString, alias);
        QFETCH(bool, known);
        QFETCH(DomainInfo, report);
        QFETCH(QString, expected);
        ConsoleLogLocator locator(m_connection.get(), target(alias));
        if (known)
            locator.knowDomain(report);
        QSignalSpy located(&locator, &ConsoleLogLocator::located);
        locator.locate();
        QCOMPARE(located.size(), 0); // asked the worker
        QVERIFY(located.wait());
        QCOMPARE(located.first().at(0).toString(), expected);
    }

    // A domain without any console device (the test driver's own "test"): said plainly, naming
    // the device only when one was asked for, and with no offer to enable a log.
    void aDomainWithoutConsolesSaysSo_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the default console") << QString() << u"The domain has no console device."_s;
        QTest::newRow("a named one") << u"serial7"_s << u"The domain has no console device \"serial7\"."_s;
    }
    void aDomainWithoutConsolesSaysSo()
    {
        QFETCH(QString, alias);
        QFETCH(QString, expected);
        virDomainPtr test = virDomainLookupByName(m_host, "test");
        QVERIFY(test);
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        const int got = virDomainGetUUIDString(test, uuid);
        virDomainFree(test);
        QCOMPARE(got, 0);
        ConsoleLogLocator locator(m_connection.get(),
                                  {u"test:///default"_s, QString::fromLatin1(uuid), u"test"_s, alias});
        QSignalSpy unavailable(&locator, &ConsoleLogLocator::unavailable);
        locator.locate();
        QVERIFY(unavailable.wait());
        QCOMPARE(unavailable.first().at(0).toString(), expected);
        QVERIFY(!unavailable.first().at(1).toBool());
    }

    // The whole path as the app takes it: the domain list's own listing parses the host's
    // definition, and its row is what the locator is given.
    void theDomainListsRowLocatesTheLog()
    {
        DomainListModel model;
        model.addConnection(u"test:///default"_s);
        const auto row = [&model] {
            return model.domain(model.indexOfDomain(u"test:///default"_s, QString::fromLatin1(kUuid)));
        };
        QTRY_VERIFY_WITH_TIMEOUT(row() && row()->consolesLoaded, 10000);
        ConsoleLogLocator locator(model.connection(u"test:///default"_s), target(u"serial1"_s));
        locator.knowDomain(*row());
        QSignalSpy located(&locator, &ConsoleLogLocator::located);
        locator.locate();
        QCOMPARE(located.size(), 1);
        QCOMPARE(located.first().at(0).toString(), u"/host/serial1.log"_s);
    }

private:
    static ConsoleTarget target(const QString &alias)
    {
        return {u"test:///default"_s, QString::fromLatin1(kUuid), QString::fromLatin1(kName), alias};
    }

    virConnectPtr m_host = nullptr;
    std::unique_ptr<Connection> m_connection;
};

QTEST_GUILESS_MAIN(TestConsoleLogLocator)
#include "tst_consoleloglocator.moc"
