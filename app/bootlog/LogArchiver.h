// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace vcv {

class LogDocument;
class RotationChain;

/// Keeps what a followed log held before it was wiped, past the end of the session.
///
/// virtlogd deletes a console's whole log chain when a domain with <log append='off'> starts, and
/// an admin may truncate or delete a log by hand. The document keeps the earlier lines visible for
/// as long as it is open; this writes them to a file of their own at each wipe:
/// DIRECTORY/STEM-YYYYMMDDTHHMMSS.mmmZ.log (UTC, the time the wipe was seen; "-2", "-3" … are added
/// rather than overwrite anything), the raw bytes as the log had them, so `less -R` shows the
/// colours. Only RotationChain::Discontinuity::Restarted is a wipe; lines lost to fast rotation are
/// not.
///
/// How: while enabled, every byte the document's chain gains is copied to a spool, an unlinked
/// temporary file in the cache directory; a wipe turns the spool into an archive file and starts a
/// new one. The copy is what makes a truncation in place archivable: once a file is truncated its
/// earlier bytes are gone from the disk (held descriptors save deleted files, not truncated
/// ones). It costs, per open log, disk space equal to the log since its last wipe, and nothing
/// remains of it when the application ends, however it ends.
///
/// Failure: when an archive cannot be written (folder not writable, disk full) archiveFailed()
/// tells why, no partial file is left, and the spool is kept: it is tried again at the next
/// wipe and whenever setDestination() or setEnabled(true) is called, for as long as this object
/// lives.
///
/// Threading: lives in the document's thread (the GUI thread); no file work runs there. Copies
/// from the document's chain run on a worker thread of its own, one after the other; they read
/// the chain, so the archiver must be destroyed before the document, and its destructor waits
/// for the copy under way (the copy of the current text stops within one 1 MiB block; what a
/// wipe left to copy is only what the chain had not reported yet). Archives are written on a
/// writer shared by all archivers (archiveWriter()), which the destructor does not wait for: an
/// archive queued when its tab closes is still written, its result reported to nobody. The
/// writer is the application object's child, so the application waits for it as it ends.
class LogArchiver : public QObject
{
    Q_OBJECT
public:
    explicit LogArchiver(const LogDocument *document, QObject *parent = nullptr);
    ~LogArchiver() override;

    /// Where archives go (created when needed) and how their names start ("web01-serial0").
    void setDestination(const QString &directory, const QString &stem);
    QString directory() const { return m_directory; }
    QString stem() const { return m_stem; }
    /// After each new archive the oldest of the same stem beyond `count` are deleted; 0 keeps all.
    void setKeepLast(int count) { m_keepLast = qMax(0, count); }
    int keepLast() const { return m_keepLast; }
    /// Off (the default): nothing is copied or archived, kept spools are dropped. On: the copy
    /// starts with the log's content since its last wipe.
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    /// Blocks until the worker and the archive writer have done everything queued so far (tests;
    /// the GUI never calls it).
    void waitForIdle();

    /// The thread, shared by every archiver, that writes archives: one at a time, in the order
    /// queued. It belongs to the application object (QCoreApplication must exist).
    static QThreadPool *archiveWriter();

    /// $XDG_DATA_HOME/virt-console-viewer/archive (~/.local/share/… by default).
    static QString defaultRoot();
    /// ROOT/HOST for a connection URI: the URI's host, or "local" for a local connection.
    static QString directoryFor(const QString &root, const QString &connectionUri);
    /// "DOMAIN-UUID-ALIAS" with every character that is not a letter, digit, '.', '_' or '-' as
    /// '_'. The UUID keeps domains apart whose names differ only in such characters ("db prod",
    /// "db_prod"), which would otherwise prune each other's archives.
    static QString fileStem(const QString &domain, const QString &uuid, const QString &alias);

Q_SIGNALS:
    /// The text before a wipe was written to `path` (`bytes` long).
    void archived(const QString &path, qint64 bytes);
    /// Copying or archiving failed; `message` says what, why and what becomes of the text
    /// (translated, starting in lower case: the shell puts the log's name before it).
    void archiveFailed(const QString &message);

public:
    struct Spool;        ///< implementation detail, shared with the worker's jobs
    struct ReplyChannel; ///< how the writer's jobs reach this archiver while it lives

private:
    void onReset();
    void onGrown(qint64 to);
    void onWiped(qint64 at);
    void copyUpTo(qint64 to);
    void archiveSpool(const std::shared_ptr<Spool> &spool);
    void retryFailed();
    void startSpool();
    void dropSpool();

    const RotationChain *m_chain;
    QThreadPool m_worker;
    std::shared_ptr<ReplyChannel> m_replies;
    QString m_directory;
    QString m_stem;
    int m_keepLast = 0;
    bool m_enabled = false;
    qint64 m_generationStart = 0;           ///< chain offset where the log's text since the last wipe starts
    qint64 m_queued = 0;                    ///< chain offset up to which copies are queued
    std::shared_ptr<Spool> m_spool;         ///< the text since the last wipe, when enabled
    QList<std::shared_ptr<Spool>> m_failed; ///< spools whose archive could not be written
};

} // namespace vcv
