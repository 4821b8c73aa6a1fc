// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QTemporaryDir;

namespace vcv {

/// Lets the window answer the questions OpenSSH asks while libvirt opens a `qemu+ssh://`
/// connection: a key's passphrase, a password, "are you sure you want to continue connecting".
///
/// libvirt runs the `ssh` program; ssh asks through the program named by SSH_ASKPASS, and with
/// SSH_ASKPASS_REQUIRE=force always does, terminal or not. install() points SSH_ASKPASS at
/// virt-console-viewer-askpass by way of a symlink in a private directory (mode 0700) that also
/// holds this service's socket: the helper finds the socket next to the path it was started
/// as, because libvirt passes ssh only a few environment variables (SSH_ASKPASS,
/// SSH_ASKPASS_REQUIRE and DISPLAY among them), not one of ours. The helper sends the prompt,
/// this service emits promptRequested(), and the answer goes back to ssh on the helper's stdout.
///
/// One per process, created in the GUI thread before the first connection: install() sets
/// process environment variables, which must not race with threads reading them.
class SshAskPassService : public QObject
{
    Q_OBJECT
public:
    /// What ssh asks for, from the prompt's wording (as the desktop askpass programs decide).
    enum class PromptKind {
        Secret,   ///< a passphrase or password: hidden while typed
        Question, ///< a yes/no question, such as accepting an unknown host key
        Notice,   ///< SSH_ASKPASS_PROMPT=none: something to show, no answer wanted
    };
    Q_ENUM(PromptKind)

    explicit SshAskPassService(QObject *parent = nullptr);
    ~SshAskPassService() override;

    /// Starts listening and sets SSH_ASKPASS and, unless the user set it, SSH_ASKPASS_REQUIRE.
    /// `helperPath` is the virt-console-viewer-askpass
    /// executable. False with `error` set when it cannot; ssh then asks on a terminal, if any.
    bool install(const QString &helperPath, QString *error = nullptr);

    /// The helper next to the running executable (build tree) or in the installed libexec
    /// directory; empty when there is none.
    static QString findHelper();

    /// The kind of question a prompt is.
    static PromptKind classify(const QString &prompt, const QByteArray &askpassPromptEnv);

    void answer(quint64 id, const QString &text);
    void cancel(quint64 id);

Q_SIGNALS:
    /// Answer with answer() or cancel(); a Notice needs neither (it closes by itself).
    /// `destination` names where the asking ssh connects ("root@host:2222"), from ssh's own
    /// command line; empty when the asker is not an ssh process.
    void promptRequested(quint64 id, const QString &prompt, vcv::SshAskPassService::PromptKind kind,
                         const QString &destination);
    /// ssh gave up waiting (it was killed, the connection attempt ended): close the prompt.
    void promptWithdrawn(quint64 id);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    static QString destinationAsking(QLocalSocket *socket);

    std::unique_ptr<QTemporaryDir> m_dir;
    QLocalServer *m_server = nullptr;
    QHash<quint64, QLocalSocket *> m_pending;
    quint64 m_nextId = 1;
};

} // namespace vcv
