// Connection and DomainListModel against libvirt's test driver: test:///default, a node of 1000
// domains written by the test, and a node that asks for a user name and password.
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
               "<name>vcv-" + n + "</name><uuid>" + uuid + "</uuid>"
               "<memory>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>"
               "<serial type='pty'><log file='/var/log/libvirt/qemu/vcv-" + n + "-serial0.log' append='on'/>"
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

} // namespace

class TestConnection : public QObject {
    Q_OBJECT
private slots:
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

    void aDriverWithoutConsolesSaysSo()
    {
        // The test driver has no virDomainOpenConsole: the stream says which driver cannot,
        // instead of a bare "closed" that Reconnect could not change.
        Connection c(u"test:///default"_s);
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        ConsoleStream stream(c.handle(), u"test"_s);
        stream.open();
        QCOMPARE(stream.state(), ConsoleStream::State::Closed);
        QCOMPARE(stream.closeCause(), ConsoleStream::CloseCause::Error);
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
        QCOMPARE(model.indexOfDomain(u"test:///default"_s, uuid).siblingAtColumn(DomainListModel::IdColumn).data()
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
        QTRY_COMPARE(model.indexOfDomain(uri, uuid).siblingAtColumn(DomainListModel::PersistenceColumn).data().toString(),
                     u"transient"_s);
        // stopped: a transient domain is gone
        QCOMPARE(virDomainDestroy(dom), 0);
        QTRY_COMPARE(model.domainCount(uri), 3);
        QVERIFY(!model.indexOfDomain(uri, uuid).isValid());
        virDomainFree(dom);
        QCOMPARE(listed.size(), 0);
    }

    void listsAThousandDomains()
    {
        QTemporaryDir dir;
        const QString node = writeNode(dir, 1000);
        QVERIFY(!node.isEmpty());
        const QString uri = u"test://"_s + node;
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(uri);
        c->setPollInterval(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(model.domainCount(uri), 1000, 60000);
        const QModelIndex parent = model.indexOfConnection(uri);
        QCOMPARE(model.rowCount(parent), 1000);
        QCOMPARE(model.index(0, 0, parent).data().toString(), u"vcv-0000"_s);
        QCOMPARE(model.index(999, 0, parent).data().toString(), u"vcv-0999"_s);
        QCOMPARE(model.index(0, 0, parent).data(DomainListModel::StateRole).toInt(), int(DomainInfo::State::Running));
        QCOMPARE(model.index(1, 0, parent).data(DomainListModel::StateRole).toInt(), int(DomainInfo::State::ShutOff));
        const auto info = model.domain(model.index(42, 0, parent));
        QVERIFY(info);
        QCOMPARE(info->consoles.size(), 1);
        QCOMPARE(info->consoles.first().alias, u"serial0"_s);
        QCOMPARE(info->consoles.first().logFile, u"/var/log/libvirt/qemu/vcv-0042-serial0.log"_s);
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
        const QString uri = u"test://"_s
            + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
        Connection c(uri);
        QList<CredentialRequest::Type> asked;
        connect(&c, &Connection::credentialsRequested, &c,
                [&](quint64 id, CredentialRequestList requests) {
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
        const QString uri = u"test://"_s
            + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
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
        const QString uri = u"test://"_s
            + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
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
        const QString uri = u"test://"_s
            + writeNode(dir, 1, u"<auth><user password='s3cret'>alice</user></auth>"_s);
        auto *c = new Connection(uri);
        QSignalSpy asked(c, &Connection::credentialsRequested);
        c->open();
        QTRY_COMPARE(asked.size(), 1);
        delete c; // the worker is released and closes on its own; nothing may crash or hang
        QTest::qWait(100);
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
