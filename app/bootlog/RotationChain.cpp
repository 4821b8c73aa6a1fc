// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: discovery, following and reading share the list of held files.
// Noticing a rotation (virtlogd renames file.N to file.N+1 and drops the oldest) means matching
// the open descriptors to the new names by inode, and a read across pieces must see the same list
// the follower just changed; splitting them would expose that list, which only this file knows.
#include "bootlog/RotationChain.h"

#include "bootlog/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>

#include <QTimer>
#include <mutex>
#include <shared_mutex>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

/// An open file of the chain. The descriptor lives as long as any piece (or reader) holds it.
struct HeldFile
{
    int fd = -1;
    dev_t dev = 0;
    ino_t ino = 0;
    bool spill = false;
    ~HeldFile()
    {
        if (fd >= 0)
            ::close(fd);
    }
    bool sameFile(const struct stat &st) const { return st.st_dev == dev && st.st_ino == ino; }
};
using HeldFilePtr = std::shared_ptr<HeldFile>;

/// A stretch of the logical stream: `length` bytes of `file` from `fileOffset`.
struct Piece
{
    HeldFilePtr file;
    qint64 fileOffset = 0;
    qint64 length = 0;
    qint64 logicalStart = 0;
};

/// Opens a piece of a log chain (see RegularFile.h for what it refuses).
HeldFilePtr openHeld(const QString &path, OpenFailure *failure)
{
    struct stat st{};
    const int fd = openRegularFile(QFile::encodeName(path), &st, failure);
    if (fd < 0)
        return {};
    auto f = std::make_shared<HeldFile>();
    f->fd = fd;
    f->dev = st.st_dev;
    f->ino = st.st_ino;
    return f;
}

qint64 fileSize(const HeldFilePtr &f, nlink_t *links = nullptr)
{
    struct stat st{};
    if (::fstat(f->fd, &st) != 0)
        return -1;
    if (links)
        *links = st.st_nlink;
    return st.st_size;
}

QString rotationPath(const QString &base, int i)
{
    return base + u'.' + QString::number(i);
}

} // namespace

class RotationChain::Private
{
public:
    RotationChain *q;
    QString basePath;
    QString error;
    bool permissionDenied = false; // error is about a file this user may not read
    QStringList openedFiles;
    bool following = false;

    // std::shared_mutex rather than QReadWriteLock: the same job, and ThreadSanitizer (the tsan
    // preset) sees it, whereas Qt's locks live in a library not built with TSan.
    mutable std::shared_mutex lock;
    std::vector<Piece> pieces;         // guarded by lock (appended in the owner thread only)
    std::atomic<qint64> total{0};      // logical size; written under lock, read anywhere
    std::atomic<int> rotatedOnDisk{0}; // rotations seen at open() or at the last rotation

    // Owner thread only.
    HeldFilePtr live; // the file at basePath when last checked, read up to liveConsumed
    qint64 liveConsumed = 0;
    HeldFilePtr anchor;        // the newest file read: live, or the last backup when basePath is missing
    qint64 anchorConsumed = 0; // read from anchor up to here

    // Directory events, to tell how many files virtlogd created since the anchor (so whether a
    // file was rotated away unseen) and whether a file of the chain was deleted (a wipe)
    // rather than renamed. Linux inotify; without it the check falls back to a guess.
    int inotifyFd = -1;
    QByteArray baseName;
    qint64 created = 0;            // creations of basePath seen so far
    qint64 anchorCreated = -1;     // `created` when the anchor became the live file; -1: unknown
    bool chainFileDeleted = false; // a file of the chain was unlinked since the anchor was live
    bool eventsLost = false;       // the event queue overflowed since the anchor was live
    qint64 emittedEnd = 0;         // grown() reported up to here
    HeldFilePtr spill;
    qint64 spillSize = 0;
    QFileSystemWatcher *watcher = nullptr;
    QTimer *timer = nullptr;
    bool polling = false;

    ~Private()
    {
        if (inotifyFd >= 0)
            ::close(inotifyFd);
    }

    void reset()
    {
        std::unique_lock locker(lock);
        pieces.clear();
        total = 0;
        rotatedOnDisk = 0;
        live.reset();
        anchor.reset();
        anchorConsumed = 0;
        liveConsumed = 0;
        emittedEnd = 0;
        spill.reset();
        spillSize = 0;
        openedFiles.clear();
        error.clear();
        permissionDenied = false;
        if (inotifyFd >= 0)
            ::close(inotifyFd);
        inotifyFd = -1;
        created = 0;
        anchorCreated = -1;
        chainFileDeleted = false;
        eventsLost = false;
    }

