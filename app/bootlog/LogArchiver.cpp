// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogArchiver.h"

#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"
#include "bootlog/ThreadHandoff.h"
#include "platform/BackgroundThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
constexpr qint64 kBlock = 1 << 20;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

/// The log's bytes since its last wipe, in an unlinked file. Touched by one job at a time: the
/// worker's copies, then (handed over after them) the writer's archive; `wipedAt` is set before
/// the archive is queued.
struct LogArchiver::Spool
{
    int fd = -1;
    qint64 size = 0;
    QString error; ///< the copy failed: the spool is incomplete and not archived
    bool reported = false;
    std::atomic_bool abandoned = false; ///< dropped unarchived (document reopened, archiver gone)
    QDateTime wipedAt;

    ~Spool()
    {
        if (fd >= 0)
            ::close(fd);
    }

    bool ensureOpen()
    {
        if (fd >= 0 || !error.isEmpty())
            return fd >= 0;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
            u"/virt-console-viewer/archive-spool"_s;
        if (!QDir().mkpath(dir)) {
            error = LogArchiver::tr("cannot create %1").arg(dir);
            return false;
        }
        QByteArray name = QFile::encodeName(dir + u"/spool-XXXXXX"_s);
        fd = ::mkstemp(name.data());
        if (fd < 0) {
            error = LogArchiver::tr("cannot create a file in %1: %2").arg(dir, errnoText(errno));
            return false;
        }
        // Unlinked at once: the descriptor keeps it, nothing stays behind after a crash.
        ::unlink(name.constData());
        return true;
    }

    void append(const RotationChain *chain, qint64 from, qint64 to)
    {
        if (abandoned.load() || !ensureOpen())
            return;
        QByteArray buffer;
        for (qint64 pos = from; pos < to && !abandoned.load();) {
            buffer = chain->read(ByteOffset(pos), qMin(kBlock, to - pos));
            if (buffer.isEmpty())
                return; // the chain was closed or reset meanwhile: this spool is being dropped
            const char *data = buffer.constData();
            qint64 left = buffer.size();
            while (left > 0) {
                const ssize_t n = ::pwrite(fd, data, size_t(left), off_t(size));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    error = LogArchiver::tr("cannot write the copy of the log: %1").arg(errnoText(errno));
                    return;
                }
                data += n;
                left -= n;
                size += n;
            }
            pos += buffer.size();
        }
    }

    /// Writes the spool to a new file in `directory`; returns its path, or an empty string and *why.
    QString writeArchive(const QString &directory, const QString &stem, QString *why) const
    {
        if (!QDir().mkpath(directory)) {
            *why = LogArchiver::tr("the folder %1 cannot be created").arg(directory);
            return {};
        }
        // Written under a hidden temporary name, then renamed: an archive appears complete or not
        // at all, and a failed write leaves nothing behind (the temporary file removes itself).
        QTemporaryFile out(QDir(directory).filePath(u'.' + stem + u"-XXXXXX.part"_s));
        if (!out.open()) {
            *why = LogArchiver::tr("%1 cannot be written: %2").arg(directory, out.errorString());
            return {};
        }
        QByteArray buffer(kBlock, Qt::Uninitialized);
        for (qint64 pos = 0; pos < size;) {
            const ssize_t n = ::pread(fd, buffer.data(), size_t(qMin(kBlock, size - pos)), off_t(pos));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0 || out.write(buffer.constData(), n) != n) {
                *why = n <= 0 ? LogArchiver::tr("the copy of the log cannot be read: %1").arg(errnoText(errno))
                              : LogArchiver::tr("%1 cannot be written: %2").arg(directory, out.errorString());
                return {};
            }
            pos += n;
        }
        if (!out.flush()) {
            *why = LogArchiver::tr("%1 cannot be written: %2").arg(directory, out.errorString());
            return {};
        }
        const QString base = stem + u'-' + wipedAt.toUTC().toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s);
        for (int n = 1; n < 1000; ++n) {
            const QString path = QDir(directory).filePath(base + (n == 1 ? QString() : u"-%1"_s.arg(n)) + u".log"_s);
            // rename() never replaces an existing file: an older archive is never overwritten,
            // whatever the clock did.
            if (out.rename(path)) {
                out.setAutoRemove(false); // it is the archive now
                return path;
            }
            if (!QFileInfo::exists(path))
                break;
        }
        *why = LogArchiver::tr("%1 cannot be written: %2").arg(directory, out.errorString());
        return {};
    }
};

