// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// SshAskPassService with the real helper (virt-console-viewer-askpass) started the way ssh starts
// it — by the path in SSH_ASKPASS, the prompt as its argument — and no ssh: what the helper
// prints for an answer, a cancel and an app that is gone, and how prompts are classified.
#include "virt/SshAskPass.h"
#include "virt/SshCommand.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::SshAskPassService;
using vcv::SshCommand;

namespace {

/// Starts the helper as ssh would; the caller runs the event loop until it finishes.
std::unique_ptr<QProcess> startAskPass(const QString &prompt, const QByteArray &promptKind = {})
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!promptKind.isEmpty())
        env.insert(u"SSH_ASKPASS_PROMPT"_s, QString::fromLatin1(promptKind));
    process->setProcessEnvironment(env);
    process->start(qEnvironmentVariable("SSH_ASKPASS"), {prompt});
    return process;
}

} // namespace

class TestSshAskPass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_ASKPASS_REQUIRE");
        QString error;
        QVERIFY2(m_service.install(QStringLiteral(VCV_ASKPASS_HELPER), &error), qPrintable(error));
        // What ssh will find in its environment.
        const QString askpass = qEnvironmentVariable("SSH_ASKPASS");
        QVERIFY(QFileInfo(askpass).isSymLink());
        QCOMPARE(QFileInfo(QFileInfo(askpass).absolutePath()).permissions() &
                     (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup),
                 QFile::Permissions());
        QCOMPARE(qgetenv("SSH_ASKPASS_REQUIRE"), "force");
    }

    void classifiesPrompts_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<SshAskPassService::PromptKind>("kind");
        QTest::newRow("passphrase") << u"Enter passphrase for key '/root/.ssh/id_ed25519': "_s << QByteArray()
                                    << SshAskPassService::PromptKind::Secret;
        QTest::newRow("password") << u"root@host's password: "_s << QByteArray()
                                  << SshAskPassService::PromptKind::Secret;
        QTest::newRow("host key")
            << u"The authenticity of host 'h (1.2.3.4)' can't be established.\nAre you sure you want to continue connecting (yes/no/[fingerprint])? "_s
            << QByteArray() << SshAskPassService::PromptKind::Question;
        QTest::newRow("agent confirm") << u"Allow use of key?"_s << "confirm"_ba
                                       << SshAskPassService::PromptKind::Question;
        QTest::newRow("notice") << u"Confirm user presence for key"_s << "none"_ba
                                << SshAskPassService::PromptKind::Notice;
    }

    void classifiesPrompts()
    {
        QFETCH(QString, prompt);
        QFETCH(QByteArray, env);
        QFETCH(SshAskPassService::PromptKind, kind);
        QCOMPARE(SshAskPassService::classify(prompt, env), kind);
    }

    void destinationOfSshCommandLines_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("destination");
        // As libvirt's ssh transport and RemoteLogMirror run it.
        QTest::newRow("libvirt") << QStringList{u"ssh"_s, u"-p"_s, u"22022"_s, u"-l"_s, u"root"_s,
                                                u"-T"_s,  u"-e"_s, u"none"_s,  u"--"_s, u"127.0.0.1"_s,
                                                u"sh"_s,  u"-c"_s, u"x"_s}
                                 << u"root@127.0.0.1:22022"_s;
        QTest::newRow("options with values, bundled")
            << QStringList{u"ssh"_s, u"-o"_s, u"ServerAliveInterval=5"_s,  u"-Tp2222"_s,
                           u"-i"_s,  u"/k"_s, u"alice@kvm1.example.org"_s, u"sh -s"_s}
            << u"alice@kvm1.example.org:2222"_s;
        QTest::newRow("default port, no user") << QStringList{u"ssh"_s, u"-p"_s, u"22"_s, u"host"_s} << u"host"_s;
        QTest::newRow("ssh url") << QStringList{u"ssh"_s, u"ssh://bob@h:2200"_s} << u"bob@h:2200"_s;
        QTest::newRow("ipv6") << QStringList{u"ssh"_s, u"-l"_s, u"root"_s, u"::1"_s} << u"root@[::1]"_s;
        QTest::newRow("no destination") << QStringList{u"ssh"_s, u"-V"_s} << QString();
    }

    void destinationOfSshCommandLines()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, destination);
        QCOMPARE(SshCommand::destinationOf(argv), destination);
    }

    void notAskedBySshNamesNoDestination()
    {
        // The helper's parent here is this test, not ssh: no destination is made up.
        QSignalSpy asked(&m_service, &SshAskPassService::promptRequested);
        auto helper = startAskPass(u"password: "_s);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QCOMPARE(asked.first().at(3).toString(), QString());
        m_service.cancel(asked.first().at(0).toULongLong());
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
    }

    void answerReachesTheHelpersStdout()
    {
        QSignalSpy asked(&m_service, &SshAskPassService::promptRequested);
        auto helper = startAskPass(u"Enter passphrase for key 'k': "_s);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QCOMPARE(asked.first().at(1).toString(), u"Enter passphrase for key 'k':"_s);
        QCOMPARE(asked.first().at(2).value<SshAskPassService::PromptKind>(), SshAskPassService::PromptKind::Secret);
        // Any bytes a passphrase may hold, non-ASCII included.
        m_service.answer(asked.first().at(0).toULongLong(), u"pä ss'\"wörd"_s);
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
        QCOMPARE(helper->exitCode(), 0);
        QCOMPARE(helper->readAllStandardOutput(), u"pä ss'\"wörd\n"_s.toUtf8());
    }

    void cancelMakesTheHelperFail()
    {
        QSignalSpy asked(&m_service, &SshAskPassService::promptRequested);
        auto helper = startAskPass(u"root@h's password: "_s);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        m_service.cancel(asked.first().at(0).toULongLong());
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
        QCOMPARE(helper->exitCode(), 1);
        QVERIFY(helper->readAllStandardOutput().isEmpty());
    }

    void helperGoneWithdrawsThePrompt()
    {
        QSignalSpy asked(&m_service, &SshAskPassService::promptRequested);
        QSignalSpy withdrawn(&m_service, &SshAskPassService::promptWithdrawn);
        auto helper = startAskPass(u"root@h's password: "_s);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        // ssh gave up (its connection attempt was cancelled): the dialog must close.
        helper->kill();
        QVERIFY(helper->waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(withdrawn.size(), 1, 10000);
        QCOMPARE(withdrawn.first().at(0), asked.first().at(0));
        // An answer after that goes nowhere and harms nothing.
        m_service.answer(asked.first().at(0).toULongLong(), u"late"_s);
    }

    void noAppListeningFailsWithAMessage()
    {
        const QString askpass = qEnvironmentVariable("SSH_ASKPASS");
        QProcess helper;
        // Started by its real path, the helper finds no socket beside it.
        helper.start(QFileInfo(askpass).symLinkTarget(), {u"password: "_s});
        QVERIFY(helper.waitForFinished(20000));
        QCOMPARE(helper.exitCode(), 1);
        QVERIFY(helper.readAllStandardOutput().isEmpty());
        QVERIFY(helper.readAllStandardError().contains("virt-console-viewer is not listening"));
    }

    // Last: it installs a second service, which takes over SSH_ASKPASS.
    void deepRuntimeDirStillListens()
    {
        // A runtime directory whose socket path would not fit sockaddr_un's 108 bytes.
        QTemporaryDir top;
        QVERIFY(top.isValid());
        const QString deep = top.filePath(QString(100, u'r'));
        QVERIFY(QDir().mkpath(deep));
        QVERIFY(QFile::setPermissions(deep, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray previous = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(deep));
        const auto restore = qScopeGuard([previous] { qputenv("XDG_RUNTIME_DIR", previous); });
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation), deep);

        SshAskPassService service;
        QString error;
        QVERIFY2(service.install(QStringLiteral(VCV_ASKPASS_HELPER), &error), qPrintable(error));
        QVERIFY(!qEnvironmentVariable("SSH_ASKPASS").startsWith(deep));

        // And it answers: the helper, started as ssh would, gets the answer.
        QSignalSpy asked(&service, &SshAskPassService::promptRequested);
        auto helper = startAskPass(u"root@host's password: "_s);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        service.answer(asked.first().at(0).toULongLong(), u"deep"_s);
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
        QCOMPARE(helper->exitCode(), 0);
        QCOMPARE(helper->readAllStandardOutput(), "deep\n");
    }

private:
    SshAskPassService m_service;
};

QTEST_MAIN(TestSshAskPass)
#include "tst_sshaskpass.moc"