    void startEvents()
    {
        const QFileInfo info(basePath);
        baseName = QFile::encodeName(info.fileName());
        inotifyFd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (inotifyFd >= 0 &&
            ::inotify_add_watch(inotifyFd, QFile::encodeName(info.absolutePath()).constData(),
                                IN_CREATE | IN_MOVED_TO | IN_DELETE) < 0) {
            ::close(inotifyFd);
            inotifyFd = -1;
        }
    }

    bool isChainName(const char *name) const
    {
        const QByteArrayView n(name);
        if (!n.startsWith(baseName))
            return false;
        const QByteArrayView rest = n.sliced(baseName.size());
        if (rest.isEmpty())
            return true;
        if (rest.size() < 2 || rest.front() != '.')
            return false;
        for (const char c : rest.sliced(1)) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

    /// Reads the pending directory events.
    void drainEvents()
    {
        if (inotifyFd < 0)
            return;
        alignas(struct inotify_event) char buffer[16384];
        while (true) {
            const ssize_t n = ::read(inotifyFd, buffer, sizeof buffer);
            if (n <= 0)
                return;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const struct inotify_event *>(buffer + at);
                if (event->mask & IN_Q_OVERFLOW)
                    eventsLost = true;
                if (event->len > 0) {
                    if ((event->mask & (IN_CREATE | IN_MOVED_TO)) &&
                        baseName == QByteArrayView(event->name, qstrlen(event->name)))
                        ++created;
                    if ((event->mask & IN_DELETE) && isChainName(event->name))
                        chainFileDeleted = true;
                }
                at += ssize_t(sizeof(struct inotify_event)) + event->len;
            }
        }
    }

    /// openChain(), with the directory events read just before and after: when no file was
    /// created in between, the live file opened is the `created`-th one.
    std::vector<std::pair<HeldFilePtr, QString>> openChainCounted(bool *baseExists, bool *countKnown)
    {
        std::vector<std::pair<HeldFilePtr, QString>> chain;
        for (int attempt = 0; attempt < 20; ++attempt) {
            drainEvents();
            const qint64 before = created;
            chain = openChain(baseExists);
            drainEvents();
            if (created == before) {
                *countKnown = inotifyFd >= 0;
                return chain;
            }
        }
        *countKnown = false;
        return chain;
    }

    /// Appends bytes [fileFrom, fileTo) of `file` to the stream.
    void appendBytes(const HeldFilePtr &file, qint64 fileFrom, qint64 fileTo)
    {
        if (fileTo <= fileFrom)
            return;
        std::unique_lock locker(lock);
        if (!pieces.empty()) {
            Piece &last = pieces.back();
            if (last.file == file && last.fileOffset + last.length == fileFrom) {
                last.length += fileTo - fileFrom;
                total += fileTo - fileFrom;
                return;
            }
        }
        pieces.push_back(Piece{file, fileFrom, fileTo - fileFrom, total.load()});
        total += fileTo - fileFrom;
    }

    void flushGrown()
    {
        const qint64 t = total.load();
        if (t > emittedEnd) {
            const qint64 from = emittedEnd;
            emittedEnd = t;
            Q_EMIT q->grown(ByteOffset(from), ByteOffset(t));
        }
    }

    void discontinuity(Discontinuity kind)
    {
        flushGrown();
        Q_EMIT q->discontinuity(ByteOffset(total.load()), kind);
    }

    /// Opens basePath and its rotations as one consistent snapshot, oldest first. The live file
    /// is opened first; afterwards every path is checked again, in the order virtlogd renames
    /// (oldest first, the live file last). A rotation under way while the files were opened
    /// moves at least one of them (and always replaces the live file last), so a snapshot whose
    /// paths all still name the files opened is one the directory really had.
    std::vector<std::pair<HeldFilePtr, QString>> openChain(bool *baseExists)
    {
        std::vector<std::pair<HeldFilePtr, QString>> chain;
        for (int attempt = 0; attempt < 50; ++attempt) {
            chain.clear();
            OpenFailure baseFailure;
            HeldFilePtr base = openHeld(basePath, &baseFailure);
            for (int i = MaxRotations - 1; i >= 0; --i) {
                const QString path = rotationPath(basePath, i);
                OpenFailure failure;
                if (HeldFilePtr f = openHeld(path, &failure))
                    chain.emplace_back(f, path);
                else if (!failure.missing() && error.isEmpty()) {
                    error = failure.describe(path);
                    permissionDenied = failure.permissionDenied();
                }
            }
            bool stable = true;
            for (const auto &[file, path] : chain) {
                struct stat st{};
                if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !file->sameFile(st)) {
                    stable = false;
                    break;
                }
            }
            struct stat st{};
            const bool existsNow = ::lstat(QFile::encodeName(basePath).constData(), &st) == 0;
            if (stable && base && existsNow && base->sameFile(st)) {
                chain.emplace_back(base, basePath);
                *baseExists = true;
                return chain;
            }
            // No live file, or one that is no log file (retrying would not change that).
            if (stable && !base && (!existsNow || !baseFailure.missing())) {
                if (!baseFailure.missing() && error.isEmpty()) {
                    error = baseFailure.describe(basePath);
                    permissionDenied = baseFailure.permissionDenied();
                }
                *baseExists = false;
                return chain;
            }
            // A rotation happened while opening: try again.
            QThread::yieldCurrentThread();
        }
        *baseExists = false;
        return chain;
    }

    void check();
    void migrateDeleted();
};

