// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// virt-console-viewer-askpass: the SSH_ASKPASS program of virt-console-viewer.
//
// ssh starts it as `askpass PROMPT` and reads the answer from its stdout. It hands the prompt to
// the running virt-console-viewer, which asks in its window, through the socket in the private
// directory it was started from (ssh runs it by the path of a symlink the app made there; see
// app/virt/SshAskPass.h). Exit status 0 with the answer, 1 when the user cancelled or the app is
// gone, as ssh expects.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 1)
        return 1;
    // Resolve our own path before QCoreApplication: argv[0] is the symlink's path, and the
    // socket lies beside it, not beside the executable the symlink points to.
    const QString socketPath = QFileInfo(QFile::decodeName(argv[0])).absoluteDir().filePath(QStringLiteral("socket"));
    const QByteArray prompt = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const QByteArray promptKind = qgetenv("SSH_ASKPASS_PROMPT");
    QCoreApplication app(argc, argv);

    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(5000)) {
        std::fprintf(stderr, "virt-console-viewer-askpass: virt-console-viewer is not listening at %s: %s\n",
                     qPrintable(socketPath), qPrintable(socket.errorString()));
        return 1;
    }
    QByteArray request = promptKind;
    request.append('\0').append(prompt).append('\0');
    socket.write(request);
    if (!socket.waitForBytesWritten(5000))
        return 1;

    // The user takes as long as they take: wait until the answer's NUL or the app hangs up.
    QByteArray reply;
    while (!reply.contains('\0')) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(-1))
            break;
        reply += socket.readAll();
    }
    const qsizetype end = reply.indexOf('\0');
    if (end < 0)
        return 1; // cancelled, or virt-console-viewer quit
    std::fwrite(reply.constData(), 1, size_t(end), stdout);
    std::fputc('\n', stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