/// The archive writer's way back: a job that ends posts its result to the archiver that queued
/// it, if that archiver still lives. The destructor clears `archiver` under the lock first, so a
/// result is either posted before (and dropped by Qt with the object) or not at all.
struct LogArchiver::ReplyChannel
{
    std::mutex mutex;
    LogArchiver *archiver = nullptr;

    /// Runs `reply(archiver)` on the archiver's thread, if it still lives then.
    template<typename F>
    void post(F reply)
    {
        std::lock_guard lock(mutex);
        if (archiver)
            QMetaObject::invokeMethod(archiver,
                                      handedOver([target = archiver, reply = std::move(reply)] { reply(target); }),
                                      Qt::QueuedConnection);
    }
};

namespace {
/// Deletes the oldest archives of `stem` in `directory` beyond `keep`.
void prune(const QString &directory, const QString &stem, int keep)
{
    if (keep <= 0)
        return;
    static const QRegularExpression suffix(u"^-\\d{8}T\\d{6}\\.\\d{3}Z(-\\d+)?\\.log$"_s);
    QStringList ours;
    const QStringList names = QDir(directory).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        if (name.startsWith(stem) && suffix.matchView(QStringView(name).mid(stem.size())).hasMatch())
            ours << name;
    // Names sort by time ("-2" after the same millisecond sorts before it: harmless here).
    for (qsizetype i = 0; i + keep < ours.size(); ++i)
        QFile::remove(QDir(directory).filePath(ours.at(i)));
}
} // namespace

LogArchiver::LogArchiver(const LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_chain(document->chain())
    , m_replies(std::make_shared<ReplyChannel>())
{
    m_replies->archiver = this;
    archiveWriter();               // made here, on the application's thread, whose object owns it
    m_worker.setMaxThreadCount(1); // jobs in order: copies, then the hand-over of the archive they end with
    connect(document, &LogDocument::documentReset, this, &LogArchiver::onReset);
    connect(m_chain, &RotationChain::grown, this, [this](ByteOffset, ByteOffset to) { onGrown(to.get()); });
    connect(m_chain, &RotationChain::discontinuity, this, [this](ByteOffset at, RotationChain::Discontinuity kind) {
        if (kind == RotationChain::Discontinuity::Restarted)
            onWiped(at.get());
        else
            onGrown(at.get());
    });
    onReset();
}

LogArchiver::~LogArchiver()
{
    {
        std::lock_guard lock(m_replies->mutex);
        m_replies->archiver = nullptr;
    }
    // Archives already queued are still written, by the writer; the copy of the current text is
    // not needed. What is left to wait for is a copy reading the chain: at most one block of the
    // abandoned spool, plus what a wipe's spool had not copied yet.
    dropSpool();
    m_worker.waitForDone();
}

QThreadPool *LogArchiver::archiveWriter()
{
    Q_ASSERT(QCoreApplication::instance());
    static QThreadPool *const writer = [] {
        auto *pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(u"vcv-archive-writer"_s);
        pool->setMaxThreadCount(1);
        return pool;
    }();
    return writer;
}

void LogArchiver::dropSpool()
{
    if (m_spool)
        m_spool->abandoned.store(true);
    m_spool.reset();
}

void LogArchiver::setDestination(const QString &directory, const QString &stem)
{
    m_directory = directory;
    m_stem = stem;
    retryFailed();
}

void LogArchiver::setEnabled(bool on)
{
    if (on == m_enabled) {
        if (on)
            retryFailed();
        return;
    }
    m_enabled = on;
    dropSpool();
    m_failed.clear();
    if (on)
        startSpool();
}

void LogArchiver::waitForIdle()
{
    m_worker.waitForDone(); // the copies, and the hand-over of each archive to the writer
    archiveWriter()->waitForDone();
}

QString LogArchiver::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/virt-console-viewer/archive"_s;
}