RotationChain::RotationChain(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
}

RotationChain::~RotationChain() = default;

QStringList RotationChain::discover(const QString &basePath)
{
    QStringList files;
    for (int i = MaxRotations - 1; i >= 0; --i) {
        const QString path = rotationPath(basePath, i);
        if (QFileInfo::exists(path))
            files.append(path);
    }
    if (QFileInfo::exists(basePath))
        files.append(basePath);
    return files;
}

bool RotationChain::open(const QString &basePath)
{
    close();
    d->basePath = basePath;
    d->startEvents();
    bool baseExists = false;
    bool countKnown = false;
    const auto chain = d->openChainCounted(&baseExists, &countKnown);
    d->anchorCreated = countKnown ? d->created : -1;
    d->chainFileDeleted = false;
    d->eventsLost = false;
    for (const auto &[file, path] : chain) {
        const qint64 size = fileSize(file);
        d->appendBytes(file, 0, qMax<qint64>(0, size));
        d->openedFiles.append(path);
        d->anchor = file;
        d->anchorConsumed = qMax<qint64>(0, size);
    }
    if (baseExists) {
        d->live = chain.back().first;
        d->liveConsumed = d->anchorConsumed;
    }
    d->rotatedOnDisk = int(chain.size()) - (baseExists ? 1 : 0);
    d->emittedEnd = d->total.load();
    if (chain.empty()) {
        if (d->error.isEmpty())
            d->error = QCoreApplication::translate("vcv::RotationChain", "%1 does not exist").arg(basePath);
        return false;
    }
    d->error.clear();
    d->permissionDenied = false;
    return true;
}

bool RotationChain::openFiles(const QStringList &chronologicalFiles)
{
    close();
    bool ok = true;
    for (const QString &path : chronologicalFiles) {
        OpenFailure failure;
        HeldFilePtr f = openHeld(path, &failure);
        if (!f) {
            d->error = failure.describe(path);
            ok = false;
            continue;
        }
        d->appendBytes(f, 0, qMax<qint64>(0, fileSize(f)));
        d->openedFiles.append(path);
    }
    d->emittedEnd = d->total.load();
    return ok;
}

void RotationChain::close()
{
    setFollowing(false);
    d->reset();
    d->basePath.clear();
}

QString RotationChain::basePath() const
{
    return d->basePath;
}
QString RotationChain::errorString() const
{
    return d->error;
}
bool RotationChain::isPermissionDenied() const
{
    return d->permissionDenied;
}
QStringList RotationChain::files() const
{
    return d->openedFiles;
}
bool RotationChain::isFollowing() const
{
    return d->following;
}

void RotationChain::setFollowing(bool follow)
{
    if (follow == d->following)
        return;
    if (follow && d->basePath.isEmpty())
        return;
    d->following = follow;
    if (!follow) {
        delete d->watcher;
        d->watcher = nullptr;
        delete d->timer;
        d->timer = nullptr;
        return;
    }
    d->watcher = new QFileSystemWatcher(this);
    const QString dir = QFileInfo(d->basePath).absolutePath();
    if (QFileInfo::exists(dir))
        d->watcher->addPath(dir);
    if (QFileInfo::exists(d->basePath))
        d->watcher->addPath(d->basePath);
    connect(d->watcher, &QFileSystemWatcher::fileChanged, this, &RotationChain::poll);
    connect(d->watcher, &QFileSystemWatcher::directoryChanged, this, &RotationChain::poll);
    // Watchers coalesce and miss events (and inotify follows the renamed inode): a short timer
    // bounds the latency whatever happens.
    d->timer = new QTimer(this);
    d->timer->setInterval(25);
    connect(d->timer, &QTimer::timeout, this, &RotationChain::poll);
    d->timer->start();
    poll();
}

