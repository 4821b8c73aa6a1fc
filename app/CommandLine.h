// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace vcv {

/// What the user asked for on the command line. Parsed once in main(), before any window.
struct CommandLineOptions
{
    enum class Mode { Gui, List, PrintLog, BootReport };
    Mode mode = Mode::Gui;
    QString connectUri;   ///< -c/--connect; empty: the remembered connections (GUI) or the default URI
    QString domain;       ///< positional ID, UUID or name; empty: none
    QString consoleAlias; ///< --console; empty: the domain's first console
    bool wait = false;
    bool reconnect = false;
    bool startPaused = false;
    bool strip = false; ///< --print-log --strip: text without escape sequences
    bool raw = false;   ///< --print-log --raw: bytes as they are, even to a terminal
    bool json = false;  ///< --boot-report --json
    int boot = 0;       ///< --boot-report --boot N: 1 = the oldest boot; 0: the last one; -1: all
};

/// Parses the arguments with QCommandLineParser. --help and --version print and exit inside
/// parse(), as QCommandLineParser does; a usage error returns std::nullopt after printing the
/// reason to stderr (the caller exits with status 2).
class CommandLine
{
public:
    static std::optional<CommandLineOptions> parse(const QStringList &arguments);
};

} // namespace vcv
