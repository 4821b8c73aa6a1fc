#pragma once

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace vcv {

/// Mirrors a console log that lives on another host into a local file, over ssh, so that the
/// rest of the engine (RotationChain, LogDocument, LogExporter) reads it like a local log.
///
/// On the host it runs a small POSIX shell script through ssh: the rotations oldest first
/// (file.N-1 … file.0), then the base file, and when following, `tail -F` of the base file,
/// which reopens it when virtlogd rotates it away or wipes it — so the bytes arrive in the
/// order the guest printed them, rotations stitched, as the local chain reads. The mirror file
/// only grows: what virtlogd later deletes on the host stays here. Bytes go to the file as they
/// arrive; a LogDocument following the file sees them through inotify like virtlogd's writes.
///
/// When ssh ends without being asked to (the network went away, the host rebooted), it starts
/// again after 2 s, 4 s … 30 s and resumes after the bytes it already has. If the host dropped
/// its oldest rotation meanwhile, the resumed part is misplaced by that much; the documentation
/// says so. A log readable only by root needs a root login (ssh as root, as qemu+ssh://root@…).
///
/// Threads: GUI thread (QProcess). ssh asks its questions through SSH_ASKPASS as for libvirt.
class RemoteLogMirror : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Waiting, Finished, Failed };
    Q_ENUM(State)

    /// `sshArguments` reach the host (options and destination, as SshCommand builds them from
    /// a qemu+ssh:// URI); `remotePath` is the log's base path there; `mirrorPath` the local file.
    RemoteLogMirror(const QStringList &sshArguments, const QString &remotePath, const QString &mirrorPath,
                    QObject *parent = nullptr);
    ~RemoteLogMirror() override;

    /// Starts mirroring into a fresh mirror file. Following: keeps the file growing with the log
    /// until stop(); otherwise copies what there is and finishes (finished() then).
    void start(bool follow);
    void stop();

    State state() const { return m_state; }
    QString mirrorPath() const { return m_mirror.fileName(); }
    QString remotePath() const { return m_remotePath; }
    qint64 bytesMirrored() const { return m_bytes; }
    /// The last problem, in words for the user; empty when there is none.
    QString errorString() const { return m_error; }

    /// The ssh program to run; "ssh" (from PATH) unless set, for tests and odd installations.
    void setSshProgram(const QString &program) { m_program = program; }
    /// The first and longest wait before starting ssh again.
    void setRetryDelays(int firstMs, int maxMs);

    /// The command line the host's login shell runs: "sh -s", the same in every shell.
    static QString remoteCommand();
    /// What ssh's stdin carries to that `sh -s`: the arguments (POSIX-quoted, read by sh
    /// itself), then the script that sends the chain from byte `skipBytes` on.
    static QByteArray remoteScript(const QString &remotePath, qint64 skipBytes, bool follow);

Q_SIGNALS:
    void stateChanged(vcv::RemoteLogMirror::State state);
    /// Something the user should know (a permission problem, the connection ended); mirroring
    /// may go on (Waiting) or not (Failed).
    void errorOccurred(const QString &message);
    /// A copy without following is complete (state Finished), or it failed (state Failed).
    void finished();

private:
    void launch();
    void onStdout();
    void onStderr();
    void onExited(int exitCode, QProcess::ExitStatus status);
    void setState(State state);
    void fail(const QString &message);
    /// Ends the ssh process without waiting for it (see the .cpp).
    void retireProcess();

    QStringList m_sshArguments;
    QString m_remotePath;
    QString m_program = QStringLiteral("ssh");
    QFile m_mirror;
    QProcess *m_process = nullptr;
    QTimer m_retry;
    QByteArray m_stderr;
    QString m_error;
    qint64 m_bytes = 0;
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 30000;
    int m_nextDelayMs = 2000;
    bool m_follow = true;
    bool m_stopping = false;
    State m_state = State::Idle;
};

} // namespace vcv
