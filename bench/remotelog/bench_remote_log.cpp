// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Opens a remote console log as the log pane does — RemoteLogMirror into a local copy, a
// LogDocument following it — and prints, in milliseconds from the start, when the log's newest
// line was in the document and when its whole history was; then, the copy continued as a tab
// opened again does, when the newest line was there again and how many bytes came over.
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
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <limits>
#include <optional>

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
    const QStringList sshArguments = RemoteLogMirror::multiplexingOptions(dir.path()) + *ssh;
    const QString copy = dir.filePath(QStringLiteral("copy"));

    // One opening of the log pane: until the newest line is in the document, and the history.
    struct Opening
    {
        qint64 newestMs = -1;
        qint64 fullMs = -1;
        qint64 bytesCopied = 0;
        RemoteLogMirror::ResumePoint stoppedAt;
    };
    const auto open = [&](const std::optional<RemoteLogMirror::ResumePoint> &resumeFrom, const QByteArray &newest) {
        RemoteLogMirror mirror(sshArguments, args.at(2), copy);
        if (oldestFirst)
            mirror.setWindow(std::numeric_limits<qint64>::max() / 2);
        LogDocument document;
        QElapsedTimer clock;
        Opening result;
        bool historyCopied = oldestFirst;
        const auto check = [&] {
            const qint64 lines = document.lineCount();
            if (result.newestMs < 0 && lines > 0 && document.rawLine(LineNumber(lines - 1)) == newest)
                result.newestMs = clock.elapsed();
            if (result.fullMs < 0 && result.newestMs >= 0 && (historyCopied || !mirror.isCopyingHistory()) &&
                document.isIndexComplete())
                result.fullMs = clock.elapsed();
            if (result.newestMs >= 0 && result.fullMs >= 0)
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
        QObject::connect(&mirror, &RemoteLogMirror::errorOccurred, &app,
                         [](const QString &message) { QTextStream(stderr) << message << '\n'; });
        QObject::connect(&document, &LogDocument::opened, &app, check);
        QObject::connect(&document, &LogDocument::linesAppended, &app, check);
        QObject::connect(&document, &LogDocument::indexingFinished, &app, check);
        QTimer::singleShot(600'000, &app, [&] { app.exit(1); });
        clock.start();
        if (resumeFrom)
            mirror.resume(*resumeFrom);
        else
            mirror.start(true);
        if (app.exec() != 0)
            return std::optional<Opening>();
        mirror.stop();
        result.bytesCopied = mirror.bytesMirrored();
        result.stoppedAt = mirror.resumePoint();
        return std::optional<Opening>(result);
    };
    const auto first = open(std::nullopt, lastLine);
    if (!first)
        return 1;
    QTextStream out(stdout);
    out << first->newestMs << ' ' << first->fullMs;
    if (!oldestFirst) {
        // The tab closed, a line more in the log, the tab opened again: the copy continues
        // (RemoteLogCopies in the app), and only that line comes over.
        const QByteArray added = "vcv-bench: written while the tab was closed";
        QProcess append;
        append.start(QStringLiteral("ssh"),
                     sshArguments +
                         QStringList{QStringLiteral("echo '%1' >> '%2'").arg(QString::fromUtf8(added), args.at(2))});
        if (!append.waitForFinished(60'000) || append.exitCode() != 0) {
            QTextStream(stderr) << "cannot append to the log on the host\n";
            return 1;
        }
        const auto again = open(first->stoppedAt, added);
        if (!again)
            return 1;
        out << ' ' << again->newestMs << ' ' << again->bytesCopied;
    }
    out << '\n';
    return 0;
}
