// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LogReadRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <sys/stat.h>

namespace vcv {

/// Serves one console log's rotation chain (BASE.31 … BASE.0, BASE) to a descriptor, in the
/// protocol of RemoteLogMirror's scripts, so that the mirror cannot tell the privileged reader
/// from ssh: a header line "vcv-mirror START INODE SIZE …" and the bytes for `live`, the
/// chunks' bytes back to back for `history`; exit statuses 4 (no such log), 5 (not readable),
/// 6 (the history's file rotated away or shrank). Plus 7: refused (a chain file that is a
/// symlink, FIFO or anything but a regular file).
///
/// Plain POSIX: small enough to audit, since it runs as root. The chain's folder is opened once,
/// walked to from / without following a symlink, and every file of the chain is opened relative
/// to that descriptor (openat), also when it is opened again while following: a folder renamed
/// or replaced by a symlink after the check leads nowhere else. Reads only regular files of the
/// chain, never through a symlink (O_NOFOLLOW, fstatat), in 64 KiB pieces; memory stays bounded
/// whatever the log's size. Serving ends when the caller closes its end of the output, or its
/// end of the input (`in`): the viewer, which may not signal a process running as root, ends a
/// session by closing the reader's standard input.
class ChainServer
{
public:
    enum Status { Served = 0, Failed = 1, NoSuchLog = 4, NotReadable = 5, RotatedAway = 6, Refused = 7 };

    /// Serves the chain of `basePath`, whose folder `folderFd` is (from openServedFolder(); the
    /// server owns and closes it); `out` is where the bytes go (stdout); end of file on `in`
    /// (stdin; -1: not watched) ends serving.
    ChainServer(int folderFd, const QString &basePath, int out, int in);
    ~ChainServer();
    ChainServer(const ChainServer &) = delete;
    ChainServer &operator=(const ChainServer &) = delete;

    /// The folder whose logs are served (and its subfolders): libvirt's own.
    static constexpr QLatin1StringView ServedRoot{"/var/log/libvirt/"};
    /// Whether `path` may be served at all: absolute, normalised (no "..", no "//"), under
    /// ServedRoot. `why` says what is wrong.
    static bool isServablePath(const QString &path, QString *why);
    /// Checks `path` with isServablePath() and opens its folder, one component at a time from /
    /// (O_PATH, O_DIRECTORY, O_NOFOLLOW): a symlink anywhere on the way is refused. The
    /// descriptor (close-on-exec) is for the constructor; -1 and `why` when refused.
    static int openServedFolder(const QString &path, QString *why);

    Status serveLive(const LogReadRequest &request);
    Status serveHistory(const QList<LogReadChunk> &chunks);
    /// What went wrong, for standard error; empty after Served.
    QString problem() const { return m_problem; }

    /// The longest a follower waits without an inotify event before it looks again, in ms.
    static constexpr int FollowPollMs = 1000;

private:
    struct Held
    {
        int fd = -1;
        qint64 inode = 0;
        qint64 size = 0;
    };
    /// Opens the chain oldest first; false (and m_problem, *status) when a file of it is refused.
    bool openChain(QList<Held> *files, bool *baseExists, Status *status);
    /// Opens `name` of the chain's folder as a file of the chain: a regular file, not through a
    /// symlink.
    bool openMember(const QByteArray &name, Held *held, Status *status);
    /// lstat() of `name` in the chain's folder.
    bool statMember(const QByteArray &name, struct stat *st) const;
    /// Sends bytes [from, to) of `fd` (to -1: up to its end now); false when the caller went away
    /// or the read failed (*status says which). `*sent` counts what was written.
    bool send(int fd, qint64 from, qint64 to, qint64 *sent, Status *status);
    bool writeAll(const char *data, qsizetype size);
    /// Follows the live file from `skip` as `tail -F` does: across renames and truncation.
    Status follow(Held live, qint64 skip);
    /// True when the caller closed its end of the output (poll reports an error on it) or of
    /// the input (end of file); waits up to `waitMs` for that or an inotify event.
    bool callerGone(int waitMs, int inotifyFd = -1);
    static void closeAll(QList<Held> &files);

    int m_folder;      // the chain's folder, opened once (owned)
    QByteArray m_base; // the live file's full path, for messages
    QByteArray m_name; // its name in m_folder
    int m_out;
    int m_in;
    QString m_problem;
};

} // namespace vcv
