// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Connection and DomainListModel against libvirt's test driver: test:///default, a node of 1000
// domains written by the test, and a node that asks for a user name and password.
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

// A test-driver node file: `count` domains vcv-NNNN, every second one shut off, each with serial0
// logged; optionally an <auth> section that makes the driver ask for credentials.
QString writeNode(const QTemporaryDir &dir, int count, const QString &authXml = {})
{
    QByteArray xml = "<node>\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(4, '0');
        const QByteArray uuid = "6a0c5e00-0000-4000-8000-00000000" + n;
        xml += "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
               "<name>vcv-" +
            n + "</name><uuid>" + uuid +
            "</uuid>"
            "<memory>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>"
            "<serial type='pty'><log file='/var/log/libvirt/qemu/vcv-" +
            n +
            "-serial0.log' append='on'/>"
            "<target port='0'/></serial><console type='pty'><target type='serial' port='0'/></console>"
            "</devices>";
        if (i % 2)
            xml += "<test:runstate>5</test:runstate>";
        xml += "</domain>\n";
    }
    xml += authXml.toUtf8();
    xml += "</node>\n";
    const QString path = dir.filePath(u"node.xml"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
        return {};
    return path;
}

const char *kNewDomain = "<domain type='test'><name>vcv-new</name><uuid>6a0c5e00-0000-4000-8000-0000000000ff</uuid>"
                         "<memory>65536</memory><os><type>hvm</type></os><devices><serial type='pty'>"
                         "<log file='/tmp/vcv-new.log' append='off'/><target port='0'/></serial></devices></domain>";

