// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace vcv {

/// virtlogd's rotated files of one log as one logical byte stream: basePath.N-1 … basePath.0,
/// basePath (N discovered, at most 32), joined with no separator — virtlogd rolls over near a
/// newline but not always on one, so a line may span two files and is still one line.
///
/// Offsets are stable: bytes once in the stream keep their offset for the life of the object.
/// Every file that was part of the stream stays open (a held descriptor keeps a deleted or
/// renamed file readable), so history survives rotation, deletion and append='off' restarts.
/// Files deleted while held are copied into an unlinked spill file when more than a few are
/// held, so the number of descriptors stays small however often the log rotates.
///
/// Follow (setFollowing(true)): the file and its directory are watched, plus a 25 ms timer
/// (watchers miss events on some file systems and coalesce others). On each check:
/// - growth of the live file → grown();
/// - rotation (the live file renamed to .0 and a new file created, maybe several times since
///   the last check): the old file is read to its end, then the files it was rotated past, then
///   the new live file — no byte lost or doubled;
/// - files rotated away (renamed over by virtlogd) before they could be read →
///   discontinuity(LinesLost). The directory's inotify events count the files virtlogd
///   created, so this is exact; only if those events are unavailable or overflowed does the
///   chain guess (and then may also report it where nothing was lost);
/// - truncation, or the chain deleted and started again (append='off') →
///   discontinuity(Restarted), then the new bytes. After an in-place truncation the bytes of
///   that file before the truncation are gone from the disk: reads of them return zeros.
///
/// Threading: lives in the thread that created it; open(), poll() and signals belong there.
/// size() and read() are thread-safe and may run concurrently with appends.
class RotationChain : public QObject
{
    Q_OBJECT
public:
    enum class Discontinuity { Restarted, LinesLost };
    Q_ENUM(Discontinuity)

    static constexpr int MaxRotations = 32;

    explicit RotationChain(QObject *parent = nullptr);
    ~RotationChain() override;

    /// The existing files of the chain of `basePath`, oldest first (basePath.31 … .0, basePath).
    static QStringList discover(const QString &basePath);

    /// Opens the chain of `basePath`. False (errorString()) when no file of it could be opened;
    /// with follow on, later checks still pick the file up when it appears.
    bool open(const QString &basePath);
    /// Opens fixed files, oldest first. Never follows.
    bool openFiles(const QStringList &chronologicalFiles);
    void close();

    QString basePath() const;
    QString errorString() const;
    /// True when open() failed because a file of the chain is not readable for this user (the
    /// case the privileged reader, virt-console-viewer-logread, is for).
    bool isPermissionDenied() const;
    /// The paths opened at open() time, oldest first.
    QStringList files() const;

    void setFollowing(bool follow);
    bool isFollowing() const;
    /// Checks the files now (the timer and watchers call this). Emits grown/discontinuity.
    void poll();

    /// The rotated files (basePath.N) of the chain on disk when it was opened or, while
    /// following, last rotated. Thread-safe.
    int rotatedFileCount() const;
    /// Logical size in bytes. Thread-safe.
    qint64 size() const;
    /// Reads up to `maxLength` bytes at `offset` into `buffer`; returns the count read (short
    /// only at the end of the stream), -1 on error. Thread-safe.
    qint64 read(ByteOffset offset, char *buffer, qint64 maxLength) const;
    QByteArray read(ByteOffset offset, qint64 length) const;

Q_SIGNALS:
    /// Bytes [from, to) were appended to the stream.
    void grown(vcv::ByteOffset from, vcv::ByteOffset to);
    /// The stream continues at `at` (= size() at that moment) after a break of the given kind;
    /// bytes before `at` are the history before the break.
    void discontinuity(vcv::ByteOffset at, vcv::RotationChain::Discontinuity kind);
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vcv
