// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootSegment.h"
#include "bootlog/DecodedLine.h"
#include "bootlog/LineTypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vcv {

class RotationChain;

/// The boot log of one console as lines: a RotationChain (virtlogd's file.N-1 … file.0, file,
/// joined with no separator), a line index over it, boot segments, and lines decoded on demand.
///
/// Lines: a line ends after its newline, or where a boot begins inside it (a guest reset at a
/// half-written line, found by MidLineBootFinder): that byte starts a line of its own, so the
/// document may have more lines than the files have newlines, and rawLine() of the line before
/// such a cut has no line end.
///
/// Memory: the document holds no text. It keeps about 4 bytes per line of index and reads lines
/// back from the files by descriptor (pread) when asked; the files stay open, so history that
/// virtlogd deletes or rotates away after the document saw it remains readable.
///
/// Opening: open() returns at once; the files are opened, and the end of the log (about the
/// last 1 MiB) indexed, on the document's I/O thread, never in the calling thread (a log on a
/// slow, remote or hung file system must not stop the window). Then documentReset() and
/// opened() are emitted, and lineCount() covers the end of the log — where a following view
/// opens — while the rest is indexed in a background thread. When that finishes, the earlier
/// lines are put in front in one step: linesPrepended(n) is emitted and every line number known
/// before grows by n. A view anchored at the bottom keeps its position; one anchored elsewhere
/// adds n. Then indexingFinished() follows. Logs of at most 1 MiB are indexed whole before
/// opened() and linesPrepended is never emitted; so is a log whose last line starts more than
/// 16 MiB before its end (a guest that printed no newline), with indexingProgress on the way.
/// A log whose history arrives after its newest lines (openAwaitingHistory()) gets that history
/// in front in steps as it arrives: linesPrepended may then come several times, each time with
/// every line number known before growing by its count, and indexingFinished() once, last.
///
/// Follow: with follow on, new bytes appear within about 50 ms (file and directory watcher plus
/// a 25 ms timer, then indexing), across virtlogd's rotations without a line lost or doubled. A
/// truncated or deleted log keeps every line read so far and gets a marker line
/// (DecodedLine::Kind::LogRestarted); files rotated away unseen give a LinesLost marker. The
/// new bytes are read, split into lines and scanned for boots on a worker thread
/// (AppendIndexer); the owning thread merges the finished lines at most once per 16 ms and
/// then emits linesAppended once for all of them (and logRestarted for each marker among
/// them), so a log growing at many MB/s costs the owner a few bytes per line, not the parsing.
///
/// Threading: the object lives in, and all its non-const members and signals belong to, the
/// thread that created it (the GUI thread). The const readers lineCount(), line(), lines(),
/// rawLine(), lineKind(), lineOffset(), isIndexComplete() and bootSegments() are cheap and may
/// be called from any thread (they take an internal read lock and pread the files); a line
/// number obtained in one thread stays valid only until the owning thread emits
/// linesPrepended/documentReset, so worker threads (Search) work only once isIndexComplete(),
/// or, while a history is awaited, start again at each linesPrepended.
/// Lines change only in the owning thread, right before the signal that reports them: the
/// indexing threads (the head before the first screen, the appends) work on indexes of their
/// own, which the owning thread merges. Signals are emitted in the owning thread only.
///
/// Invalid input: a line number outside [0, lineCount()) gives an empty DecodedLine / empty
/// QByteArray; no reader ever asserts on a bad number.
class LogDocument : public QObject
{
    Q_OBJECT
public:
    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    /// Starts opening the virtlogd chain whose live file is `basePath` (rotations basePath.0 …
    /// .31 are discovered); returns at once. opened(false) with errorString() follows when
    /// neither the file nor any rotation can be opened (missing, permission denied, no regular
    /// file); with follow on, the document then still waits for the file to appear.
    void open(const QString &basePath, bool follow = true);
    /// For a log whose newest bytes are there before its older ones (a remote log copied newest
    /// first, see RemoteLogMirror: the bytes before `historyPendingBefore` are still zeros in a
    /// sparse file). Opens and follows `basePath` as open() does, but the document begins at the
    /// first line start at or after `historyPendingBefore`; the history is put in front in steps
    /// as historyPartlyArrived() reports it, and isIndexComplete() stays false until
    /// historyArrived() has been called and its last part is in front.
    void openAwaitingHistory(const QString &basePath, ByteOffset historyPendingBefore);
    /// Part of an openAwaitingHistory() log's history is there: the bytes from `from` up to where
    /// the document begins (more will follow, older ones; historyArrived() ends it). `from` need
    /// not be a line start, and the byte before it may still be a hole: the part is indexed in the
    /// background from the first line start after the byte before `from`, and put in front
    /// (linesPrepended) — the document always begins at a line start, and once historyArrived(0)
    /// is done its lines are exactly those open() finds in the complete file. isAwaitingHistory()
    /// stays true and no indexingFinished() comes. Owner thread; returns at once.
    ///
    /// Throttled: a part is put in front once what is there and not yet indexed is at least 1/8
    /// of the bytes indexed, or 32 MiB (each prepend copies the whole index in this thread and
    /// makes consumers start over); smaller parts wait for more. One part is indexed at a time:
    /// calls meanwhile only lower the offset to go on from when its merge is done. Calls whose
    /// `from` is not before where the document begins, or after historyArrived(), are ignored;
    /// calls before opened() take effect when the open is done (the lowest `from` counts).
    void historyPartlyArrived(ByteOffset from);
    /// The bytes of an openAwaitingHistory() log from `from` up to where it began are there now,
    /// and no more will come (`from` is 0, or where the history that could still be had begins):
    /// what of them is not in front yet is indexed in the background from the first line start
    /// at or after `from` and put in front (linesPrepended, when there are lines), then
    /// isIndexComplete() and indexingFinished(), as open() does with a local log's history. While
    /// a part of historyPartlyArrived() is being indexed, this follows its merge. Called before
    /// opened(), it takes effect when the open is done. Only the first call counts.
    void historyArrived(ByteOffset from);
    /// Between openAwaitingHistory() and the whole history's being put in front (after
    /// historyArrived()): the lines there are the newest only, with such parts of the history as
    /// have arrived so far in front of them. Owner thread.
    bool isAwaitingHistory() const;
    /// Starts opening a fixed list of files, oldest first, joined with no separator; never
    /// follows. opened(false) when any of them cannot be opened (the others are shown).
    void openFiles(const QStringList &chronologicalFiles);
    /// Between open()/openFiles() and opened().
    bool isOpening() const;
    /// Drops everything, also an open under way (its opened() never comes); lineCount()
    /// becomes 0. Emits documentReset().
    void close();