void RotationChain::poll()
{
    if (d->basePath.isEmpty() || d->polling)
        return;
    d->polling = true;
    d->check();
    d->flushGrown();
    if (d->watcher && !d->watcher->files().contains(d->basePath) && QFileInfo::exists(d->basePath))
        d->watcher->addPath(d->basePath);
    d->polling = false;
}

void RotationChain::Private::check()
{
    drainEvents(); // also keeps the kernel's queue short while nothing rotates
    struct stat st{};
    const bool baseExists = ::lstat(QFile::encodeName(basePath).constData(), &st) == 0;

    if (live && baseExists && live->sameFile(st)) {
        const qint64 size = fileSize(live);
        if (size > liveConsumed) {
            appendBytes(live, liveConsumed, size);
            liveConsumed = size;
        } else if (size >= 0 && size < liveConsumed) {
            // Truncated in place: what follows starts again at offset 0 of the same file.
            discontinuity(Discontinuity::Restarted);
            liveConsumed = 0;
            if (size > 0) {
                appendBytes(live, 0, size);
                liveConsumed = size;
            }
        }
        return;
    }

    if (live) {
        // The live file was renamed or deleted. virtlogd writes to the new file only after the
        // rename, so the old one is complete now: read it to its end first.
        const qint64 size = fileSize(live);
        if (size > liveConsumed) {
            appendBytes(live, liveConsumed, size);
            liveConsumed = size;
        }
        anchor = live;
        anchorConsumed = liveConsumed;
        live.reset();
        liveConsumed = 0;
    }
    if (!baseExists)
        return; // between virtlogd's rename and its creating the new file, or deleted: wait

    bool chainHasBase = false;
    bool countKnown = false;
    const auto chain = openChainCounted(&chainHasBase, &countKnown);
    if (!chainHasBase || chain.empty())
        return; // rotating right now: next time
    rotatedOnDisk = int(chain.size()) - 1;

    qsizetype anchorPos = -1;
    if (anchor) {
        for (qsizetype i = 0; i < qsizetype(chain.size()); ++i) {
            if (chain[size_t(i)].first->dev == anchor->dev && chain[size_t(i)].first->ino == anchor->ino) {
                anchorPos = i;
                break;
            }
        }
    }
    qsizetype firstNew = anchorPos + 1;
    if (anchorPos >= 0) {
        const qint64 size = fileSize(anchor);
        if (size > anchorConsumed) {
            appendBytes(anchor, anchorConsumed, size);
            anchorConsumed = size;
        }
    }
    if (!anchor && countKnown && anchorCreated >= 0 && !eventsLost && !chainFileDeleted &&
        created - anchorCreated > qint64(chain.size())) {
        // First sight of a log that did not exist at open(): more files were created since
        // then than the chain holds, so virtlogd rotated the first ones away unseen.
        discontinuity(Discontinuity::LinesLost);
    }
    if (anchor && anchorPos < 0) {
        nlink_t links = 1;
        fileSize(anchor, &links);
        firstNew = 0;
        if (countKnown && anchorCreated >= 0 && !eventsLost) {
            // Exact: a file of the chain unlinked means a wipe (append='off') or a deletion;
            // otherwise virtlogd renamed the anchor over, and the files created since then
            // are either all still in the chain (nothing lost) or not.
            if (chainFileDeleted || links > 0)
                discontinuity(Discontinuity::Restarted);
            else if (created - anchorCreated > qint64(chain.size()))
                discontinuity(Discontinuity::LinesLost);
        } else {
            // The file read last is gone from the chain. Deleted with backups left behind:
            // virtlogd rotated it (and maybe more) away before the files in between could be
            // read. Otherwise the log was wiped and started again or replaced.
            discontinuity(links == 0 && chain.size() > 1 ? Discontinuity::LinesLost : Discontinuity::Restarted);
        }
    }
    for (qsizetype i = firstNew; i < qsizetype(chain.size()); ++i) {
        const HeldFilePtr &f = chain[size_t(i)].first;
        const qint64 size = qMax<qint64>(0, fileSize(f));
        // A file kept from before a restart (anchor position found but earlier) is never re-read.
        appendBytes(f, 0, size);
        if (i == qsizetype(chain.size()) - 1) {
            live = f;
            liveConsumed = size;
        }
    }
    if (firstNew >= qsizetype(chain.size())) {
        // The anchor is the newest file: it is the live one again (was missing for a moment).
        // Keep reading through the anchor's descriptor so the pieces stay contiguous.
        live = anchor;
        liveConsumed = anchorConsumed;
    }
    anchor = live;
    anchorConsumed = liveConsumed;
    anchorCreated = countKnown ? created : -1;
    chainFileDeleted = false;
    eventsLost = false;
    migrateDeleted();
}

