// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The window's command-line options, given to the real virt-console-viewer process against the
// sandbox: --console opens the device it names, --start-paused starts a stopped domain paused and
// resumes it once attached, --wait waits for a domain that does not exist yet, --reconnect attaches
// again after the guest restarts although the setting says not to.
//
// The process runs offscreen with settings of its own; it prints its console's state changes
// (category vcv.console), which say when it believes it attached. Whether it did is asked of
// libvirt (a safe open of the device is refused while another client holds it), and what it did
// to the domain is read from libvirt's lifecycle events on the test's own connection.
#include "AppProcess.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "virt/EventLoop.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using vcv::test::AppProcess;
using vcv::test::TestGuest;

namespace {

// A TCG guest on two busy cores: boots can take many seconds.
constexpr int kBootTimeoutMs = 90000;
constexpr int kAttachTimeoutMs = 30000;

/// The Console menu's "Reattach Automatically" as the process finds it saved.
QByteArray reattachSetting(bool autoReattach)
{
    return autoReattach ? "[console]\nautoReattach=true\n" : "[console]\nautoReattach=false\n";
}

/// The lifecycle events libvirt reports for one domain, in order (VIR_DOMAIN_EVENT_*).
class LifecycleEvents
{
public:
    LifecycleEvents(virConnectPtr conn, virDomainPtr domain)
        : m_conn(conn)
    {
        m_id = virConnectDomainEventRegisterAny(conn, domain, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                VIR_DOMAIN_EVENT_CALLBACK(&LifecycleEvents::received), this, nullptr);
    }
    ~LifecycleEvents()
    {
        if (m_id >= 0)
            virConnectDomainEventDeregisterAny(m_conn, m_id);
    }
    bool registered() const { return m_id >= 0; }
    const QList<int> &events() const { return m_events; }

private:
    static int received(virConnectPtr, virDomainPtr, int event, int, void *opaque)
    {
        static_cast<LifecycleEvents *>(opaque)->m_events.append(event);
        return 0;
    }
    virConnectPtr m_conn;
    int m_id = -1;
    QList<int> m_events;
};

QStringList appArguments(const QStringList &options, const QString &domain)
{
    return QStringList{u"-c"_s, vcv::test::Sandbox::uri()} + options + QStringList{domain};
}

} // namespace

class CliWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consoleOpensTheNamedDevice();
    void startPausedStartsPausedThenResumes();
    void waitWaitsForADomainYetToBeDefined();
    void reconnectOverridesTheSetting();
};

void CliWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The lifecycle events of the test's own connections arrive through Qt's loop.
    QVERIFY(vcv::EventLoop::ensureRegistered());
    QString error;
    QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
}

void CliWindowTest::consoleOpensTheNamedDevice()
{
    TestGuest::Options options;
    options.serial1 = true;
    TestGuest guest(u"vcv-e2e-cliwin-console"_s, options);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));

    AppProcess app(appArguments({u"--console"_s, u"serial1"_s}, guest.name()), reattachSetting(true));
    QTRY_VERIFY2_WITH_TIMEOUT(app.output().contains("/serial1 console state: Open"),
                              app.output().right(800).constData(), kAttachTimeoutMs);
    // libvirt agrees: serial1 is held, the first console is free.
    QString libvirtSays;
    QVERIFY2(guest.consoleHeld(&libvirtSays, u"serial1"_s), app.output().right(800).constData());
    QVERIFY(libvirtSays.contains(u"Active console session exists"_s));
    QVERIFY(!guest.consoleHeld(nullptr, u"serial0"_s));
}

