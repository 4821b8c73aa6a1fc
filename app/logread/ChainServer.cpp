// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "logread/ChainServer.h"

#include "bootlog/RegularFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

/// virtlogd keeps at most this many rotations; RotationChain reads as many.
constexpr int MaxRotations = 32;
constexpr qsizetype PieceSize = 64 * 1024;

QByteArray rotation(const QByteArray &base, int i)
{
    return base + '.' + QByteArray::number(i);
}

} // namespace

ChainServer::ChainServer(int folderFd, const QString &basePath, int out, int in)
    : m_folder(folderFd)
    , m_base(QFile::encodeName(basePath))
    , m_name(m_base.mid(m_base.lastIndexOf('/') + 1))
    , m_out(out)
    , m_in(in)
{
}

ChainServer::~ChainServer()
{
    if (m_folder >= 0)
        ::close(m_folder);
}

bool ChainServer::isServablePath(const QString &path, QString *why)
{
    if (!path.startsWith(u'/') || QDir::cleanPath(path) != path || path.contains(u"/../"_s) ||
        path.endsWith(u"/.."_s) || path.size() > 1024) {
        *why = u"the log path %1 is not an absolute, normalised path"_s.arg(path);
        return false;
    }
    // Only where libvirt keeps logs: a definition may name any file as a console's log (say
    // /etc/shadow), and whoever may define domains is not thereby allowed to read it.
    if (!path.startsWith(ServedRoot)) {
        *why = u"the log %1 is not under %2, where the log reader serves console logs"_s.arg(path, ServedRoot);
        return false;
    }
    return true;
}

int ChainServer::openServedFolder(const QString &path, QString *why)
{
    if (!isServablePath(path, why))
        return -1;
    // The folder as written, reached one component at a time and none through a symlink (a
    // symlinked folder could lead a chain anywhere); the descriptor then stays that folder
    // whatever is renamed or replaced later, where a check of the path and a later open by path
    // would race with such a change.
    const QByteArrayList components = QFile::encodeName(path).split('/').mid(1, -1);
    int folder = ::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
    for (qsizetype i = 0; folder >= 0 && i + 1 < components.size(); ++i) {
        const int next = ::openat(folder, components.at(i).constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(folder);
        folder = next;
    }
    if (folder < 0)
        *why = u"the directory of the log %1 does not exist or is reached through a symbolic link"_s.arg(path);
    return folder;
}

bool ChainServer::statMember(const QByteArray &name, struct stat *st) const
{
    return ::fstatat(m_folder, name.constData(), st, AT_SYMLINK_NOFOLLOW) == 0;
}

bool ChainServer::openMember(const QByteArray &name, Held *held, Status *status)
{
    struct stat st{};
    OpenFailure failure;
    const int fd = openRegularFileAt(m_folder, name, &st, &failure);
    if (fd < 0) {
        const QByteArray path = m_base.left(m_base.size() - m_name.size()) + name;
        m_problem = failure.describe(QFile::decodeName(path));
        *status = failure.permissionDenied() ? NotReadable : (failure.missing() ? NoSuchLog : Refused);
        return false;
    }
    *held = Held{fd, qint64(st.st_ino), qint64(st.st_size)};
    return true;
}

void ChainServer::closeAll(QList<Held> &files)
{
    for (Held &f : files)
        if (f.fd >= 0)
            ::close(f.fd);
    files.clear();
}

bool ChainServer::openChain(QList<Held> *files, bool *baseExists, Status *status)
{
    // The rotations that exist without a gap from .0 on, as virtlogd leaves them; oldest first.
    int count = 0;
    struct stat st{};
    while (count < MaxRotations && statMember(rotation(m_name, count), &st))
        ++count;
    for (int i = count - 1; i >= 0; --i) {
        Held held;
        if (!openMember(rotation(m_name, i), &held, status)) {
            closeAll(*files);
            return false;
        }
        files->append(held);
    }
    *baseExists = statMember(m_name, &st);
    if (*baseExists) {
        Held held;
        if (!openMember(m_name, &held, status)) {
            closeAll(*files);
            return false;
        }
        files->append(held);
    }
    return true;
}

bool ChainServer::writeAll(const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_out, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false; // EPIPE: the caller is gone
        data += n;
        size -= n;
    }
    return true;
}

