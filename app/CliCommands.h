#pragma once

#include <QCoreApplication>
#include "CommandLine.h"

namespace vcv {

/// The command-line modes that print and exit (--list, --print-log). Blocking; they open their
/// own read-only connection. Results go to stdout, errors to stderr; the return value is the
/// process's exit status (0 success, 1 failure).
class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(vcv::CliCommands)

public:
    static int list(const CommandLineOptions &options);
    static int printLog(const CommandLineOptions &options);

private:
    /// Copies a log on the host of an ssh URI (its rotations stitched) to a local file.
    static bool copyRemoteLog(const QString &uri, const QString &remotePath, const QString &localPath,
                              QString *error);
};

} // namespace vcv
