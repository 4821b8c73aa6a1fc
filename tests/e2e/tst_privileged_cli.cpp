// SPDX-License-Identifier: GPL-2.0-or-later
// --print-log and --boot-report as an ordinary user, on a guest of qemu:///system whose console
// log virtlogd keeps readable by root only: vcv-admin (group libvirt) gets the whole rotated log
// through pkexec and the privileged reader without a password; vcv-outsider gets a clear
// refusal that names the remedy, and no byte of the log. Both run as those users (runuser); the
// expected bytes are the log's as root reads them.
#include "Sandbox.h"
#include "TestGuest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAs(const QString &user, const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal: no text agent either
    process.start(u"runuser"_s, QStringList{u"-u"_s, user, u"--"_s, QStringLiteral(VCV_APP_PATH)} + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class PrivilegedCliTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
        QByteArray err;
        QVERIFY2(vcv::test::Sandbox::runTool(u"desktop"_s, {u"up"_s, QStringLiteral(VCV_LOGREAD_PATH)}, nullptr, &err)
                     == 0,
                 err.constData());
        QVERIFY2(m_guest.boot(&error), qPrintable(error));
        QVERIFY(m_guest.logChainFiles().size() >= 2);
    }

    void adminPrintsTheWholeRotatedLog()
    {
        const QByteArray before = m_guest.readLogChain();
        const Run r = runAs(u"vcv-admin"_s, {u"-c"_s, u"qemu:///system"_s, u"--print-log"_s, u"--raw"_s, m_guest.name()});
        const QByteArray after = m_guest.readLogChain();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The guest may print meanwhile: what was there before, and nothing that was not.
        QVERIFY2(r.out.startsWith(before) && after.startsWith(r.out),
                 qPrintable(u"%1 bytes printed, the log had %2 then %3"_s.arg(r.out.size()).arg(before.size())
                                .arg(after.size())));
    }

    void adminGetsTheBootReport()
    {
        const Run r = runAs(u"vcv-admin"_s, {u"-c"_s, u"qemu:///system"_s, u"--boot-report"_s, u"--json"_s,
                                             m_guest.name()});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"domain"_s).toString(), m_guest.name());
    }

    void outsiderIsRefusedWithTheRemedy()
    {
        const Run r =
            runAs(u"vcv-outsider"_s, {u"-c"_s, u"qemu:///system"_s, u"--print-log"_s, u"--raw"_s, m_guest.name()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("was not authorised") && r.err.contains("\"libvirt\""), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

private:
    TestGuest m_guest{u"vcv-e2e-privileged"_s};
};

QTEST_GUILESS_MAIN(PrivilegedCliTest)
#include "tst_privileged_cli.moc"