    QString basePath() const;
    QString errorString() const;
    /// After opened(false): the log exists but this user may not read it (RotationChain).
    bool isPermissionDenied() const;
    bool isFollowing() const;
    void setFollowing(bool follow);

    /// The byte stream beneath the lines (for export and statistics). Never null.
    const RotationChain *chain() const;

    /// Lines known so far, markers included. The last line may still lack its newline.
    qint64 lineCount() const;
    /// True once the whole log present at open() is indexed (appends keep it true).
    bool isIndexComplete() const;
    /// Total bytes of the chain seen so far.
    qint64 byteSize() const;

    /// The line decoded: UTF-8 with invalid bytes as U+FFFD, CR LF / LF line ends removed, a
    /// lone CR rewriting the line as a terminal does, SGR kept as format runs, every other
    /// escape sequence removed, NUL shown as U+2400. Marker lines have a translated text.
    DecodedLine line(LineNumber line) const;
    /// Convenience: up to `count` lines from `first`.
    QList<DecodedLine> lines(LineNumber first, qint64 count) const;
    /// The bytes of the line as virtlogd wrote them, without its line end (LF or CR LF).
    /// Empty for a marker.
    QByteArray rawLine(LineNumber line) const;
    /// The first `maxBytes` bytes of the line (the whole line without its line end when it is
    /// shorter). For what looks only at a line's beginning (classifying, titles): a hostile
    /// guest's line may be hundreds of MiB, and rawLine() would read all of it.
    QByteArray rawLineHead(LineNumber line, qint64 maxBytes) const;
    /// How much of a line classifiers and titles look at.
    static constexpr qint64 ClassifyBytes = 64 * 1024;
    DecodedLine::Kind lineKind(LineNumber line) const;
    /// Where the line starts in the chain's byte stream (a marker: where the restart happened).
    ByteOffset lineOffset(LineNumber line) const;
    /// The line that holds byte `offset`; invalid when the offset is not in the document yet.
    LineNumber lineAt(ByteOffset offset) const;
    /// When `line` arrived while following (ms since the epoch, to within a merge of appended
    /// lines); nothing for lines that were in the files when the document opened.
    std::optional<qint64> arrivalMsecs(LineNumber line) const;

    /// Boot segments, oldest first. Complete once isIndexComplete(); before that, those of the
    /// part indexed so far.
    QList<BootSegment> bootSegments() const;
    /// The segment that holds `line` (index into bootSegments()), -1 when there is none.
    qsizetype segmentOf(LineNumber line) const;

    /// The translated text of a marker line (what line() returns for it). Any thread.
    static QString markerText(DecodedLine::Kind kind);

Q_SIGNALS:
    /// Everything changed (open/close): re-read lineCount() and drop cached lines.
    void documentReset();
    /// The open started by open()/openFiles() is done (after its documentReset()): `ok` false
    /// with errorString() when the log cannot be read.
    void opened(bool ok);
    /// Background indexing finished the part before the first screen, or a part of a history
    /// still arriving (historyPartlyArrived(): then it comes again for the next part): `count`
    /// lines were put in front, every line number known before grew by `count`. bootSegments()
    /// counts them already (bootSegmentsChanged() follows when they changed): a boot known at
    /// line L is now at L + count, or, when it was only the log's start (BootSegment::LogStart),
    /// part of the segment that holds L + count.
    void linesPrepended(qint64 count);
    /// Follow: lines [first, lineCount()) are new or changed. When the previous last line had
    /// no newline yet, `first` is that line (its text grew).
    void linesAppended(vcv::LineNumber first);
    /// A marker line (LogRestarted or LinesLost, see lineKind()) was appended at `marker`
    /// (also reported by linesAppended).
    void logRestarted(vcv::LineNumber marker);
    /// Background indexing: bytes done of total. Not for the parts of historyPartlyArrived(),
    /// whose copy's progress is what there is to follow.
    void indexingProgress(qint64 bytesDone, qint64 bytesTotal);
    /// The whole log is indexed (isIndexComplete()); comes after the last linesPrepended.
    void indexingFinished();
    void bootSegmentsChanged();
    /// A read error while following (e.g. permission lost); the document keeps what it has.
    void errorOccurred(const QString &message);

public:
    /// The implementation (LogDocument_p.h), shared with Search and LogExporter; not an API.
    class Private;

private:
    friend class Search;
    friend class LogExporter;
    std::unique_ptr<Private> d;
};

} // namespace vcv
