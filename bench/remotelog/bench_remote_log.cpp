// SPDX-License-Identifier: GPL-2.0-or-later
// Opens a remote console log as the log pane does — RemoteLogMirror into a local copy, a
// LogDocument following it — and prints, in milliseconds from the start, when the log's newest
// line was in the document and when its whole history was.
//
//   vcv-bench-remote-log URI REMOTE_PATH LAST_LINE [--oldest-first]
//
// URI is a qemu+ssh:// URI (its user, port and key are used); LAST_LINE the log's last line,
// to recognise it. --oldest-first copies the chain in order in one session, as the viewer did
// before it copied the newest bytes first: the reference for what changed.
#include "bootlog/LogDocument.h"
#include "bootlog/RemoteLogMirror.h"
#include "virt/SshCommand.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <limits>

using namespace vcv;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: vcv-bench-remote-log URI REMOTE_PATH LAST_LINE [--oldest-first]\n";
        return 2;
    }
    const bool oldestFirst = args.contains(QStringLiteral("--oldest-first"));
    const QByteArray lastLine = args.at(3).toUtf8();
    QString error;
    const auto ssh = SshCommand::argumentsForUri(args.at(1), &error);
    if (!ssh) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    QTemporaryDir dir;
    RemoteLogMirror mirror(RemoteLogMirror::multiplexingOptions(dir.path()) + *ssh, args.at(2),
                           dir.filePath(QStringLiteral("copy")));
    if (oldestFirst)
        mirror.setWindow(std::numeric_limits<qint64>::max() / 2);
    LogDocument document;
    QElapsedTimer clock;
    qint64 newestMs = -1;
    qint64 fullMs = -1;
    bool historyCopied = oldestFirst;
    const auto check = [&] {
        const qint64 lines = document.lineCount();
        if (newestMs < 0 && lines > 0 && document.rawLine(LineNumber(lines - 1)) == lastLine)
            newestMs = clock.elapsed();
        if (fullMs < 0 && newestMs >= 0 && historyCopied && document.isIndexComplete())
            fullMs = clock.elapsed();
        if (newestMs >= 0 && fullMs >= 0)
            app.quit();
    };
    QObject::connect(&mirror, &RemoteLogMirror::ready, &document, [&](qint64 pending) {
        if (pending > 0)
            document.openAwaitingHistory(mirror.mirrorPath(), ByteOffset(pending));
        else
            document.open(mirror.mirrorPath(), true);
    });
    // As the app does (ConsoleTab): the history in front in steps while it is copied.
    QObject::connect(&mirror, &RemoteLogMirror::historyPartlyCopied, &document,
                     [&](qint64 from) { document.historyPartlyArrived(ByteOffset(from)); });
    QObject::connect(&mirror, &RemoteLogMirror::historyComplete, &document, [&](qint64 from) {
        historyCopied = true;
        document.historyArrived(ByteOffset(from));
    });
    QObject::connect(&mirror, &RemoteLogMirror::errorOccurred, &app, [](const QString &message) {
        QTextStream(stderr) << message << '\n';
    });
    QObject::connect(&document, &LogDocument::opened, &app, check);
    QObject::connect(&document, &LogDocument::linesAppended, &app, check);
    QObject::connect(&document, &LogDocument::indexingFinished, &app, check);
    QTimer::singleShot(600'000, &app, [&] { app.exit(1); });
    clock.start();
    mirror.start(true);
    const int status = app.exec();
    QTextStream(stdout) << newestMs << ' ' << fullMs << '\n';
    return status;
}
