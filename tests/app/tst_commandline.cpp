// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Every option of the command line as parse() gives it to main(), and each refusal with the
// reason it prints on stderr (main() then exits with status 2). Options that QCommandLineParser
// refuses itself (a value missing, an unknown option) exit inside parse(): tst_cli runs those.
// --help and --version also exit inside parse(): they are run on the real executable here.
#include "CommandLine.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Mode = vcv::CommandLineOptions::Mode;

namespace {

const QString kApp = u"virt-console-viewer"_s;

/// parse() with its standard error caught: the options, and what it printed.
struct Parsed
{
    std::optional<vcv::CommandLineOptions> options;
    QString err;
};

Parsed parse(QStringList arguments)
{
    arguments.prepend(kApp);
    QTemporaryFile file;
    if (!file.open())
        qFatal("cannot make a temporary file");
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(file.handle(), STDERR_FILENO);
    Parsed parsed{vcv::CommandLine::parse(arguments), {}};
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    file.seek(0);
    parsed.err = QString::fromUtf8(file.readAll());
    return parsed;
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void connect_data();
    void connect();
    void flags_data();
    void flags();
    void console();
    void startPausedWithDomain();
    void list();
    void printLog();
    void stripAndRaw();
    void bootReport();
    void refusals_data();
    void refusals();
    void helpListsEveryOption_data();
    void helpListsEveryOption();
    void version();
};

void CommandLineTest::defaults()
{
    // No argument: the window with the last session's connections, nothing to open.
    const Parsed p = parse({});
    QVERIFY(p.options);
    QCOMPARE(p.options->mode, Mode::Gui);
    QVERIFY(p.options->connectUri.isEmpty());
    QVERIFY(p.options->domain.isEmpty());
    QVERIFY(p.options->consoleAlias.isEmpty());
    QVERIFY(!p.options->wait);
    QVERIFY(!p.options->reconnect);
    QVERIFY(!p.options->startPaused);
    QVERIFY(!p.options->strip);
    QVERIFY(!p.options->raw);
    QVERIFY(p.err.isEmpty());
}

void CommandLineTest::connect_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("-c") << QStringList{u"-c"_s, u"test:///default"_s, u"test"_s};
    QTest::newRow("--connect") << QStringList{u"--connect"_s, u"test:///default"_s, u"test"_s};
    QTest::newRow("--connect=") << QStringList{u"--connect=test:///default"_s, u"test"_s};
    QTest::newRow("after the domain") << QStringList{u"test"_s, u"-c"_s, u"test:///default"_s};
}

void CommandLineTest::connect()
{
    QFETCH(QStringList, arguments);
    const Parsed p = parse(arguments);
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->connectUri, u"test:///default"_s);
    QCOMPARE(p.options->domain, u"test"_s);
    QCOMPARE(p.options->mode, Mode::Gui);
}

void CommandLineTest::flags_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("wait");
    QTest::addColumn<bool>("reconnect");
    QTest::addColumn<bool>("startPaused");
    QTest::newRow("--wait") << u"--wait"_s << true << false << false;
    QTest::newRow("--reconnect") << u"--reconnect"_s << false << true << false;
    QTest::newRow("--start-paused") << u"--start-paused"_s << false << false << true;
}

