// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LogReadRequest.h"

#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace vcv {

/// Mirrors a console log that lives on another host into a local file, over ssh, so that the
/// rest of the engine (RotationChain, LogDocument, LogExporter) reads it like a local log.
///
/// The local file holds the host's chain stitched (file.N-1 … file.0, file), byte for byte at
/// the same offsets, and only grows: what virtlogd later deletes on the host stays here.
///
/// Following (start(true)), the newest bytes come first, since they are what the user opened
/// the log for: on the host a small POSIX shell script, run through ssh, reports the chain's
/// files (inode and size) and sends the last window() bytes, then follows the live file with
/// `tail -F`, which reopens it when virtlogd rotates it away or wipes it. The local file gets a
/// hole in front for the rest (sparse: no disk space until written); ready() tells, once the
/// window's bytes are in, where the copied part begins. Only then — history sent beside them
/// would queue in front of them on the link — a second ssh session (the same TCP connection and
/// login when the caller adds multiplexingOptions()) copies the history behind them, newest
/// first, in chunks, finding each file by inode so that rotations meanwhile do not mix files
/// up; historyProgress() counts it and historyComplete() ends it. Without following
/// (start(false), the command line's copy), the whole chain comes in order in one session.
///
/// When ssh ends without being asked to (the network went away, the host rebooted), it starts
/// again after 2 s, 4 s … 30 s and resumes after the bytes it already has; so does the history's
/// session, from the chunk that was cut. A resume finds its place by the inode of the newest file
/// it saw (an anchor), so that rotations meanwhile — renames, the oldest file dropped — do not
/// move it; the history ends where a dropped file began. resume() continues a copy an earlier
/// mirror left, the same way (a tab opened again).
///
/// A log that root alone may read is mirrored the same way through the privileged reader,
/// virt-console-viewer-logread, which speaks the scripts' protocol: locally through pkexec, on a
/// host whose ssh user is not root through `sudo -n` (Transport). The reader is told which
/// domain and console, never a path.
///
/// Threads: GUI thread (QProcess). ssh asks its questions through SSH_ASKPASS as for libvirt.
class RemoteLogMirror : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Waiting, Finished, Failed };
    Q_ENUM(State)

    /// How the log's bytes are reached: the program run for each session and its arguments.
    struct Transport
    {
        enum class Kind {
            Ssh,     // ssh runs the POSIX scripts as the ssh user
            Pkexec,  // the privileged reader on this host, through pkexec
            SshSudo, // the privileged reader on the host, through ssh and `sudo -n`
        };
        Kind kind = Kind::Ssh;
        QString program;
        /// Before the session's own words: ssh's options and destination; for Pkexec, pkexec's
        /// options and the reader's path; for SshSudo, ssh's and then a command that runs the
        /// first of readerPaths installed there with "sudo -n".
        QStringList arguments;
        /// Pkexec and SshSudo: which log the reader serves (its mode is the session's).
        LogReadRequest which;
        /// SshSudo: where the reader is looked for on the host, and the host (for messages).
        QStringList readerPaths;
        QString host;

        /// `sshArguments` reach the host (options and destination, as SshCommand builds them
        /// from a qemu+ssh:// URI).
        static Transport ssh(const QStringList &sshArguments);
        /// The reader at `readerPath` (an installed program that the polkit action names).
        /// `textAgent`: pkexec may ask for a password on this process's terminal (the command
        /// line); otherwise only a desktop's polkit agent may ask.
        static Transport pkexec(const QString &readerPath, const LogReadRequest &which, bool textAgent = false);
        /// The reader installed on the host at the first of `remoteReaderPaths` that is an
        /// executable there (fixed absolute paths of this build, never one the host names),
        /// found in the same ssh command that runs it: no round trip more.
        static Transport sshSudo(const QStringList &sshArguments, const QStringList &remoteReaderPaths,
                                 const LogReadRequest &which);
        /// What that command says on its standard error (and exits with 127) when none of the
        /// paths is there.
        static constexpr QLatin1StringView ReaderMissing{"virt-console-viewer-logread is not installed"};
        bool usesReader() const { return kind != Kind::Ssh; }
        bool overSsh() const { return kind != Kind::Pkexec; }
    };

    /// `remotePath` is the log's base path on its host (for messages: the privileged reader
    /// finds it itself); `mirrorPath` the local file.
    RemoteLogMirror(const Transport &transport, const QString &remotePath, const QString &mirrorPath,
                    QObject *parent = nullptr);
    /// Over ssh, as the ssh user (Transport::ssh()).
    RemoteLogMirror(const QStringList &sshArguments, const QString &remotePath, const QString &mirrorPath,
                    QObject *parent = nullptr);
    ~RemoteLogMirror() override;

    /// How much of the end of the log a follower copies first.
    static constexpr qint64 DefaultWindow = 128 * 1024;
    /// The history is copied in pieces of this size, newest first (larger when there would be
    /// more than MaxHistoryChunks of them).
    static constexpr qint64 HistoryChunkSize = 1024 * 1024;
    static constexpr qint64 MaxHistoryChunks = 4096;
    /// ready() and the history's copy wait for the window's bytes this long at most.
    static constexpr int HistoryStartTimeoutMs = 3000;

    /// Starts mirroring into a fresh mirror file. Following: the newest window() bytes first,
    /// then the file keeps growing with the log until stop() while the history fills in behind;
    /// otherwise copies the whole chain in order and finishes (finished() then).
    void start(bool follow);
    void stop();
    /// Stops copying the history; historyComplete() follows with where it got to.
    void cancelHistory();

    State state() const { return m_state; }
    QString mirrorPath() const { return m_mirror.fileName(); }
    QString remotePath() const { return m_remotePath; }
    /// Bytes copied so far, the live part's and the history's.
    qint64 bytesMirrored() const { return m_bytes; }
    /// The last problem, in words for the user; empty when there is none.
    QString errorString() const { return m_error; }
    /// After a failure: the ssh user may not read the log on the host (the privileged reader
    /// through sudo may).
    bool failedUnreadable() const { return m_unreadable; }
    /// True while the history behind the first copied part is still being copied.
    bool isCopyingHistory() const { return !m_historyDone; }

    /// The program to run ("ssh" or "pkexec" from PATH unless set), for tests and odd
    /// installations.
    void setSshProgram(const QString &program) { m_transport.program = program; }
    const Transport &transport() const { return m_transport; }
    /// The first and longest wait before starting ssh again.
    void setRetryDelays(int firstMs, int maxMs);
    /// How many of the newest bytes a follower copies before the rest (DefaultWindow).
    void setWindow(qint64 bytes) { m_window = qMax<qint64>(1, bytes); }
    qint64 window() const { return m_window; }

    /// ssh options that share one connection per host among all mirrors (OpenSSH's
    /// ControlMaster), with its socket in `socketDirectory` (owner-only; short enough for a
    /// socket path).
    static QStringList multiplexingOptions(const QString &socketDirectory);

    /// The command line the host's login shell runs for a script on stdin: "sh -s", the same in
    /// every shell.
    static QString remoteCommand();
    /// The command line that runs `script` (of a few KiB) without stdin, also the same in every
    /// shell; it needs base64 (GNU coreutils or BusyBox) on the host.
    static QString commandCarrying(const QByteArray &script);
    /// The script for the live part, run by `sh -s`: the arguments (POSIX-quoted, read by sh
    /// itself), then the script that sends a header line and the chain from byte `skipBytes`
    /// on — or, with a `window`, from that many bytes before its end when that is later.
    /// With an `anchorInode`, `skipBytes` counts from where that file begins in the host's chain
    /// now; that file gone or shorter than `anchorSize`, the whole chain is sent.
    static QByteArray remoteScript(const QString &remotePath, qint64 skipBytes, bool follow, qint64 window = 0,
                                   qint64 anchorInode = 0, qint64 anchorSize = 0);

    /// One file of the host's chain as the header reports it.
    struct RemoteFile
    {
        qint64 inode = 0;
        qint64 size = 0;
    };
    /// The header line: where the bytes sent begin in the chain, and its files, oldest first.
    struct Header
    {
        qint64 start = 0;
        QList<RemoteFile> files;
        /// The files' sizes added up: the chain's end when the host looked.
        qint64 total() const;
    };
    /// Parses the header line (without its newline); nullopt for anything else. A start past
    /// total() is well formed: a resume asks for the bytes past the end of what it has, and the
    /// log may have been wiped meanwhile.
    static std::optional<Header> parseHeader(QByteArrayView line);
    /// Bytes [from, to) of the file with `inode`, at `chainOffset` in the chain.
    struct HistoryChunk
    {
        qint64 inode = 0;
        qint64 from = 0;
        qint64 to = 0;
        qint64 chainOffset = 0;
        bool operator==(const HistoryChunk &) const = default;
    };
    /// Where a follower's copy got to, for a later mirror of the same log into the same file
    /// (see resume()). Invalid (isValid() false) unless following started and did not fail.
    struct ResumePoint
    {
        qint64 end = -1;                 // the copy's length
        qint64 anchorInode = 0;          // a file of the host's chain, by inode (virtlogd renames files)
        qint64 anchorStart = 0;          // where that file begins in the copy
        qint64 anchorSize = 0;           // and its size then: a file found by that inode must be as long
        qint64 historyStart = 0;         // the history was pending before this offset at the first start
        qint64 historyFrom = 0;          // the copy holds the chain from here on
        QList<HistoryChunk> historyLeft; // what of the history is still to copy, newest first
        bool isValid() const { return end >= 0; }
    };
    ResumePoint resumePoint() const;
    /// Follows the log again into a copy a stopped mirror left (its resumePoint()): only what
    /// the host has beyond the copy's end comes over, and the history goes on where it stopped.
    /// ready() comes at once (the copy is readable as it is). When the file is not what the
    /// point says (another length), or the point is invalid, this is start(true).
    void resume(const ResumePoint &point);

    /// The chain's bytes before `historyEnd` as chunks of at most `chunkSize`, newest first
    /// (within a file from its end, never across files).
    static QList<HistoryChunk> planHistory(const QList<RemoteFile> &files, qint64 historyEnd, qint64 chunkSize);
    /// What the history's session gets on stdin: the arguments, then the script that sends
    /// those chunks in that order.
    static QByteArray historyScript(const QString &remotePath, const QList<HistoryChunk> &chunks);