bool ChainServer::send(int fd, qint64 from, qint64 to, qint64 *sent, Status *status)
{
    QByteArray buffer(PieceSize, Qt::Uninitialized);
    qint64 at = from;
    while (to < 0 || at < to) {
        const qint64 want = to < 0 ? PieceSize : qMin<qint64>(PieceSize, to - at);
        const ssize_t n = ::pread(fd, buffer.data(), size_t(want), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_problem = u"reading the log failed: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
            *status = Failed;
            return false;
        }
        if (n == 0)
            break; // the end (a file shorter than `to` is the caller's to check)
        if (!writeAll(buffer.constData(), n) || callerGone(0)) {
            *status = Served; // the caller went away: nothing is wrong here
            return false;
        }
        at += n;
        if (sent)
            *sent += n;
    }
    return true;
}

ChainServer::Status ChainServer::serveLive(const LogReadRequest &request)
{
    QList<Held> files;
    bool baseExists = false;
    Status status = Served;
    if (!openChain(&files, &baseExists, &status))
        return status;
    if (files.isEmpty() && !request.follow) {
        m_problem = u"no-such-file"_s;
        return NoSuchLog;
    }
    // Where the bytes sent begin, as the mirror's script computes it: from an anchor file's start
    // when it is still there and no shorter, then no earlier than `window` before the end.
    qint64 total = 0;
    qint64 anchorAt = -1;
    QByteArray list;
    for (const Held &f : std::as_const(files)) {
        if (f.inode == request.anchorInode && f.size >= request.anchorSize)
            anchorAt = total;
        list += ' ' + QByteArray::number(f.inode) + ' ' + QByteArray::number(f.size);
        total += f.size;
    }
    qint64 skip = request.skip;
    if (request.anchorInode != 0)
        skip = anchorAt >= 0 ? anchorAt + skip : 0;
    if (request.window > 0 && total - request.window > skip)
        skip = total - request.window;
    const QByteArray header = "vcv-mirror " + QByteArray::number(skip) + list + '\n';
    if (!writeAll(header.constData(), header.size())) {
        closeAll(files);
        return Served;
    }
    // The rotations: their sizes as the header says (they no longer grow).
    const qsizetype rotations = files.size() - (baseExists ? 1 : 0);
    for (qsizetype i = 0; i < rotations; ++i) {
        const Held &f = files.at(i);
        if (skip >= f.size) {
            skip -= f.size;
            continue;
        }
        if (!send(f.fd, skip, f.size, nullptr, &status)) {
            closeAll(files);
            return status;
        }
        skip = 0;
    }
    Held live = baseExists ? files.takeLast() : Held{};
    closeAll(files);
    if (request.follow)
        return follow(live, skip);
    if (live.fd >= 0) {
        send(live.fd, skip, -1, nullptr, &status);
        ::close(live.fd);
    }
    return status;
}

bool ChainServer::callerGone(int waitMs, int inotifyFd)
{
    // A pipe's writing end reports POLLERR once its reader has closed it: the viewer ended, or
    // its ssh session did. No byte needs to be written to find out.
    pollfd fds[3] = {{m_out, 0, 0}, {m_in, POLLIN, 0}, {inotifyFd, POLLIN, 0}};
    const int n = ::poll(fds, 3, waitMs); // negative descriptors are skipped
    if (n <= 0)
        return false;
    if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL))
        return true;
    if (fds[1].revents & (POLLIN | POLLHUP)) {
        char discard[256];
        const ssize_t got = ::read(m_in, discard, sizeof discard);
        if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN))
            return true; // end of input: the viewer ended this session
    }
    if (fds[2].revents & POLLIN) {
        char events[4096];
        while (::read(inotifyFd, events, sizeof events) > 0) {
        } // what changed is looked at by the caller, not in the events
    }
    return false;
}

