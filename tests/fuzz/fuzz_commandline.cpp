// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for the command line (app/CommandLine) and the libvirt URIs it carries
// (ConnectionError::checkUri, SshCommand::argumentsForUri, which turns a qemu+ssh:// URI into
// arguments of the ssh program: a place where text from a user, a script or a desktop file
// becomes a process's argument list).
//
// Command lines are built from the options the program knows, with fuzzed values and
// positionals, and "--" (QCommandLineParser::process() exits on --help, --version and unknown
// options, so those are left out). A model written here from CommandLine.h and the man page says
// which option wins and which combinations are usage errors; parse() must agree.
// URIs (the connect value, or the whole input in the second mode) must give either no ssh
// arguments or a well-formed list: the fixed options, then only -p PORT, -l USER, -i KEY and -o
// with a known value, then "--" and the host last; host-key checking off only when the URI says
// no_verify, batch mode only with no_tty. checkUri() must refuse an empty text and accept only
// text that starts with an RFC 3986 scheme.
#include "FuzzInput.h"

#include "CommandLine.h"
#include "virt/ConnectionError.h"
#include "virt/SshCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdint>

using namespace vcv;
using namespace vcv::fuzz;
using namespace Qt::StringLiterals;

namespace {

QString value(FuzzInput &input, bool mayStartWithDash)
{
    QString v = QString::fromUtf8(input.bytes(24));
    if (!mayStartWithDash && v.startsWith(u'-'))
        v.prepend(u'x');
    return v;
}

void checkUri(const QString &uri)
{
    const QByteArray detail = uri.toUtf8();
    const ConnectionError e = ConnectionError::checkUri(uri);
    if (uri.trimmed().isEmpty())
        check(e.isError(), "checkUri() accepts an empty URI", detail);
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (!e.isError())
        check(scheme.match(uri.trimmed()).hasMatch(), "checkUri() accepts a URI without a scheme", detail);

    QString error;
    const std::optional<QStringList> args = SshCommand::argumentsForUri(uri, &error);
    check(args.has_value() == SshCommand::usesSshProgram(uri), "argumentsForUri() and usesSshProgram() disagree",
          detail);
    if (!args) {
        check(!error.isEmpty(), "argumentsForUri() fails without a message", detail);
        return;
    }
    const QString lowered = uri.toLower();
    check(lowered.section(u':', 0, 0).endsWith(u"+ssh"_s), "ssh arguments for a URI whose scheme is not +ssh", detail);
    const QStringList &a = *args;
    const QStringList fixed{
        u"-T"_s, u"-e"_s, u"none"_s, u"-o"_s, u"ServerAliveInterval=5"_s, u"-o"_s, u"ServerAliveCountMax=3"_s};
    check(a.size() >= fixed.size() + 2 && a.mid(0, fixed.size()) == fixed, "the fixed ssh options are missing", detail);
    qsizetype i = fixed.size();
    bool sawPort = false, sawUser = false, sawKey = false;
    while (i < a.size() && a[i] != u"--"_s) {
        check(i + 1 < a.size(), "an ssh option without its value", detail);
        const QString &option = a[i];
        const QString &v = a[i + 1];
        if (option == u"-p"_s) {
            bool ok = false;
            const int port = v.toInt(&ok);
            check(!sawPort && ok && port > 0 && port < 65536 && v == QString::number(port), "a bad -p", detail);
            sawPort = true;
        } else if (option == u"-l"_s) {
            check(!sawUser && !v.isEmpty(), "a bad -l", detail);
            sawUser = true;
        } else if (option == u"-i"_s) {
            check(!sawKey && lowered.contains(u"keyfile"_s), "-i without keyfile in the URI", detail);
            sawKey = true;
        } else if (option == u"-o"_s) {
            if (v == u"StrictHostKeyChecking=no"_s)
                check(lowered.contains(u"no_verify"_s), "host-key checking off without no_verify", detail);
            else if (v == u"BatchMode=yes"_s)
                check(lowered.contains(u"no_tty"_s), "batch mode without no_tty", detail);
            else
                fail("an unexpected ssh -o option", (uri + u" -> "_s + v).toUtf8());
        } else {
            fail("an unexpected ssh option", (uri + u" -> "_s + option).toUtf8());
        }
        i += 2;
    }
    check(i + 2 == a.size() && a[i] == u"--"_s && !a.last().isEmpty(), "not \"--\" then the host at the end", detail);
}

void commandLine(FuzzInput &input)
{
    QStringList args{u"virt-console-viewer"_s};
    // The model.
    QString connect, console;
    QStringList positional;
    bool wait = false, reconnect = false, startPaused = false, list = false, printLog = false, strip = false,
         raw = false, dashDash = false, bootReport = false, json = false, bootGiven = false, consoleGiven = false;
    QString boot; // the last --boot value
    const size_t count = input.choose(10);
    for (size_t t = 0; t < count; ++t) {
        const size_t token = input.choose(18);
        if (dashDash || token == 13) {
            const QString v = value(input, true);
            if (!dashDash) {
                args << u"--"_s;
                dashDash = true;
            }
            args << v;
            positional << v;
            continue;
        }
        switch (token) {
        case 0:
            args << u"--wait"_s;
            wait = true;
            break;
        case 1:
            args << u"--reconnect"_s;
            reconnect = true;
            break;
        case 2:
            args << u"--start-paused"_s;
            startPaused = true;
            break;
        case 3:
            args << u"--list"_s;
            list = true;
            break;
        case 4:
            args << u"--print-log"_s;
            printLog = true;
            break;
        case 5:
            args << u"--strip"_s;
            strip = true;
            break;
        case 6:
            args << u"--raw"_s;
            raw = true;
            break;
        case 7:
            connect = value(input, false);
            args << u"-c"_s << connect;
            break;
        case 8:
            connect = value(input, true);
            args << u"--connect="_s + connect;
            break;
        case 9:
            connect = value(input, false);
            args << u"--connect"_s << connect;
            break;
        case 10:
            console = value(input, false);
            args << u"--console"_s << console;
            consoleGiven = true;
            break;
        case 11:
            console = value(input, true);
            args << u"--console="_s + console;
            consoleGiven = true;
            break;
        case 14:
            args << u"--boot-report"_s;
            bootReport = true;
            break;
        case 15:
            args << u"--json"_s;
            json = true;
            break;
        case 16: {
            static const QStringList kinds{u"1"_s, u"2"_s, u"all"_s, u"0"_s, u"-1"_s, u"ALL"_s, u"+3"_s};
            const size_t pick = input.choose(size_t(kinds.size()) + 1);
            boot = pick < size_t(kinds.size()) ? kinds.at(qsizetype(pick)) : value(input, true);
            args << u"--boot="_s + boot;
            bootGiven = true;
            break;
        }
        default: {
            const QString v = value(input, false);
            args << v;
            positional << v;
        }
        }
    }
    const QString domain = positional.value(0);
    // --boot: a boot's number from 1 (as QString::toInt reads it) or "all"; 0 in the options when
    // not given (the last boot), -1 for all.
    bool bootIsNumber = false;
    const int bootNumber = boot.toInt(&bootIsNumber);
    const bool bootValid = !bootGiven || boot == u"all"_s || (bootIsNumber && bootNumber >= 1);
    const int bootOption = !bootGiven ? 0 : boot == u"all"_s ? -1 : bootNumber;
    const bool usageError = positional.size() > 1 || (list && printLog) || (list && !domain.isEmpty()) ||
        (printLog && domain.isEmpty()) || (!printLog && (strip || raw)) || (strip && raw) ||
        (startPaused && domain.isEmpty()) || (bootReport && (list || printLog || domain.isEmpty())) || !bootValid ||
        ((json || bootGiven) && !bootReport) || ((wait || consoleGiven) && domain.isEmpty()) ||
        ((wait || reconnect || startPaused) && (list || printLog || bootReport));

    const std::optional<CommandLineOptions> o = CommandLine::parse(args);
    const QByteArray detail = args.join(u" | "_s).toUtf8();
    check(o.has_value() == !usageError, usageError ? "a usage error accepted" : "a valid command line refused", detail);
    if (o) {
        using Mode = CommandLineOptions::Mode;
        check(o->mode ==
                  (bootReport     ? Mode::BootReport
                       : list     ? Mode::List
                       : printLog ? Mode::PrintLog
                                  : Mode::Gui),
              "wrong mode", detail);
        check(o->json == json && o->boot == bootOption, "--json or --boot differs", detail);
        check(o->connectUri == connect && o->consoleAlias == console && o->domain == domain,
              "a value is not the last one given", detail);
        check(o->wait == wait && o->reconnect == reconnect && o->startPaused == startPaused && o->strip == strip &&
                  o->raw == raw,
              "a flag differs", detail);
    }
    checkUri(connect);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // QCommandLineParser and translate() need it
    QCoreApplication::setApplicationVersion(u"fuzz"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    if (input.choose(2) == 0) {
        commandLine(input);
    } else {
        checkUri(QString::fromUtf8(input.rest()));
    }
    return 0;
}