void CliWindowTest::startPausedStartsPausedThenResumes()
{
    TestGuest guest(u"vcv-e2e-cliwin-paused"_s);
    QString error;
    QVERIFY2(guest.define(&error), qPrintable(error));
    LifecycleEvents lifecycle(guest.connection(), guest.domain());
    QVERIFY(lifecycle.registered());

    AppProcess app(appArguments({u"--start-paused"_s}, guest.name()), reattachSetting(true));
    QTRY_VERIFY2_WITH_TIMEOUT(app.output().contains("console state: Open"), app.output().right(800).constData(),
                              kAttachTimeoutMs);
    QVERIFY2(guest.waitForLog("vcv-guest-ready", kBootTimeoutMs), guest.readLogChain().right(400).constData());
    QVERIFY(guest.consoleHeld());
    // Started (by the app: nobody else did), paused, then resumed: a start without
    // VIR_DOMAIN_START_PAUSED is never suspended.
    QTRY_VERIFY_WITH_TIMEOUT(lifecycle.events().contains(VIR_DOMAIN_EVENT_RESUMED), 10000);
    const QList<int> &seen = lifecycle.events();
    const qsizetype started = seen.indexOf(VIR_DOMAIN_EVENT_STARTED);
    const qsizetype suspended = seen.indexOf(VIR_DOMAIN_EVENT_SUSPENDED);
    QVERIFY2(started >= 0 && suspended > started, qPrintable(QString::number(seen.size())));
    QVERIFY(seen.indexOf(VIR_DOMAIN_EVENT_RESUMED, suspended) > suspended);
    QCOMPARE(seen.count(VIR_DOMAIN_EVENT_STARTED), 1);
}

void CliWindowTest::waitWaitsForADomainYetToBeDefined()
{
    // Saved setting: no reattaching. The app looked the domain up and found none before it is
    // defined (it says so: vcv.open), so only --wait attaches it when it starts; without, it
    // reports a domain that does not exist and leaves it at that.
    TestGuest guest(u"vcv-e2e-cliwin-wait"_s);
    AppProcess app(appArguments({u"--wait"_s}, guest.name()), reattachSetting(false));
    QTRY_VERIFY2_WITH_TIMEOUT(
        app.output().contains(QByteArray("waiting for " + guest.name().toUtf8() + " to be defined")),
        app.output().right(800).constData(), kAttachTimeoutMs);

    QString error;
    QVERIFY2(guest.define(&error), qPrintable(error));
    QVERIFY2(guest.start(&error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(app.output().contains("console state: Open"), app.output().right(800).constData(),
                              kAttachTimeoutMs);
    QVERIFY2(guest.waitForLog("vcv-guest-ready", kBootTimeoutMs), guest.readLogChain().right(400).constData());
    QVERIFY(guest.consoleHeld());
}

void CliWindowTest::reconnectOverridesTheSetting()
{
    TestGuest::Options options;
    options.append = false; // each run's log holds that run only: its prompt says it booted
    TestGuest guest(u"vcv-e2e-cliwin-reconnect"_s, options);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));
    const auto restartAndBoot = [&guest] {
        guest.destroy();
        QString error;
        QVERIFY2(guest.start(&error), qPrintable(error));
        QVERIFY2(guest.waitForLog("vcv-guest-ready", kBootTimeoutMs), guest.readLogChain().right(400).constData());
    };

    {
        // Without --reconnect the saved setting holds: the console stays closed after a restart.
        AppProcess app(appArguments({}, guest.name()), reattachSetting(false));
        QTRY_VERIFY2_WITH_TIMEOUT(app.count("console state: Open") == 1, app.output().right(800).constData(),
                                  kAttachTimeoutMs);
        guest.destroy();
        QTRY_VERIFY2_WITH_TIMEOUT(app.output().contains("console state: Closed (Guest)"),
                                  app.output().right(800).constData(), kAttachTimeoutMs);
        restartAndBoot();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!guest.consoleHeld());
        QCOMPARE(app.count("console state: Open"), 1);
    }

    // With it, the same setting is overridden: the console waits for the guest, and is attached
    // again on the new run. (The start waits until the app has seen the stop.)
    AppProcess app(appArguments({u"--reconnect"_s}, guest.name()), reattachSetting(false));
    QTRY_VERIFY2_WITH_TIMEOUT(app.count("console state: Open") == 1, app.output().right(800).constData(),
                              kAttachTimeoutMs);
    guest.destroy();
    QTRY_VERIFY2_WITH_TIMEOUT(app.output().contains("console state: WaitingForGuest"),
                              app.output().right(800).constData(), kAttachTimeoutMs);
    restartAndBoot();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY2_WITH_TIMEOUT(app.count("console state: Open") == 2, app.output().right(800).constData(),
                              kAttachTimeoutMs);
    QVERIFY(guest.consoleHeld());
}

QTEST_GUILESS_MAIN(CliWindowTest)
#include "tst_cli_window.moc"
