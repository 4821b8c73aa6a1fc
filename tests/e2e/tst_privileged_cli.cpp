// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// --print-log and --boot-report as an ordinary user, on a guest of qemu:///system whose console
// log virtlogd keeps readable by root only: vcv-admin (group libvirt) gets the whole rotated log
// through pkexec and the privileged reader without a password; vcv-outsider gets a clear
// refusal that names the remedy, and no byte of the log. Both run as those users (runuser); the
// expected bytes are the log's as root reads them. On the remote sandbox host, with vcv-admin as
// the ssh user: the log comes through the host's reader and `sudo -n` when a sudo rule allows it,
// and is explained when none does.
#include "RunProcess.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "virt/HelperProgram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;

namespace {

using Run = vcv::test::ProcessResult;

Run run(const QStringList &command)
{
    return vcv::test::runProcess(command.first(), command.mid(1));
}

/// The viewer as `user`, without a terminal (so pkexec has no text agent either).
Run runAs(const QString &user, const QStringList &arguments)
{
    return vcv::test::runProcess(u"runuser"_s,
                                 QStringList{u"-u"_s, user, u"--"_s, QStringLiteral(VCV_APP_PATH)} + arguments);
}

} // namespace

class PrivilegedCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
        QByteArray err;
        QVERIFY2(
            vcv::test::Sandbox::runTool(u"desktop"_s, {u"up"_s, QStringLiteral(VCV_LOGREAD_PATH)}, nullptr, &err) == 0,
            err.constData());
        QVERIFY2(m_guest.boot(&error), qPrintable(error));
        QVERIFY(m_guest.logChainFiles().size() >= 2);
    }

    void adminPrintsTheWholeRotatedLog()
    {
        const QByteArray before = m_guest.readLogChain();
        const Run r =
            runAs(u"vcv-admin"_s, {u"-c"_s, u"qemu:///system"_s, u"--print-log"_s, u"--raw"_s, m_guest.name()});
        const QByteArray after = m_guest.readLogChain();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The guest may print meanwhile: what was there before, and nothing that was not.
        QVERIFY2(
            r.out.startsWith(before) && after.startsWith(r.out),
            qPrintable(
                u"%1 bytes printed, the log had %2 then %3"_s.arg(r.out.size()).arg(before.size()).arg(after.size())));
    }

    void adminGetsTheBootReport()
    {
        const Run r =
            runAs(u"vcv-admin"_s, {u"-c"_s, u"qemu:///system"_s, u"--boot-report"_s, u"--json"_s, m_guest.name()});
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

    void remoteUserWithoutRootReadsThroughSudo()
    {
        using vcv::test::Sandbox;
        QByteArray out, err;
        QVERIFY2(Sandbox::runTool(u"remote"_s, {u"up"_s}, &out, &err) == 0, err.constData());
        const auto down = qScopeGuard([] { Sandbox::runTool(u"remote"_s, {u"down"_s}); });
        const QString guest = u"vcv-e2e-sudo"_s;
        QVERIFY2(Sandbox::runTool(u"remote"_s,
                                  {u"exec"_s, QStringLiteral(VCV_SOURCE_DIR "/tools/sandbox/guest"), u"up"_s, guest},
                                  &out, &err) == 0,
                 err.constData());
        QVERIFY(Sandbox::runTool(u"remote"_s, {u"uri"_s, u"--batch"_s, u"--user"_s, u"vcv-admin"_s}, &out) == 0);
        const QString uri = QString::fromUtf8(out).trimmed();
        const QStringList printLog{QStringLiteral(VCV_APP_PATH), u"-c"_s, uri, u"--print-log"_s, u"--raw"_s, guest};

        // The host has no reader: the ssh user is told to install the package there.
        Sandbox::runTool(u"remote"_s, {u"deny-reader"_s});
        Run r = run(printLog);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("virt-console-viewer is not installed on"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // The reader installed, but no sudo rule: the ssh user may not run it, and is told the rule.
        const QString installed = vcv::installedHelperPath(u"virt-console-viewer-logread"_s);
        const auto allowReader = [&] {
            return Sandbox::runTool(u"remote"_s,
                                    {u"allow-reader"_s, QStringLiteral(VCV_LOGREAD_PATH), installed, u"vcv-admin"_s},
                                    &out, &err) == 0;
        };
        QVERIFY2(allowReader(), err.constData());
        Sandbox::runTool(u"remote"_s, {u"deny-reader"_s});
        r = run(printLog);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("may not read the log") && r.err.contains("NOPASSWD"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // With the rule for the installed reader: the whole log, as root on the host reads it.
        QVERIFY2(allowReader(), err.constData());
        const QString chainScript = u"n=0; while [ -e \"$1.$n\" ]; do n=$((n+1)); done; "
                                    "while [ $n -gt 0 ]; do n=$((n-1)); cat \"$1.$n\"; done; cat \"$1\""_s;
        const QString remoteLog = u"/var/log/libvirt/qemu/"_s + guest + u"-serial0.log"_s;
        QByteArray before;
        QVERIFY(Sandbox::runTool(u"remote"_s, {u"exec"_s, u"sh"_s, u"-c"_s, chainScript, u"sh"_s, remoteLog},
                                 &before) == 0);
        r = run(printLog);
        QByteArray after;
        Sandbox::runTool(u"remote"_s, {u"exec"_s, u"sh"_s, u"-c"_s, chainScript, u"sh"_s, remoteLog}, &after);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(before.contains("vcv-guest-ready"));
        QVERIFY2(
            r.out.startsWith(before) && after.startsWith(r.out),
            qPrintable(
                u"%1 bytes printed, the log had %2 then %3"_s.arg(r.out.size()).arg(before.size()).arg(after.size())));
        Sandbox::runTool(u"remote"_s, {u"deny-reader"_s});
    }

private:
    TestGuest m_guest{u"vcv-e2e-privileged"_s};
};

QTEST_GUILESS_MAIN(PrivilegedCliTest)
#include "tst_privileged_cli.moc"
