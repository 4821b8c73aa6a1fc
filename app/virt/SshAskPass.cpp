// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/SshAskPass.h"

#include "virt/HelperProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "virt/SshCommand.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

// The helper's side of the exchange (app/askpass/main.cpp): the SSH_ASKPASS_PROMPT value,
// a NUL, the prompt, a NUL; the service answers with the text and a NUL, or closes to cancel.
constexpr char kSeparator = '\0';
constexpr qint64 kMaxRequest = 64 * 1024; // ssh's prompts are a few lines; anything bigger is not ssh

/// The parent process of `pid`, from /proc; 0 when unknown.
qint64 parentOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QList<QByteArray> lines = status.read(16 * 1024).split('\n'); const QByteArray &line : lines) {
        if (line.startsWith("PPid:"))
            return line.mid(5).trimmed().toLongLong();
    }
    return 0;
}

} // namespace

QString SshAskPassService::destinationAsking(QLocalSocket *socket)
{
    // The helper is ssh's child: ssh's command line says which host asks. The kernel names the
    // helper's process (SO_PEERCRED), so the helper need not be trusted to say it.
    ucred peer{};
    socklen_t length = sizeof peer;
    if (::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0 || peer.pid <= 0)
        return {};
    const qint64 ssh = parentOf(peer.pid);
    QFile cmdline(u"/proc/%1/cmdline"_s.arg(ssh));
    if (ssh <= 1 || !cmdline.open(QIODevice::ReadOnly))
        return {};
    QStringList argv;
    for (const QList<QByteArray> args = cmdline.read(kMaxRequest).split('\0'); const QByteArray &arg : args)
        argv << QString::fromLocal8Bit(arg);
    if (QFileInfo(argv.value(0)).fileName() != u"ssh"_s)
        return {};
    return SshCommand::destinationOf(argv);
}

SshAskPassService::SshAskPassService(QObject *parent)
    : QObject(parent)
{
}

SshAskPassService::~SshAskPassService() = default;

QString SshAskPassService::findHelper()
{
    return findHelperProgram(u"virt-console-viewer-askpass"_s);
}

SshAskPassService::PromptKind SshAskPassService::classify(const QString &prompt, const QByteArray &askpassPromptEnv)
{
    if (askpassPromptEnv == "none")
        return PromptKind::Notice;
    // "confirm" is ssh-agent's "allow use of key …?"; ssh's own host-key question ends in
    // "(yes/no/[fingerprint])?" and wants the word typed, which a Yes button answers.
    if (askpassPromptEnv == "confirm" || prompt.contains(u"(yes/no"_s))
        return PromptKind::Question;
    return PromptKind::Secret;
}

bool SshAskPassService::install(const QString &helperPath, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (helperPath.isEmpty())
        return fail(tr("The helper virt-console-viewer-askpass is not installed."));
    // XDG_RUNTIME_DIR is private to the user; the temporary directory is 0700 in any case.
    // A socket's path must fit sockaddr_un's sun_path (108 bytes with its NUL): a runtime
    // directory deep enough to overflow it (a sandboxed session, say) gives way to the temp dir.
    const QString leaf = u"/virt-console-viewer-askpass-XXXXXX/socket"_s;
    const auto fits = [&leaf](const QString &dir) {
        return QFile::encodeName(dir + leaf).size() < qsizetype(sizeof(sockaddr_un::sun_path));
    };
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty() || !fits(base))
        base = QDir::tempPath();
    if (!fits(base))
        return fail(tr("Cannot listen for ssh's questions: the path %1 is too long for a socket.").arg(base + leaf));
    auto dir = std::make_unique<QTemporaryDir>(base + u"/virt-console-viewer-askpass-XXXXXX"_s);
    if (!dir->isValid())
        return fail(tr("Cannot create a private directory in %1: %2").arg(base, dir->errorString()));
    const QString link = dir->filePath(u"askpass"_s);
    if (!QFile::link(helperPath, link))
        return fail(tr("Cannot link %1 into %2.").arg(helperPath, dir->path()));

    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(dir->filePath(u"socket"_s))) {
        const QString why = server->errorString();
        delete server;
        return fail(tr("Cannot listen for ssh's questions: %1").arg(why));
    }
    connect(server, &QLocalServer::newConnection, this, &SshAskPassService::onNewConnection);
    m_server = server;
    m_dir = std::move(dir);

    qputenv("SSH_ASKPASS", QFile::encodeName(link));
    // By default ssh prefers a terminal, and only with DISPLAY set uses an askpass program;
    // the window is where this app's user looks, terminal or not ("force" needs OpenSSH 8.4).
    // A user who set SSH_ASKPASS_REQUIRE (to "never", say) keeps their choice.
    if (!qEnvironmentVariableIsSet("SSH_ASKPASS_REQUIRE"))
        qputenv("SSH_ASKPASS_REQUIRE", "force");
    return true;
}

void SshAskPassService::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
                if (it.value() == socket) {
                    const quint64 id = it.key();
                    m_pending.erase(it);
                    Q_EMIT promptWithdrawn(id);
                    break;
                }
            }
            socket->deleteLater();
        });
    }
}

void SshAskPassService::onReadyRead(QLocalSocket *socket)
{
    if (m_pending.key(socket, 0) != 0)
        return; // already asked; the helper sends nothing more
    const QByteArray data = socket->peek(kMaxRequest + 1);
    if (data.size() > kMaxRequest) {
        socket->abort();
        return;
    }
    const qsizetype first = data.indexOf(kSeparator);
    const qsizetype second = first < 0 ? -1 : data.indexOf(kSeparator, first + 1);
    if (second < 0)
        return; // not all there yet
    socket->read(second + 1);
    const QByteArray promptEnv = data.left(first);
    const QString prompt = QString::fromUtf8(data.mid(first + 1, second - first - 1)).trimmed();
    const quint64 id = m_nextId++;
    const PromptKind kind = classify(prompt, promptEnv);
    if (kind != PromptKind::Notice)
        m_pending.insert(id, socket);
    Q_EMIT promptRequested(id, prompt, kind, destinationAsking(socket));
    if (kind == PromptKind::Notice)
        socket->disconnectFromServer();
}

void SshAskPassService::answer(quint64 id, const QString &text)
{
    QLocalSocket *socket = m_pending.take(id);
    if (!socket)
        return;
    QByteArray reply = text.toUtf8();
    reply.append(kSeparator);
    socket->write(reply);
    // Out now: the reply is a few bytes, and the caller may not return to the event loop soon.
    socket->flush();
    socket->disconnectFromServer();
}

void SshAskPassService::cancel(quint64 id)
{
    if (QLocalSocket *socket = m_pending.take(id))
        socket->disconnectFromServer();
}

} // namespace vcv
