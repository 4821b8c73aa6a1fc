// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// DomainActions over libvirt's test driver: actions reach the domain (seen in the model, which
// follows libvirt's lifecycle events), failures come back as one message naming the domain, and
// a connection added to the model later is followed as well.
#include "virt/DomainActions.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {
const QString kDefault = u"test:///default"_s; // one domain, "test", running
const QString kTestUuid = u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s;

int stateOf(const DomainListModel &model, const QString &uri, const QString &uuid)
{
    return model.indexOfDomain(uri, uuid).data(DomainListModel::StateRole).toInt();
}
} // namespace

class TestDomainActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(EventLoop::ensureRegistered()); }

    void actsAndReportsFailuresByName()
    {
        DomainListModel model;
        model.addConnection(kDefault);
        DomainActions actions(&model);
        QTRY_COMPARE(model.domainCount(kDefault), 1);
        QCOMPARE(stateOf(model, kDefault, kTestUuid), int(DomainInfo::State::Running));
        QSignalSpy started(&actions, &DomainActions::actionStarted);
        QSignalSpy failed(&actions, &DomainActions::actionFailed);

        actions.perform(kDefault, kTestUuid, Connection::Action::Destroy);
        QCOMPARE(started.size(), 1);
        QTRY_COMPARE(stateOf(model, kDefault, kTestUuid), int(DomainInfo::State::ShutOff));
        QCOMPARE(failed.size(), 0);

        // Shutting down a domain that is off fails in libvirt; the message names it as listed.
        actions.perform(kDefault, kTestUuid, Connection::Action::Shutdown);
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(u"Could not shut down test: "_s), qPrintable(message));
        QVERIFY2(message.size() > u"Could not shut down test: "_s.size(), "libvirt's reason is missing");

        actions.perform(kDefault, kTestUuid, Connection::Action::Start);
        QTRY_COMPARE(stateOf(model, kDefault, kTestUuid), int(DomainInfo::State::Running));
        QCOMPARE(failed.size(), 1);
    }

    void followsConnectionsAddedLater()
    {
        DomainListModel model;
        DomainActions actions(&model); // before the model has any connection
        model.addConnection(kDefault);
        QTRY_COMPARE(model.domainCount(kDefault), 1);
        QSignalSpy failed(&actions, &DomainActions::actionFailed);
        actions.perform(kDefault, kTestUuid, Connection::Action::Resume); // it runs, not paused
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().startsWith(u"Could not resume test: "_s),
                 qPrintable(failed.first().first().toString()));
    }

    void unknownConnectionDoesNothing()
    {
        DomainListModel model;
        DomainActions actions(&model);
        QSignalSpy started(&actions, &DomainActions::actionStarted);
        actions.perform(u"test:///nowhere"_s, kTestUuid, Connection::Action::Destroy);
        QCOMPARE(started.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDomainActions)
#include "tst_domainactions.moc"