ChainServer::Status ChainServer::follow(Held live, qint64 skip)
{
    // inotify on the directory wakes us for writes, renames and new files; without it (no
    // watches left, no /proc), a look every FollowPollMs all the same. The folder watched is the
    // one opened: /proc's link to its descriptor, not its path.
    const QByteArray dir = "/proc/self/fd/" + QByteArray::number(m_folder);
    const int inotifyFd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (inotifyFd >= 0)
        ::inotify_add_watch(inotifyFd, dir.constData(),
                            IN_MODIFY | IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_CLOSE_WRITE |
                                IN_ATTRIB);
    Status status = Served;
    qint64 pos = live.fd >= 0 ? skip : 0;
    qint64 pendingSkip = live.fd >= 0 ? 0 : skip; // for a live file that appears later
    for (;;) {
        if (live.fd >= 0) {
            struct stat st{};
            if (::fstat(live.fd, &st) == 0 && st.st_size < pos)
                pos = 0; // truncated: from its start, as tail -F does
            qint64 sent = 0;
            if (!send(live.fd, pos, -1, &sent, &status))
                break;
            pos += sent;
        }
        // Renamed away (rotated) or replaced: the old file's last bytes are sent above; the new
        // one comes from its start.
        struct stat now{};
        const bool exists = statMember(m_name, &now);
        if (exists && (live.fd < 0 || qint64(now.st_ino) != live.inode)) {
            if (live.fd >= 0) {
                qint64 sent = 0;
                if (!send(live.fd, pos, -1, &sent, &status))
                    break;
                ::close(live.fd);
                live = Held{};
            }
            Held next;
            if (!openMember(m_name, &next, &status)) {
                if (status == NoSuchLog)
                    continue; // renamed again meanwhile
                break;
            }
            live = next;
            pos = qMin(pendingSkip, live.size);
            pendingSkip = 0;
            continue;
        }
        if (callerGone(FollowPollMs, inotifyFd))
            break;
    }
    if (live.fd >= 0)
        ::close(live.fd);
    if (inotifyFd >= 0)
        ::close(inotifyFd);
    return status;
}

ChainServer::Status ChainServer::serveHistory(const QList<LogReadChunk> &chunks)
{
    Held current;
    Status status = Served;
    for (const LogReadChunk &chunk : chunks) {
        if (current.fd < 0 || current.inode != chunk.inode) {
            if (current.fd >= 0)
                ::close(current.fd);
            current = Held{};
            // The file by inode among the chain's names: virtlogd may have renamed it since.
            for (int i = -1; i < MaxRotations && current.fd < 0; ++i) {
                const QByteArray name = i < 0 ? m_name : rotation(m_name, i);
                struct stat st{};
                if (!statMember(name, &st) || qint64(st.st_ino) != chunk.inode)
                    continue;
                Held held;
                if (!openMember(name, &held, &status))
                    return status == NoSuchLog ? RotatedAway : status;
                if (held.inode != chunk.inode) { // renamed between the stat and the open
                    ::close(held.fd);
                    continue;
                }
                current = held;
            }
            if (current.fd < 0) {
                m_problem = u"rotated-away"_s;
                return RotatedAway;
            }
        }
        struct stat st{};
        if (::fstat(current.fd, &st) != 0 || st.st_size < chunk.to) {
            ::close(current.fd);
            m_problem = u"shrank"_s;
            return RotatedAway;
        }
        if (!send(current.fd, chunk.from, chunk.to, nullptr, &status)) {
            ::close(current.fd);
            return status;
        }
    }
    if (current.fd >= 0)
        ::close(current.fd);
    return Served;
}

} // namespace vcv