// The ids of this process's threads (Linux).
QSet<QString> threadIds()
{
    const QStringList ids = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(EventLoop::ensureRegistered()); }

    void opensTestDefault()
    {
        Connection c(u"test:///default"_s);
        c.setPollInterval(3600 * 1000); // only events may update anything
        QSignalSpy connected(&c, &Connection::connected);
        QSignalSpy listed(&c, &Connection::domainsListed);
        QSignalSpy states(&c, &Connection::stateChanged);
        c.open();
        QCOMPARE(c.state(), Connection::State::Connecting); // never blocks the caller
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(c.state(), Connection::State::Connected);
        QVERIFY(c.handle());
        QVERIFY(c.hasDomainEvents());
        QVERIFY(!c.lastError().isError());
        QTRY_COMPARE(listed.size(), 1);
        const auto domains = listed.first().first().value<DomainInfoList>();
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.first().name, u"test"_s);
        QCOMPARE(domains.first().state, DomainInfo::State::Running);
        QVERIFY(domains.first().persistent);
        QCOMPARE(states.size(), 2); // Connecting, Connected

        QSignalSpy disconnected(&c, &Connection::disconnected);
        c.close();
        QCOMPARE(c.state(), Connection::State::Disconnected);
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(disconnected.first().first().value<ConnectionError>().kind, ConnectionError::Kind::None);
        QVERIFY(!c.handle());
    }

    void definitionIsReadOnTheWorker()
    {
        Connection c(u"test:///default"_s);
        QSignalSpy listed(&c, &Connection::domainsListed);
        c.open();
        QTRY_COMPARE(listed.size(), 1);
        const QString uuid = listed.first().first().value<DomainInfoList>().first().uuid;
        QSignalSpy read(&c, &Connection::definitionRead);
        c.readDefinition(uuid);
        QVERIFY(read.isEmpty()); // never blocks the caller: the answer is a signal
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(0).toString(), uuid);
        const auto definition = read.first().at(1).value<std::optional<DomainXml>>();
        QVERIFY(definition);
        QCOMPARE(definition->name(), u"test"_s);
        QCOMPARE(definition->uuid(), uuid);
        QVERIFY(read.first().at(2).toString().isEmpty());

        // A domain that does not exist: the answer says so.
        read.clear();
        c.readDefinition(u"00000000-0000-0000-0000-000000000000"_s);
        QVERIFY(read.wait(10000));
        QVERIFY(!read.first().at(1).value<std::optional<DomainXml>>());
        QVERIFY(!read.first().at(2).toString().isEmpty());
    }

    void aDriverWithoutConsolesSaysSo()
    {
        // The test driver has no virDomainOpenConsole: the stream says which driver cannot,
        // instead of a bare "closed" that Reconnect could not change.
        Connection c(u"test:///default"_s);
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        ConsoleStream stream(&c, u"test"_s);
        stream.open();
        QCOMPARE(stream.state(), ConsoleStream::State::Connecting); // on the connection's worker
        QTRY_COMPARE(stream.closeCause(), ConsoleStream::CloseCause::Unsupported);
        QCOMPARE(stream.state(), ConsoleStream::State::Closed);
        QVERIFY2(stream.reason().contains(u"driver (TEST) cannot open consoles"_s), qPrintable(stream.reason()));
    }

    void destroyedDomainChangesStateWithoutPoll()
    {
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(u"test:///default"_s);
        c->setPollInterval(3600 * 1000);
        QTRY_COMPARE(model.domainCount(u"test:///default"_s), 1);
        QVERIFY(c->hasDomainEvents());
        const QModelIndex dom = model.index(0, 0, model.indexOfConnection(u"test:///default"_s));
        QCOMPARE(dom.data(DomainListModel::StateRole).toInt(), int(DomainInfo::State::Running));
        const QString uuid = dom.data(DomainListModel::UuidRole).toString();

        QSignalSpy listed(c, &Connection::domainsListed);
        QSignalSpy changed(c, &Connection::domainChanged);
        QSignalSpy finished(c, &Connection::actionFinished);
        c->perform(uuid, Connection::Action::Destroy);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        QTRY_COMPARE(model.indexOfDomain(u"test:///default"_s, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::ShutOff));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(listed.size(), 0); // no re-list: the event alone did it
        QCOMPARE(model.indexOfDomain(u"test:///default"_s, uuid)
                     .siblingAtColumn(DomainListModel::IdColumn)
                     .data()
                     .toString(),
                 u"–"_s);

        c->perform(uuid, Connection::Action::Start);
        QTRY_COMPARE(model.indexOfDomain(u"test:///default"_s, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::Running));
    }

    void lifecycleEventsUpdateTheModel()
    {
        QTemporaryDir dir;
        const QString node = writeNode(dir, 3);
        QVERIFY(!node.isEmpty());
        const QString uri = u"test://"_s + node;
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(uri);
        c->setPollInterval(3600 * 1000);
        QTRY_COMPARE(model.domainCount(uri), 3);
        QSignalSpy listed(c, &Connection::domainsListed);

        // defined
        virDomainPtr dom = virDomainDefineXML(c->handle(), kNewDomain);
        QVERIFY(dom);
        QTRY_COMPARE(model.domainCount(uri), 4);
        const QString uuid = u"6a0c5e00-0000-4000-8000-0000000000ff"_s;
        QModelIndex idx = model.indexOfDomain(uri, uuid);
        QVERIFY(idx.isValid());
        QCOMPARE(idx.row(), 3); // sorted by name: vcv-0000 … vcv-0002, vcv-new
        QCOMPARE(idx.data().toString(), u"vcv-new"_s);
        QCOMPARE(idx.data(DomainListModel::StateRole).toInt(), int(DomainInfo::State::ShutOff));
        const auto consoles = idx.data(DomainListModel::ConsolesRole).value<ConsoleDeviceList>();
        QCOMPARE(consoles.size(), 1);
        QCOMPARE(consoles.first().logFile, u"/tmp/vcv-new.log"_s);
        // started, suspended, resumed
        QCOMPARE(virDomainCreate(dom), 0);
        QTRY_COMPARE(model.indexOfDomain(uri, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::Running));
        QVERIFY(model.indexOfDomain(uri, uuid).siblingAtColumn(DomainListModel::IdColumn).data().toInt() > 0);
        QCOMPARE(virDomainSuspend(dom), 0);
        QTRY_COMPARE(model.indexOfDomain(uri, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::Paused));
        QCOMPARE(virDomainResume(dom), 0);
        QTRY_COMPARE(model.indexOfDomain(uri, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::Running));
        // undefined while running: it stays, transient
        QCOMPARE(virDomainUndefine(dom), 0);
        QTRY_COMPARE(
            model.indexOfDomain(uri, uuid).siblingAtColumn(DomainListModel::PersistenceColumn).data().toString(),
            u"transient"_s);
        // stopped: a transient domain is gone
        QCOMPARE(virDomainDestroy(dom), 0);
        QTRY_COMPARE(model.domainCount(uri), 3);
        QVERIFY(!model.indexOfDomain(uri, uuid).isValid());
        virDomainFree(dom);
        QCOMPARE(listed.size(), 0);
    }

    void listsAThousandDomainsNamesFirstConsolesAfter()
    {
        QTemporaryDir dir;
        const QString node = writeNode(dir, 1000);
        QVERIFY(!node.isEmpty());
        const QString uri = u"test://"_s + node;
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(uri);
        c->setPollInterval(3600 * 1000);
        QSignalSpy listed(c, &Connection::domainsListed);
        QSignalSpy batches(c, &Connection::domainConsolesLoaded);
        QSignalSpy complete(c, &Connection::domainConsolesComplete);

        // Names and states: all rows at once, before any console is known.
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 60000);
        const auto summaries = listed.first().first().value<DomainInfoList>();
        QCOMPARE(summaries.size(), 1000);
        for (const DomainInfo &d : summaries)
            QVERIFY(!d.consolesLoaded && d.consoles.isEmpty());
        const QModelIndex parent = model.indexOfConnection(uri);
        QCOMPARE(model.rowCount(parent), 1000);
        QCOMPARE(model.index(0, 0, parent).data().toString(), u"vcv-0000"_s);
        QCOMPARE(model.index(999, 0, parent).data().toString(), u"vcv-0999"_s);
        QCOMPARE(model.index(0, 0, parent).data(DomainListModel::StateRole).toInt(), int(DomainInfo::State::Running));
        QCOMPARE(model.index(1, 0, parent).data(DomainListModel::StateRole).toInt(), int(DomainInfo::State::ShutOff));
        QVERIFY(model.index(0, DomainListModel::IdColumn, parent).data().toInt() > 0);
        QCOMPARE(model.index(1, DomainListModel::IdColumn, parent).data().toString(), u"–"_s);
        QCOMPARE(model.index(7, DomainListModel::PersistenceColumn, parent).data().toString(), u"persistent"_s);

        // Consoles: in several batches, each domain once, in name order.
        QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 60000);
        QVERIFY(batches.size() > 1);
        QStringList seen;
        for (const QList<QVariant> &args : std::as_const(batches))
            for (const DomainConsoles &dc : args.first().value<DomainConsolesList>())
                seen << dc.uuid;
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 1000);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend())); // the node's UUIDs grow with the names
        for (int row = 0; row < 1000; ++row) {
            const auto info = model.domain(model.index(row, 0, parent));
            QVERIFY(info && info->consolesLoaded);
            QCOMPARE(info->consoles.size(), 1);
            QCOMPARE(info->consoles.first().alias, u"serial0"_s);
            QCOMPARE(info->consoles.first().logFile,
                     u"/var/log/libvirt/qemu/vcv-%1-serial0.log"_s.arg(row, 4, 10, QLatin1Char('0')));
        }
        QCOMPARE(model.index(42, DomainListModel::ConsolesColumn, parent).data().toString(), u"serial0 (log)"_s);

        // One destroyed among a thousand: only its row changes.
        const QString uuid = model.index(500, 0, parent).data(DomainListModel::UuidRole).toString();
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy rowsRemoved(&model, &QAbstractItemModel::rowsRemoved);
        c->perform(uuid, Connection::Action::Destroy);
        QTRY_COMPARE(model.index(500, 0, parent).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::ShutOff));
        QCOMPARE(rowsRemoved.size(), 0);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.first().first().toModelIndex().row(), 500);
    }

    void eventsDuringTheConsoleLoadWin()
    {
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 1000);
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(uri);
        c->setPollInterval(3600 * 1000);
        QSignalSpy complete(c, &Connection::domainConsolesComplete);
        // Changed by someone else while the consoles are still being read: vcv-0001 (shut off,
        // read in the first batch) gets a new log file after that batch arrived; vcv-0999 (read in the last)
        // is undefined before it is read; vcv-0998 is stopped; a new domain is defined.
        bool changed = false;
        connect(c, &Connection::domainConsolesLoaded, this, [&] {
            if (changed)
                return;
            changed = true;
            virConnectPtr conn = c->handle();
            virDomainPtr first = virDomainLookupByName(conn, "vcv-0001");
            QVERIFY(first);
            char *xml = virDomainGetXMLDesc(first, VIR_DOMAIN_XML_INACTIVE);
            QVERIFY(xml);
            const QByteArray moved = QByteArray(xml).replace("vcv-0001-serial0.log", "moved.log");
            std::free(xml);
            virDomainFree(first);
            virDomainPtr redefined = virDomainDefineXML(conn, moved.constData());
            QVERIFY(redefined);
            virDomainFree(redefined);
            virDomainPtr last = virDomainLookupByName(conn, "vcv-0999");
            QVERIFY(last);
            QCOMPARE(virDomainUndefine(last), 0); // shut off: gone at once
            virDomainFree(last);
            virDomainPtr stopped = virDomainLookupByName(conn, "vcv-0998");
            QVERIFY(stopped);
            QCOMPARE(virDomainDestroy(stopped), 0);
            virDomainFree(stopped);
            virDomainPtr added = virDomainDefineXML(conn, kNewDomain);
            QVERIFY(added);
            virDomainFree(added);
        });
        QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 60000);
        QVERIFY(changed);
        // The events' own reads may still be on their way after the last batch.
        QTRY_COMPARE(model.domainCount(uri), 1000);
        const QModelIndex parent = model.indexOfConnection(uri);
        const auto consoleLog = [&](const QString &name) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const auto info = model.domain(model.index(row, 0, parent));
                if (info->name == name)
                    return info->consolesLoaded && info->consoles.size() == 1 ? info->consoles.first().logFile
                                                                              : u"(not loaded)"_s;
            }
            return u"(absent)"_s;
        };
        QTRY_COMPARE(consoleLog(u"vcv-0001"_s), u"/var/log/libvirt/qemu/moved.log"_s);
        QCOMPARE(consoleLog(u"vcv-0999"_s), u"(absent)"_s);
        QTRY_COMPARE(consoleLog(u"vcv-new"_s), u"/tmp/vcv-new.log"_s);
        QCOMPARE(consoleLog(u"vcv-0998"_s), u"/var/log/libvirt/qemu/vcv-0998-serial0.log"_s);
        QTRY_COMPARE(model.index(998, 0, parent).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::ShutOff));
        for (int row = 0; row < model.rowCount(parent); ++row)
            QVERIFY(model.domain(model.index(row, 0, parent))->consolesLoaded);
    }

    void closingDropsTheConsoleLoad()
    {
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 1000);
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(uri);
        c->setPollInterval(3600 * 1000);
        // The order of what the connection reports, with the close and the reopen in it.
        QStringList order;
        connect(c, &Connection::domainsListed, this, [&] { order << u"listed"_s; });
        connect(c, &Connection::domainConsolesComplete, this, [&] { order << u"complete"_s; });
        connect(c, &Connection::domainConsolesLoaded, this, [&] {
            order << u"batch"_s;
            if (order.count(u"batch"_s) == 1) {
                c->close(); // inside the first batch's delivery: the next ones are already due
                order << u"closed"_s;
                QCOMPARE(model.domainCount(uri), 0);
                c->open();
            }
        });
        QSignalSpy complete(c, &Connection::domainConsolesComplete);
        QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 60000);
        // Nothing of the first load after the close: the second listing's batches and its end.
        QCOMPARE(order.mid(0, 4), QStringList({u"listed"_s, u"batch"_s, u"closed"_s, u"listed"_s}));
        QCOMPARE(order.count(u"complete"_s), 1);
        QCOMPARE(order.last(), u"complete"_s);
        const QModelIndex parent = model.indexOfConnection(uri);
        QCOMPARE(model.rowCount(parent), 1000);
        for (int row = 0; row < 1000; ++row)
            QVERIFY(model.domain(model.index(row, 0, parent))->consolesLoaded);

        // Closed right after a re-list, before its first batch: none of that load arrives, only
        // the reopened connection's, each domain once.
        QSignalSpy batches(c, &Connection::domainConsolesLoaded);
        bool reopened = false;
        connect(c, &Connection::domainsListed, this, [&] {
            if (reopened)
                return;
            reopened = true;
            c->close();
            c->open();
        });
        c->refreshDomains();
        QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 2, 60000);
        QVERIFY(reopened);
        QStringList seen;
        for (const QList<QVariant> &args : std::as_const(batches))
            for (const DomainConsoles &dc : args.first().value<DomainConsolesList>())
                seen << dc.uuid;
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 1000);
    }

    void pollingFallbackMergesWithoutReset()
    {
        // refreshDomains() is what the fallback timer calls: a re-list merges into the model.
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 5);
        Connection *c = model.addConnection(uri);
        QTRY_COMPARE(model.domainCount(uri), 5);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy listed(c, &Connection::domainsListed);
        c->refreshDomains();
        QTRY_COMPARE(listed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.domainCount(uri), 5);
    }

    void unsupportedUriFailsAtOnce_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("unknown driver") << u"bogus:///system"_s;
        QTest::newRow("not a uri") << u"::not a uri"_s;
        QTest::newRow("empty") << QString();
    }

    void unsupportedUriFailsAtOnce()
    {
        QFETCH(QString, uri);
        Connection c(uri);
        QSignalSpy disconnected(&c, &Connection::disconnected);
        QSignalSpy reconnect(&c, &Connection::reconnectScheduled);
        c.open();
        QTRY_COMPARE(disconnected.size(), 1);
        const auto error = disconnected.first().first().value<ConnectionError>();
        QCOMPARE(error.kind, ConnectionError::Kind::UnsupportedUri);
        QVERIFY(!error.remedy.isEmpty());
        QCOMPARE(c.state(), Connection::State::Disconnected);
        QCOMPARE(c.lastError().kind, ConnectionError::Kind::UnsupportedUri);
        QCOMPARE(reconnect.size(), 0);
    }

    void libvirtRefusesABadQemuPath()
    {
        // The URI parses and names a driver; libvirt itself refuses it (directly, or through a
        // daemon when one runs).
        Connection c(u"test:///nonexistent/node.xml"_s);
        QSignalSpy disconnected(&c, &Connection::disconnected);
        c.open();
        QTRY_COMPARE(disconnected.size(), 1);
        const auto error = disconnected.first().first().value<ConnectionError>();
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"/nonexistent/node.xml"_s), qPrintable(error.message));
    }

    void credentialsAreAskedAndAnswered()
    {
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
        Connection c(uri);
        QList<CredentialRequest::Type> asked;
        connect(&c, &Connection::credentialsRequested, &c, [&](quint64 id, CredentialRequestList requests) {
            for (CredentialRequest &r : requests) {
                asked << r.type;
                r.answer = r.type == CredentialRequest::Type::Username ? u"alice"_s : u"s3cret"_s;
                QVERIFY(!r.prompt.isEmpty());
            }
            c.answerCredentials(id, requests);
        });
        QSignalSpy connected(&c, &Connection::connected);
        QSignalSpy disconnected(&c, &Connection::disconnected);
        c.open();
        QTRY_VERIFY(connected.size() + disconnected.size() > 0);
        QVERIFY2(connected.size() == 1, qPrintable(c.lastError().text()));
        QVERIFY(asked.contains(CredentialRequest::Type::Username));
        QVERIFY(asked.contains(CredentialRequest::Type::Password));
    }

    void wrongPasswordIsAuthenticationFailed()
    {
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
        Connection c(uri);
        connect(&c, &Connection::credentialsRequested, &c, [&](quint64 id, CredentialRequestList requests) {
            for (CredentialRequest &r : requests)
                r.answer = r.type == CredentialRequest::Type::Username ? u"alice"_s : u"wrong"_s;
            c.answerCredentials(id, requests);
        });
        QSignalSpy disconnected(&c, &Connection::disconnected);
        c.open();
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(disconnected.first().first().value<ConnectionError>().kind,
                 ConnectionError::Kind::AuthenticationFailed);
    }

    void cancelledOrUnansweredCredentialsFail()
    {
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
        {
            Connection c(uri); // nobody listens to credentialsRequested
            QSignalSpy disconnected(&c, &Connection::disconnected);
            c.open();
            QTRY_COMPARE(disconnected.size(), 1);
            QCOMPARE(c.lastError().kind, ConnectionError::Kind::AuthenticationFailed);
        }
        {
            Connection c(uri);
            connect(&c, &Connection::credentialsRequested, &c, [&](quint64 id) { c.cancelCredentials(id); });
            QSignalSpy disconnected(&c, &Connection::disconnected);
            c.open();
            QTRY_COMPARE(disconnected.size(), 1);
            QCOMPARE(c.lastError().kind, ConnectionError::Kind::AuthenticationFailed);
        }
    }

    void destroyedWhileWaitingForCredentials()
    {
        QTemporaryDir dir;
        const QString uri = u"test://"_s + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
        // The threads this process runs now: the worker is among the ones that appear after.
        const QSet<QString> before = threadIds();
        auto *c = new Connection(uri);
        QSignalSpy asked(c, &Connection::credentialsRequested);
        c->open();
        QTRY_COMPARE(asked.size(), 1);
        const QSet<QString> started = threadIds() - before;
        QVERIFY(!started.isEmpty()); // the worker, waiting for the answer
        delete c;
        // The worker is released (its question cancelled) and ends on its own: it would otherwise
        // wait for an answer for minutes, pinning its thread.
        QTRY_VERIFY_WITH_TIMEOUT((threadIds() & started).isEmpty(), 10000);
    }

    void modelConnectionListInAndOut()
    {
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectionUris({u"test:///default"_s, u"bogus:///x"_s, u"test:///default"_s});
        QCOMPARE(model.connectionUris(), QStringList({u"test:///default"_s, u"bogus:///x"_s}));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex bad = model.indexOfConnection(u"bogus:///x"_s);
        QVERIFY(bad.data(DomainListModel::IsConnectionRole).toBool());
        QTRY_VERIFY(!bad.data(DomainListModel::ErrorRole).toString().isEmpty());
        QCOMPARE(bad.siblingAtColumn(DomainListModel::StateColumn).data().toString(),
                 ConnectionError::kindText(ConnectionError::Kind::UnsupportedUri));
        QTRY_COMPARE(model.domainCount(u"test:///default"_s), 1);
        model.setConnectionUris({u"test:///default"_s});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.connectionFor(model.index(0, 0, model.index(0, 0)))->uri(), u"test:///default"_s);
        model.removeConnection(u"test:///default"_s);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
