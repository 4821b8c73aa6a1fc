// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace vcv {

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vcv::CommandLine", "Serial console and boot log of libvirt guests, side by side."));
    parser.addHelpOption();
    parser.addVersionOption();

    parser.addPositionalArgument(
        u"domain"_s, QCoreApplication::translate("vcv::CommandLine", "The domain to open: its ID, UUID or name."),
        u"[ID|UUID|NAME]"_s);
    const QCommandLineOption connectOption(
        {u"c"_s, u"connect"_s},
        QCoreApplication::translate(
            "vcv::CommandLine",
            "Connect to the libvirt URI <uri> (for example qemu:///system, qemu+ssh://root@host/system)."),
        u"uri"_s);
    const QCommandLineOption waitOption(
        u"wait"_s,
        QCoreApplication::translate("vcv::CommandLine", "Wait for the domain to exist and start instead of failing."));
    const QCommandLineOption reconnectOption(
        u"reconnect"_s,
        QCoreApplication::translate("vcv::CommandLine",
                                    "Attach the console again when the domain runs again after stopping (the default, "
                                    "unless turned off in the Console menu)."));
    const QCommandLineOption consoleOption(
        u"console"_s,
        QCoreApplication::translate(
            "vcv::CommandLine",
            "The console device to open, by alias (serial0, serial1, console0, …); default: the first console."),
        u"alias"_s);
    const QCommandLineOption startPausedOption(
        u"start-paused"_s,
        QCoreApplication::translate(
            "vcv::CommandLine",
            "Start the stopped domain paused, attach to its console, then resume it: no boot byte is lost."));
    const QCommandLineOption listOption(
        u"list"_s,
        QCoreApplication::translate(
            "vcv::CommandLine", "Print the domains of the connection with their consoles and log files, then exit."));
    const QCommandLineOption printLogOption(
        u"print-log"_s,
        QCoreApplication::translate(
            "vcv::CommandLine",
            "Write the whole log of the domain's console to standard output, rotations stitched in order, "
            "byte for byte, then exit (for qemu+ssh:// read on the host over ssh)."));
    const QCommandLineOption stripOption(
        u"strip"_s,
        QCoreApplication::translate("vcv::CommandLine",
                                    "With --print-log: plain text without escape sequences "
                                    "(the default when standard output is a terminal)."));
    const QCommandLineOption rawOption(
        u"raw"_s,
        QCoreApplication::translate("vcv::CommandLine",
                                    "With --print-log: the log's bytes as they are, escape sequences "
                                    "included, also to a terminal."));
    const QCommandLineOption bootReportOption(
        u"boot-report"_s,
        QCoreApplication::translate("vcv::CommandLine",
                                    "Print each boot's milestones and problems (kernel panic, oops, failed units, "
                                    "emergency mode …) from the domain's console log, then exit: status 0 when the "
                                    "boot has no problem, 3 when it has."));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("vcv::CommandLine", "With --boot-report: JSON instead of text."));
    const QCommandLineOption bootOption(
        u"boot"_s,
        QCoreApplication::translate("vcv::CommandLine",
                                    "With --boot-report: the boot to report, 1 being the oldest in the log, "
                                    "or \"all\"; default: the last one."),
        u"N|all"_s);
    parser.addOptions({connectOption, waitOption, reconnectOption, consoleOption, startPausedOption, listOption,
                       printLogOption, stripOption, rawOption, bootReportOption, jsonOption, bootOption});

    parser.process(arguments); // --help, --version and unknown options exit here

    const auto usageError = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return std::nullopt;
    };
    CommandLineOptions options;
    options.connectUri = parser.value(connectOption);
    options.consoleAlias = parser.value(consoleOption);
    options.wait = parser.isSet(waitOption);
    options.reconnect = parser.isSet(reconnectOption);
    options.startPaused = parser.isSet(startPausedOption);
    options.strip = parser.isSet(stripOption);
    options.raw = parser.isSet(rawOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(QCoreApplication::translate(
            "vcv::CommandLine", "Too many arguments: give at most one domain (ID, UUID or name)."));
    if (!positional.isEmpty())
        options.domain = positional.first();

    if (parser.isSet(listOption) && parser.isSet(printLogOption))
        return usageError(
            QCoreApplication::translate("vcv::CommandLine", "--list and --print-log exclude each other."));
    if (parser.isSet(bootReportOption) && (parser.isSet(listOption) || parser.isSet(printLogOption)))
        return usageError(
            QCoreApplication::translate("vcv::CommandLine", "--boot-report excludes --list and --print-log."));
    options.json = parser.isSet(jsonOption);
    if (parser.isSet(bootOption)) {
        const QString boot = parser.value(bootOption);
        bool number = false;
        const int index = boot.toInt(&number);
        if (boot == u"all"_s)
            options.boot = -1;
        else if (number && index >= 1)
            options.boot = index;
        else
            return usageError(
                QCoreApplication::translate("vcv::CommandLine",
                                            "--boot takes a boot's number (1 is the oldest) or \"all\", not \"%1\".")
                    .arg(boot));
    }
    if ((options.json || parser.isSet(bootOption)) && !parser.isSet(bootReportOption))
        return usageError(QCoreApplication::translate("vcv::CommandLine", "--json and --boot go with --boot-report."));
    if (parser.isSet(bootReportOption)) {
        options.mode = CommandLineOptions::Mode::BootReport;
        if (options.domain.isEmpty())
            return usageError(
                QCoreApplication::translate("vcv::CommandLine", "--boot-report needs a domain (ID, UUID or name)."));
    } else if (parser.isSet(listOption)) {
        options.mode = CommandLineOptions::Mode::List;
        if (!options.domain.isEmpty())
            return usageError(QCoreApplication::translate("vcv::CommandLine", "--list takes no domain."));
    } else if (parser.isSet(printLogOption)) {
        options.mode = CommandLineOptions::Mode::PrintLog;
        if (options.domain.isEmpty())
            return usageError(
                QCoreApplication::translate("vcv::CommandLine", "--print-log needs a domain (ID, UUID or name)."));
    }
    if (options.mode != CommandLineOptions::Mode::PrintLog && (options.strip || options.raw))
        return usageError(QCoreApplication::translate("vcv::CommandLine", "--strip and --raw go with --print-log."));
    if (options.strip && options.raw)
        return usageError(QCoreApplication::translate("vcv::CommandLine", "--strip and --raw exclude each other."));
    // The window's options: refused where they would do nothing rather than silently ignored.
    if (options.mode != CommandLineOptions::Mode::Gui) {
        for (const QCommandLineOption *windowOnly : {&waitOption, &reconnectOption, &startPausedOption}) {
            if (parser.isSet(*windowOnly))
                return usageError(
                    QCoreApplication::translate(
                        "vcv::CommandLine", "--%1 goes with the window, not with --list, --print-log or --boot-report.")
                        .arg(windowOnly->names().constFirst()));
        }
    }
    for (const QCommandLineOption *needsDomain : {&consoleOption, &waitOption, &startPausedOption}) {
        if (parser.isSet(*needsDomain) && options.domain.isEmpty())
            return usageError(QCoreApplication::translate("vcv::CommandLine", "--%1 needs a domain (ID, UUID or name).")
                                  .arg(needsDomain->names().constFirst()));
    }
    return options;
}

} // namespace vcv