void CommandLineTest::flags()
{
    // Each sets its own field and no other.
    QFETCH(QString, flag);
    QFETCH(bool, wait);
    QFETCH(bool, reconnect);
    QFETCH(bool, startPaused);
    const Parsed p = parse({flag, u"guest"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->mode, Mode::Gui);
    QCOMPARE(p.options->domain, u"guest"_s);
    QCOMPARE(p.options->wait, wait);
    QCOMPARE(p.options->reconnect, reconnect);
    QCOMPARE(p.options->startPaused, startPaused);
    QVERIFY(p.options->consoleAlias.isEmpty());
}

void CommandLineTest::console()
{
    Parsed p = parse({u"--console"_s, u"serial1"_s, u"guest"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->consoleAlias, u"serial1"_s);
    QCOMPARE(p.options->domain, u"guest"_s);
    p = parse({u"--console=console0"_s, u"--wait"_s, u"--reconnect"_s, u"guest"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->consoleAlias, u"console0"_s);
    QVERIFY(p.options->wait && p.options->reconnect);
    // The commands that read a console's log take it too.
    p = parse({u"--print-log"_s, u"--console"_s, u"serial1"_s, u"guest"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->mode, Mode::PrintLog);
    QCOMPARE(p.options->consoleAlias, u"serial1"_s);
    p = parse({u"--boot-report"_s, u"--console=serial1"_s, u"guest"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->mode, Mode::BootReport);
    QCOMPARE(p.options->consoleAlias, u"serial1"_s);
}

void CommandLineTest::startPausedWithDomain()
{
    // The domain may be given by ID or UUID as well: parse() passes it on as typed.
    const Parsed p =
        parse({u"--start-paused"_s, u"-c"_s, u"qemu:///system"_s, u"7c3a4f36-5b1e-4b52-9d0a-0f1e2d3c4b5a"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QVERIFY(p.options->startPaused);
    QCOMPARE(p.options->domain, u"7c3a4f36-5b1e-4b52-9d0a-0f1e2d3c4b5a"_s);
    QCOMPARE(p.options->connectUri, u"qemu:///system"_s);
}

void CommandLineTest::list()
{
    Parsed p = parse({u"--list"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->mode, Mode::List);
    QVERIFY(p.options->connectUri.isEmpty());
    p = parse({u"--list"_s, u"-c"_s, u"test:///default"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->mode, Mode::List);
    QCOMPARE(p.options->connectUri, u"test:///default"_s);
}

void CommandLineTest::printLog()
{
    const Parsed p = parse({u"--print-log"_s, u"-c"_s, u"test:///default"_s, u"test"_s});
    QVERIFY2(p.options, qPrintable(p.err));
    QCOMPARE(p.options->mode, Mode::PrintLog);
    QCOMPARE(p.options->domain, u"test"_s);
    QCOMPARE(p.options->connectUri, u"test:///default"_s);
    QVERIFY(!p.options->raw && !p.options->strip); // decided by what standard output is
}

void CommandLineTest::stripAndRaw()
{
    const Parsed raw = parse({u"--print-log"_s, u"--raw"_s, u"g"_s});
    QVERIFY2(raw.options, qPrintable(raw.err));
    QVERIFY(raw.options->raw);
    QVERIFY(!raw.options->strip);
    const Parsed strip = parse({u"--print-log"_s, u"--strip"_s, u"g"_s});
    QVERIFY2(strip.options, qPrintable(strip.err));
    QVERIFY(strip.options->strip);
    QVERIFY(!strip.options->raw);
}

void CommandLineTest::bootReport()
{
    const Parsed last = parse({u"--boot-report"_s, u"g"_s});
    QVERIFY2(last.options, qPrintable(last.err));
    QCOMPARE(last.options->mode, Mode::BootReport);
    QCOMPARE(last.options->domain, u"g"_s);
    QCOMPARE(last.options->boot, 0); // the last boot
    QVERIFY(!last.options->json);
    const Parsed second = parse({u"--boot-report"_s, u"--json"_s, u"--boot"_s, u"2"_s, u"g"_s});
    QVERIFY2(second.options, qPrintable(second.err));
    QVERIFY(second.options->json);
    QCOMPARE(second.options->boot, 2);
    const Parsed all = parse({u"--boot-report"_s, u"--boot=all"_s, u"g"_s});
    QVERIFY2(all.options, qPrintable(all.err));
    QCOMPARE(all.options->boot, -1);
}

void CommandLineTest::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two domains") << QStringList{u"a"_s, u"b"_s}
                                 << u"Too many arguments: give at most one domain (ID, UUID or name)."_s;
    QTest::newRow("--list and --print-log")
        << QStringList{u"--list"_s, u"--print-log"_s, u"g"_s} << u"--list and --print-log exclude each other."_s;
    QTest::newRow("--list with a domain") << QStringList{u"--list"_s, u"g"_s} << u"--list takes no domain."_s;
    QTest::newRow("--print-log without a domain") << QStringList{u"--print-log"_s, u"-c"_s, u"test:///default"_s}
                                                  << u"--print-log needs a domain (ID, UUID or name)."_s;
    QTest::newRow("--strip without --print-log")
        << QStringList{u"--strip"_s, u"g"_s} << u"--strip and --raw go with --print-log."_s;
    QTest::newRow("--raw without --print-log")
        << QStringList{u"--raw"_s, u"g"_s} << u"--strip and --raw go with --print-log."_s;
    QTest::newRow("--raw with --list") << QStringList{u"--list"_s, u"--raw"_s}
                                       << u"--strip and --raw go with --print-log."_s;
    QTest::newRow("--strip and --raw") << QStringList{u"--print-log"_s, u"--strip"_s, u"--raw"_s, u"g"_s}
                                       << u"--strip and --raw exclude each other."_s;
    QTest::newRow("--boot-report without a domain")
        << QStringList{u"--boot-report"_s} << u"--boot-report needs a domain (ID, UUID or name)."_s;
    QTest::newRow("--boot-report and --print-log") << QStringList{u"--boot-report"_s, u"--print-log"_s, u"g"_s}
                                                   << u"--boot-report excludes --list and --print-log."_s;
    QTest::newRow("--json without --boot-report")
        << QStringList{u"--json"_s, u"g"_s} << u"--json and --boot go with --boot-report."_s;
    QTest::newRow("--boot 0") << QStringList{u"--boot-report"_s, u"--boot"_s, u"0"_s, u"g"_s}
                              << u"--boot takes a boot's number (1 is the oldest) or \"all\", not \"0\"."_s;
    QTest::newRow("--boot last") << QStringList{u"--boot-report"_s, u"--boot=last"_s, u"g"_s}
                                 << u"--boot takes a boot's number (1 is the oldest) or \"all\", not \"last\"."_s;
    QTest::newRow("--strip with --boot-report")
        << QStringList{u"--boot-report"_s, u"--strip"_s, u"g"_s} << u"--strip and --raw go with --print-log."_s;
    QTest::newRow("--start-paused without a domain") << QStringList{u"--start-paused"_s, u"-c"_s, u"test:///default"_s}
                                                     << u"--start-paused needs a domain (ID, UUID or name)."_s;
    // The window's options would do nothing beside a command that prints and exits.
    const QString windowOnly = u"goes with the window, not with --list, --print-log or --boot-report."_s;
    QTest::newRow("--wait with --list") << QStringList{u"--list"_s, u"--wait"_s} << u"--wait "_s + windowOnly;
    QTest::newRow("--reconnect with --print-log")
        << QStringList{u"--print-log"_s, u"--reconnect"_s, u"g"_s} << u"--reconnect "_s + windowOnly;
    QTest::newRow("--start-paused with --boot-report")
        << QStringList{u"--boot-report"_s, u"--start-paused"_s, u"g"_s} << u"--start-paused "_s + windowOnly;
    QTest::newRow("--console with --list")
        << QStringList{u"--list"_s, u"--console"_s, u"serial0"_s} << u"--console needs a domain (ID, UUID or name)."_s;
    QTest::newRow("--console without a domain")
        << QStringList{u"--console=serial1"_s} << u"--console needs a domain (ID, UUID or name)."_s;
    QTest::newRow("--wait without a domain")
        << QStringList{u"--wait"_s, u"-c"_s, u"test:///default"_s} << u"--wait needs a domain (ID, UUID or name)."_s;
}

void CommandLineTest::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Parsed p = parse(arguments);
    QVERIFY(!p.options);
    QCOMPARE(p.err, message + u'\n');
}

namespace {
/// The real executable, with a C locale (the help is translated): its exit code and output.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(VCV_APP_PATH), arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

void CommandLineTest::helpListsEveryOption_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void CommandLineTest::helpListsEveryOption()
{
    QFETCH(QString, flag);
    const Run r = runApp({flag});
    QCOMPARE(r.exitCode, 0);
    // Every option the parser accepts, written out here (not taken from the parser), with the
    // name of its value where it takes one.
    const QList<QByteArray> options{
        "-h, --help",     "-v, --version", "-c, --connect <uri>", "--wait",  "--reconnect", "--console <alias>",
        "--start-paused", "--list",        "--print-log",         "--strip", "--raw",       "--boot-report",
        "--json",         "--boot <N|all>"};
    for (const QByteArray &option : options)
        QVERIFY2(r.out.contains(QByteArray("  " + option + " ")),
                 QByteArray(option + " is not in:\n" + r.out).constData());
    QVERIFY2(r.out.contains("Usage: ") && r.out.contains("[ID|UUID|NAME]"), r.out.constData());
    QVERIFY2(r.out.contains("Serial console and boot log of libvirt guests, side by side."), r.out.constData());
    // Nothing more: one line per option (the descriptions may wrap onto lines of their own), and
    // --help-all, which QCommandLineParser adds with --help.
    int optionLines = 0;
    for (const QByteArray &line : r.out.split('\n'))
        optionLines += line.startsWith("  -") ? 1 : 0;
    QCOMPARE(optionLines, options.size() + 1);
    QVERIFY(r.out.contains("  --help-all"));
}

void CommandLineTest::version()
{
    for (const QString &flag : {u"--version"_s, u"-v"_s}) {
        const Run r = runApp({flag});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "virt-console-viewer " VCV_VERSION "\n"_ba);
    }
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