Q_SIGNALS:
    void stateChanged(vcv::RemoteLogMirror::State state);
    /// The local file is laid out: bytes from `historyPendingBefore` on are there (and grow);
    /// those before it arrive later (historyPartlyCopied(), historyComplete()). Once per start(); with
    /// a hole, once the window's bytes are in; at once for resume().
    void ready(qint64 historyPendingBefore);
    /// The history behind the first part: `done` of `total` bytes copied.
    void historyProgress(qint64 done, qint64 total);
    /// More of the history is in the local file: every byte from `from` up to where the first
    /// part began (`from` is where the last chunk copied whole begins; it only goes down). Comes
    /// as chunks complete, before historyComplete(); for LogDocument::historyPartlyArrived().
    void historyPartlyCopied(qint64 from);
    /// The history is copied (or was cancelled, or could not all be had): the local file holds
    /// the chain's bytes from `from` on (0: all of it).
    void historyComplete(qint64 from);
    /// Something the user should know (a permission problem, the connection ended); mirroring
    /// may go on (Waiting) or not (Failed).
    void errorOccurred(const QString &message);
    /// A copy without following is complete (state Finished), or it failed (state Failed).
    void finished();

private:
    void reset(bool follow);
    /// Opens the copy for writing at its end (emptied first when `truncate`); fail()s if not.
    bool openCopy(bool truncate);
    /// The newest file of the header as the next resume's anchor; `shift`: the host's offsets
    /// less the copy's.
    void rememberAnchor(const Header &header, qint64 shift);
    void launch();
    void onStdout();
    /// The header line, maybe in pieces: true once read (`consumed` bytes of `bytes` were its).
    bool readHeader(const QByteArray &bytes, qsizetype *consumed);
    void onExited(int exitCode, QProcess::ExitStatus status);
    void launchHistory();
    /// The window's bytes are in (or it took too long): ready(), then the history's copy.
    void windowArrived();
    void onHistoryStdout();
    void onHistoryExited(int exitCode, QProcess::ExitStatus status);
    /// Where the history copied so far begins (contiguous with what follows it).
    qint64 historyFrom() const;
    void finishHistory(const QString &problem);
    void setState(State state);
    void fail(const QString &message);
    /// The host sent something else than the header line: fail() saying so.
    void failUnexpected();
    static void keepStderr(QProcess *process, QByteArray &kept);
    /// Ends an ssh process without waiting for it (see the .cpp); `slot` becomes null.
    void retireProcess(QProcess *&slot);

    /// The program and arguments of a session: the live part's (`history` false, with the
    /// script's parameters) or the history's (its chunks go on stdin: `*input`).
    QStringList sessionArguments(bool history, qint64 skip, qint64 window, QByteArray *input) const;
    /// A session that ended with `exitCode` and `said` on stderr, in words for the user, when
    /// nothing retrying would heal; empty otherwise.
    QString finalFailure(int exitCode, const QString &said) const;

    Transport m_transport;
    QString m_remotePath;
    QFile m_mirror;      // the live part, appended
    QFile m_historyFile; // the same file, written into its hole
    QProcess *m_process = nullptr;
    QProcess *m_historyProcess = nullptr;
    QTimer m_retry;
    QTimer m_historyRetry;
    QTimer m_windowWait; // ready() at the latest after HistoryStartTimeoutMs
    QByteArray m_stderr;
    QByteArray m_historyStderr;
    QByteArray m_header;       // the header line as it arrives
    bool m_headerRead = false; // of the current ssh session
    QString m_error;
    qint64 m_bytes = 0;
    qint64 m_window = DefaultWindow;
    qint64 m_followEnd = -1; // the local file's end; -1 until the first header
    qint64 m_historyStart = 0;
    QList<HistoryChunk> m_historyChunks;
    qsizetype m_historyNext = 0;        // the chunk arriving
    qint64 m_historyResumedFrom = 0;    // where the history began before the first chunk of this plan
    bool m_historyLost = false;         // the rest was rotated away on the host
    bool m_historyAwaitsHeader = false; // a resumed history starts after the live part's header
    qint64 m_anchorInode = 0;
    qint64 m_anchorStart = 0;
    qint64 m_anchorSize = 0;
    qint64 m_historyReceived = 0; // of it
    bool m_historyDone = true;
    bool m_readyPending = false; // the header is read, the window not yet all in
    qint64 m_historyAfter = 0;   // the window is in once the local file is this long
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 30000;
    int m_nextDelayMs = 2000;
    int m_nextHistoryDelayMs = 2000;
    bool m_follow = true;
    bool m_stopping = false;
    bool m_unreadable = false;
    State m_state = State::Idle;
};

} // namespace vcv