QString LogArchiver::directoryFor(const QString &root, const QString &connectionUri)
{
    const QString host = QUrl(connectionUri).host();
    return QDir(root).filePath(host.isEmpty() ? u"local"_s : fileStem(host, {}, {}));
}

QString LogArchiver::fileStem(const QString &domain, const QString &uuid, const QString &alias)
{
    QString stem = domain;
    for (const QString &part : {uuid, alias}) {
        if (!part.isEmpty())
            stem += u'-' + part;
    }
    for (QChar &c : stem)
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-'))
            c = u'_';
    if (stem.startsWith(u'.'))
        stem[0] = u'_'; // no hidden file, no ".."
    return stem.isEmpty() ? u"_"_s : stem;
}

void LogArchiver::onReset()
{
    // The document was opened or closed by the application, not wiped: nothing to archive.
    m_generationStart = 0;
    m_queued = 0;
    dropSpool();
    if (m_enabled)
        startSpool();
}

void LogArchiver::startSpool()
{
    m_spool = std::make_shared<Spool>();
    m_queued = m_generationStart;
    copyUpTo(m_chain->size());
}

void LogArchiver::onGrown(qint64 to)
{
    if (m_enabled)
        copyUpTo(to);
    else
        m_queued = qMax(m_queued, to);
}

void LogArchiver::copyUpTo(qint64 to)
{
    if (!m_spool || to <= m_queued)
        return;
    const qint64 from = m_queued;
    m_queued = to;
    startHandedOver(&m_worker, [spool = m_spool, chain = m_chain, from, to] {
        lowerCurrentThreadPriority();
        spool->append(chain, from, to);
    });
}

void LogArchiver::onWiped(qint64 at)
{
    if (m_enabled && m_spool) {
        copyUpTo(at); // what the chain had not reported yet
        if (at > m_generationStart) {
            retryFailed(); // older text first
            m_spool->wipedAt = QDateTime::currentDateTimeUtc();
            archiveSpool(m_spool);
        }
    }
    m_generationStart = at;
    m_queued = at;
    if (m_enabled)
        m_spool = std::make_shared<Spool>();
}

void LogArchiver::archiveSpool(const std::shared_ptr<Spool> &spool)
{
    // Queued behind the spool's copies on this archiver's worker, then handed to the writer:
    // nothing in the write refers to this object, which may be gone by the time it runs.
    auto write = [spool, replies = m_replies, directory = m_directory, stem = m_stem, keep = m_keepLast] {
        lowerCurrentThreadPriority();
        if (!spool->error.isEmpty()) {
            if (!spool->reported) {
                spool->reported = true;
                const QString message =
                    tr("the earlier text could not be archived: its copy failed (%1).").arg(spool->error);
                replies->post([message](LogArchiver *archiver) { Q_EMIT archiver->archiveFailed(message); });
            }
            return;
        }
        QString why;
        const QString path = directory.isEmpty() ? QString() : spool->writeArchive(directory, stem, &why);
        if (directory.isEmpty())
            why = tr("no archive folder is set");
        if (path.isEmpty()) {
            const QString message = tr("the earlier text could not be archived (%1). It is kept and archived at "
                                       "the next wipe, or when the archive folder is changed in the settings.")
                                        .arg(why);
            replies->post([spool, message](LogArchiver *archiver) {
                archiver->m_failed.append(spool);
                Q_EMIT archiver->archiveFailed(message);
            });
            return;
        }
        prune(directory, stem, keep);
        replies->post([path, size = spool->size](LogArchiver *archiver) { Q_EMIT archiver->archived(path, size); });
    };
    startHandedOver(&m_worker, [writer = archiveWriter(), write = std::move(write)]() mutable {
        startHandedOver(writer, std::move(write));
    });
}

void LogArchiver::retryFailed()
{
    if (!m_enabled)
        return;
    const QList<std::shared_ptr<Spool>> failed = std::exchange(m_failed, {});
    for (const auto &spool : failed)
        archiveSpool(spool);
}

} // namespace vcv
