// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Connection's polling fallback: a driver without lifecycle events (some have none) must still
// keep the domain list current, by listing again every poll interval. libvirt's test driver has
// events, so this executable refuses them at the API: it defines virConnectDomainEventRegisterAny
// itself, and the executable's definition is the one Connection's call resolves to. Everything else
// is the real test driver (test:///default, shared by every connection of this process).
#include "virt/Connection.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {
std::atomic<int> g_registrations{0};
} // namespace

// A driver without domain events: every registration fails, as libvirt's own answer would.
extern "C" int virConnectDomainEventRegisterAny(virConnectPtr, virDomainPtr, int, virConnectDomainEventGenericCallback,
                                                void *, virFreeCallback)
{
    ++g_registrations;
    return -1;
}

namespace {
const char *kNewDomain = "<domain type='test'><name>vcv-polled</name><uuid>6a0c5e00-0000-4000-8000-0000000000fe</uuid>"
                         "<memory>65536</memory><os><type>hvm</type></os></domain>";
const QString kUri = u"test:///default"_s;

int stateOf(const DomainListModel &model, const QString &name)
{
    const QModelIndex parent = model.indexOfConnection(kUri);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index.data(DomainListModel::StateRole).toInt();
    }
    return -1; // not listed
}
} // namespace

class TestConnectionPolling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(EventLoop::ensureRegistered()); }

    void withoutEventsTheListIsPolled()
    {
        DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection *c = model.addConnection(kUri);
        c->setPollInterval(200);
        QSignalSpy listed(c, &Connection::domainsListed);
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        QCOMPARE(g_registrations.load(), 1); // the connection asked for events and was refused
        QVERIFY(!c->hasDomainEvents());
        QTRY_COMPARE(stateOf(model, u"test"_s), int(DomainInfo::State::Running));

        // Changed behind the model's back, with no event to tell: the next poll shows it.
        virDomainPtr test = virDomainLookupByName(c->handle(), "test");
        QVERIFY(test);
        const qsizetype before = listed.size();
        QCOMPARE(virDomainDestroy(test), 0);
        QTRY_COMPARE(stateOf(model, u"test"_s), int(DomainInfo::State::ShutOff));
        QVERIFY(listed.size() > before); // by a re-list, not by anything else
        QCOMPARE(virDomainCreate(test), 0);
        QTRY_COMPARE(stateOf(model, u"test"_s), int(DomainInfo::State::Running));
        virDomainFree(test);

        // Defined and undefined: the row comes and goes.
        virDomainPtr added = virDomainDefineXML(c->handle(), kNewDomain);
        QVERIFY(added);
        QTRY_COMPARE(stateOf(model, u"vcv-polled"_s), int(DomainInfo::State::ShutOff));
        QCOMPARE(model.domainCount(kUri), 2);
        QCOMPARE(virDomainUndefine(added), 0);
        virDomainFree(added);
        QTRY_COMPARE(stateOf(model, u"vcv-polled"_s), -1);
        QCOMPARE(model.domainCount(kUri), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionPolling)
#include "tst_connection_polling.moc"
