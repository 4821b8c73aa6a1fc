// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The command-line modes against the sandbox: --list names the guest and its log, --print-log
// gives the stitched chain byte for byte (and --strip plain text), errors exit non-zero with a
// reason on stderr. The window's options are tst_cli_window's.
#include "Sandbox.h"
#include "TestGuest.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listNamesGuestAndLog();
    void printLogIsTheChain();
    void printLogStrip();
    void printLogToATerminalIsStripped();
    void errors();
    void cleanupTestCase();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments);
    TestGuest *m_guest = nullptr;
};

CliTest::Result CliTest::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VCV_APP_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void CliTest::initTestCase()
{
    m_guest = new TestGuest(u"vcv-e2e-cli"_s);
    QString error;
    QVERIFY2(m_guest->boot(&error), qPrintable(error));
}

void CliTest::cleanupTestCase()
{
    delete m_guest;
}

void CliTest::listNamesGuestAndLog()
{
    const Result r = run({u"--list"_s, u"-c"_s, vcv::test::Sandbox::uri()});
    QCOMPARE(r.exitCode, 0);
    const QByteArray line = "vcv-e2e-cli\trunning\t";
    QVERIFY2(r.out.contains(line), r.out.constData());
    QVERIFY(r.out.contains(m_guest->logFile().toUtf8()));
}

void CliTest::printLogIsTheChain()
{
    // The guest is idle at its prompt: the chain does not change between the two reads.
    const Result r = run({u"--print-log"_s, u"-c"_s, vcv::test::Sandbox::uri(), u"vcv-e2e-cli"_s});
    QCOMPARE(r.exitCode, 0);
    // What to expect, found apart from the app: the sandbox's virtlogd keeps three rotations
    // (tools/sandbox/etc/virtlogd.conf: max_size = 16384, max_backups = 3), so the chain is at
    // most LOG.2, LOG.1, LOG.0, LOG, oldest first; the boot alone rotates the log at least once.
    const QString log = m_guest->logFile();
    QVERIFY(QFile::exists(log + u".0"_s));  // stitched across a rotation
    QVERIFY(!QFile::exists(log + u".3"_s)); // the list below is the whole chain
    QStringList files;
    for (const QString &suffix : {u".2"_s, u".1"_s, u".0"_s, QString()}) {
        if (QFile::exists(log + suffix))
            files << log + suffix;
    }
    QProcess cat;
    cat.start(u"cat"_s, files);
    QVERIFY(cat.waitForFinished(30000));
    QCOMPARE(cat.exitCode(), 0);
    const QByteArray chain = cat.readAllStandardOutput();
    QCOMPARE(r.out.size(), chain.size());
    QVERIFY(r.out == chain);
    QVERIFY(r.out.contains("\x1b[0;32mOK\x1b[0m"));
}

void CliTest::printLogStrip()
{
    const Result r = run({u"--print-log"_s, u"--strip"_s, u"-c"_s, vcv::test::Sandbox::uri(), u"vcv-e2e-cli"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\r'));
    QVERIFY(r.out.contains("[  OK  ] Started systemd-journald.service"));
    QVERIFY(r.out.contains("[FAILED] Failed to start systemd-timesyncd.service"));
}

void CliTest::printLogToATerminalIsStripped()
{
    // Standard output on a pseudo-terminal (script(1) gives the app one): the guest's escape
    // sequences must not reach the user's terminal unless --raw asks for them.
    const auto onTerminal = [](const QStringList &arguments) {
        QStringList quoted;
        for (const QString &a : arguments)
            quoted << u"'"_s + a + u"'"_s;
        QProcess script;
        script.start(u"script"_s,
                     {u"-q"_s, u"-e"_s, u"-c"_s, u"'%1' %2"_s.arg(QStringLiteral(VCV_APP_PATH), quoted.join(u' ')),
                      u"/dev/null"_s});
        script.closeWriteChannel();
        if (!script.waitForFinished(60000))
            return QByteArray();
        return script.readAllStandardOutput();
    };
    const QByteArray stripped = onTerminal({u"--print-log"_s, u"-c"_s, vcv::test::Sandbox::uri(), u"vcv-e2e-cli"_s});
    QVERIFY2(stripped.contains("[  OK  ] Started systemd-journald.service"), stripped.right(300).constData());
    QVERIFY(!stripped.contains('\x1b'));
    const QByteArray raw =
        onTerminal({u"--print-log"_s, u"--raw"_s, u"-c"_s, vcv::test::Sandbox::uri(), u"vcv-e2e-cli"_s});
    QVERIFY(raw.contains("\x1b[0;32mOK\x1b[0m"));
}

void CliTest::errors()
{
    Result r = run({u"--print-log"_s, u"-c"_s, vcv::test::Sandbox::uri(), u"no-such-guest"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no-such-guest"), r.err.constData());

    TestGuest::Options noLog;
    noLog.log = false;
    TestGuest unlogged(u"vcv-e2e-cli-nolog"_s, noLog);
    QString error;
    QVERIFY2(unlogged.define(&error), qPrintable(error));
    r = run({u"--print-log"_s, u"-c"_s, vcv::test::Sandbox::uri(), u"vcv-e2e-cli-nolog"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("has no log"), r.err.constData());

    r = run({u"--list"_s, u"-c"_s, u"nosuchdriver:///x"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());

    r = run({u"--print-log"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--print-log needs a domain (ID, UUID or name).\n"), r.err.constData());

    // Refused by QCommandLineParser inside CommandLine::parse(): it prints and exits with 1.
    r = run({u"--print-log"_s, u"--console"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Missing value after '--console'."), r.err.constData());
    r = run({u"--list"_s, u"-c"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Missing value after '-c'."), r.err.constData());
    r = run({u"--list"_s, u"--no-such-option"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Unknown option 'no-such-option'."), r.err.constData());
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