/// Keeps the number of descriptors small: pieces of files that were deleted are copied into one
/// unlinked spill file once more than a few distinct files are held.
void RotationChain::Private::migrateDeleted()
{
    constexpr int MaxHeldDeleted = 8;
    std::vector<HeldFilePtr> deleted;
    {
        std::shared_lock locker(lock);
        for (const Piece &p : pieces) {
            if (p.file->spill || p.file == live)
                continue;
            if (!deleted.empty() && deleted.back() == p.file)
                continue;
            nlink_t links = 1;
            if (fileSize(p.file, &links) >= 0 && links == 0)
                deleted.push_back(p.file);
        }
    }
    if (int(deleted.size()) <= MaxHeldDeleted)
        return;
    if (!spill) {
        const QByteArray dir = QFile::encodeName(QDir::tempPath());
        int fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
        if (fd < 0) {
            QByteArray templ = dir + "/vcv-bootlog-XXXXXX";
            fd = ::mkostemp(templ.data(), O_CLOEXEC);
            if (fd >= 0)
                ::unlink(templ.constData());
        }
        if (fd < 0)
            return; // keep the descriptors then
        spill = std::make_shared<HeldFile>();
        spill->fd = fd;
        spill->spill = true;
        spillSize = 0;
    }
    std::vector<char> buffer(1 << 20);
    std::unique_lock locker(lock);
    for (Piece &p : pieces) {
        if (std::find(deleted.begin(), deleted.end(), p.file) == deleted.end())
            continue;
        const qint64 newOffset = spillSize;
        qint64 done = 0;
        bool ok = true;
        while (done < p.length && ok) {
            const qint64 want = qMin<qint64>(qint64(buffer.size()), p.length - done);
            const ssize_t n = ::pread(p.file->fd, buffer.data(), size_t(want), p.fileOffset + done);
            if (n <= 0) {
                ok = false;
                break;
            }
            if (::pwrite(spill->fd, buffer.data(), size_t(n), spillSize + done) != n)
                ok = false;
            done += n;
        }
        if (!ok)
            continue; // this piece keeps its descriptor
        spillSize += p.length;
        p.file = spill;
        p.fileOffset = newOffset;
    }
}

int RotationChain::rotatedFileCount() const
{
    return d->rotatedOnDisk.load();
}

qint64 RotationChain::size() const
{
    return d->total.load();
}

qint64 RotationChain::read(ByteOffset offset, char *buffer, qint64 maxLength) const
{
    if (!offset.isValid() || maxLength <= 0)
        return 0;
    // Copy the pieces needed under the lock, read without it: appends are not held up by a
    // long read, and a held descriptor stays valid through the shared_ptr copies.
    std::vector<Piece> needed;
    {
        std::shared_lock locker(d->lock);
        const qint64 end = qMin(offset.get() + maxLength, d->total.load());
        if (offset.get() >= end)
            return 0;
        auto it = std::upper_bound(d->pieces.begin(), d->pieces.end(), offset.get(),
                                   [](qint64 o, const Piece &p) { return o < p.logicalStart; });
        if (it != d->pieces.begin())
            --it;
        for (; it != d->pieces.end() && it->logicalStart < end; ++it)
            needed.push_back(*it);
        maxLength = end - offset.get();
    }
    qint64 done = 0;
    for (const Piece &p : needed) {
        const qint64 pos = offset.get() + done;
        if (pos >= p.logicalStart + p.length)
            continue;
        const qint64 within = pos - p.logicalStart;
        const qint64 want = qMin(p.length - within, maxLength - done);
        qint64 got = 0;
        while (got < want) {
            const ssize_t n = ::pread(p.file->fd, buffer + done + got, size_t(want - got), p.fileOffset + within + got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return done + got > 0 ? done + got : -1;
            if (n == 0) {
                // Truncated under us: those bytes are gone from the disk.
                std::memset(buffer + done + got, 0, size_t(want - got));
                got = want;
                break;
            }
            got += n;
        }
        done += got;
        if (done >= maxLength)
            break;
    }
    return done;
}

QByteArray RotationChain::read(ByteOffset offset, qint64 length) const
{
    if (length <= 0)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    const qint64 n = read(offset, out.data(), length);
    out.resize(qsizetype(qMax<qint64>(0, n)));
    return out;
}

} // namespace vcv
