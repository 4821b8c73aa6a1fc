// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "CommandLine.h"
#include "bootlog/RemoteLogMirror.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace vcv {

/// The command-line modes that print and exit (--list, --print-log, --boot-report). Blocking;
/// they open their own read-only connection. Results go to stdout, errors to stderr; the return
/// value is the process's exit status (0 success, 1 failure; --boot-report: kExitProblems when
/// the boot it reports has problems).
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(vcv::CliCommands)

public:
    static int list(const CommandLineOptions &options);
    static int printLog(const CommandLineOptions &options);
    static int bootReport(const CommandLineOptions &options);

    /// --boot-report's status when a reported boot has problems: a test farm gates on it.
    static constexpr int kExitProblems = 3;

private:
    /// The domain's console log as a local path: the host's own files, or for qemu+ssh:// a copy
    /// made over ssh into copyDir (removed with it).
    struct LocalLog
    {
        QString domain;
        QString console;
        QString path;
        std::unique_ptr<QTemporaryDir> copyDir;
    };
    static std::optional<LocalLog> findLog(const CommandLineOptions &options, QString *error);

    /// Copies a log on the host of an ssh URI (its rotations stitched) to a local file: as the
    /// ssh user, or when that user may not read it, through the host's privileged reader and
    /// `sudo -n` (`which` names the log for it).
    static bool copyRemoteLog(const QString &uri, const QString &remotePath, const LogReadRequest &which,
                              const QString &localPath, QString *error);
    /// Copies a local log that root alone may read through the privileged reader (pkexec).
    static bool copyAsAdministrator(const QString &path, const LogReadRequest &which, const QString &localPath,
                                    QString *error);
    /// `*unreadable` (if given): it failed because the ssh user may not read the log.
    static bool copyLog(const RemoteLogMirror::Transport &transport, const QString &remotePath,
                        const QString &localPath, QString *error, bool *unreadable = nullptr);
};

} // namespace vcv
