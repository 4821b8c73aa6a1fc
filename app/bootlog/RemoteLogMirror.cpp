// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: about a hundred of them are the two POSIX sh scripts the host runs
// (follow the chain, copy its history), kept next to the parser of what they print, since the two
// change together. The rest is one state machine: the live copy and the history copy share the
// local file, the anchor a resume starts from and the retry policy, and each step depends on
// where the other one is.
#include "bootlog/RemoteLogMirror.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

/// ChainServer::Refused: the reader would not serve the request.
constexpr int ChainServerRefused = 7;

// Run by `sh -s` on the host, after a first line that sets the arguments: base path, bytes to
// skip, follow (1/0), the window and an anchor. With a window, the bytes sent start that far
// before the chain's end (if that is past `skip`), so that the newest part arrives first and the
// rest is copied afterwards (kBackfillScript). With an anchor (an inode and the size it had;
// inode 0: none), `skip` counts from where that file begins in the chain now: a resume names the
// file its copy ended in, since virtlogd renames files and drops the oldest, which moves every
// offset. That file gone — or shorter than it was: wiped, or its inode reused by a new file — all
// the chain is newer than the copy and comes whole. The exit codes 4 and 5 tell "no such log" and
// "not readable" apart from ssh's own 255.
//
// Before the bytes comes one header line: "vcv-mirror START" and, per file of the chain, oldest
// first, its inode and size: START is the chain offset of the first byte sent; the files let the
// backfill find the same bytes after virtlogd renamed them. One `stat` for all files (GNU
// coreutils and BusyBox both have -c): a fork per file costs milliseconds each on a busy host,
// and the chain has up to 33. At most 32 rotations, as RotationChain reads locally.
//
// The rotations before START are skipped by their size, the one START falls in is read from
// there with `tail -c +K` (which seeks in a regular file), the later ones whole. `tail -F` (GNU
// and BusyBox) follows the live file across rotations.
constexpr char kScript[] = R"sh(f=$1 skip=$2 follow=$3 window=$4 anchor=$5 anchorsize=$6
if [ ! -e "$f" ] && [ ! -e "$f.0" ] && [ "$follow" != 1 ]; then echo "vcv-mirror: no-such-file" >&2; exit 4; fi
for g in "$f" "$f.0"; do
  if [ -e "$g" ] && [ ! -r "$g" ]; then echo "vcv-mirror: not-readable" >&2; exit 5; fi
done
n=0; while [ "$n" -lt 32 ] && [ -e "$f.$n" ]; do n=$((n+1)); done
set --; k=$n
while [ "$k" -gt 0 ]; do k=$((k-1)); set -- "$@" "$f.$k"; done
if [ -e "$f" ]; then set -- "$@" "$f"; fi
info=; if [ "$#" -gt 0 ]; then info=$(stat -L -c '%i %s' -- "$@") || exit 1; fi
total=0 files= sizes= i= at=
for w in $info; do
  if [ -z "$i" ]; then i=$w; else
    if [ "$i" = "$anchor" ] && [ "$w" -ge "$anchorsize" ]; then at=$total; fi
    files="$files $i $w"; sizes="$sizes $w"; total=$((total+w)); i=
  fi
done
if [ "$anchor" != 0 ]; then if [ -n "$at" ]; then skip=$((at+skip)); else skip=0; fi; fi
if [ "$window" -gt 0 ] && [ $((total-window)) -gt "$skip" ]; then skip=$((total-window)); fi
echo "vcv-mirror $skip$files"
m=0
for g in "$@"; do
  [ "$m" -lt "$n" ] || break; m=$((m+1))
  sizes=${sizes# }; size=${sizes%% *}; sizes=${sizes#"$size"}
  if [ "$skip" -ge "$size" ]; then skip=$((skip-size)); else tail -c +$((skip+1)) -- "$g" || exit 1; skip=0; fi
done
if [ "$follow" = 1 ]; then exec tail -q -c +$((skip+1)) -F -- "$f" 2>/dev/null; fi
if [ -e "$f" ]; then exec tail -c +$((skip+1)) -- "$f"; fi
)sh";

// The history behind the window, newest first: after the base path come chunks as triples
// "inode from to" (bytes [from, to) of the file with that inode). The file is looked up by inode
// among the chain's names, since virtlogd may have renamed it meanwhile, and held open on
// descriptor 3; each chunk is read through /dev/fd/3 (a fresh open of the same file on Linux,
// also once it is renamed or deleted). Exactly to-from bytes per chunk, or exit 6: the file is
// gone (rotated past virtlogd's max_backups) or shorter than it was.
constexpr char kBackfillScript[] = R"sh(f=$1; shift; cur=
while [ "$#" -ge 3 ]; do
  if [ "$1" != "$cur" ]; then
    exec 3<&-; cur= k=-1
    while [ "$k" -lt 32 ] && [ -z "$cur" ]; do
      if [ "$k" -lt 0 ]; then g=$f; else g=$f.$k; fi; k=$((k+1))
      [ -e "$g" ] || continue
      i=$(ls -di -- "$g") || continue; i=${i#"${i%%[! ]*}"}; i=${i%% *}
      [ "$i" = "$1" ] || continue
      exec 3< "$g" || exit 5
      i=$(ls -di -- "$g") || exit 6; i=${i#"${i%%[! ]*}"}; i=${i%% *}
      [ "$i" = "$1" ] || exit 6
      cur=$1; size=$(wc -c < /dev/fd/3) || exit 6; size=$((size))
    done
    [ -n "$cur" ] || { echo "vcv-mirror: rotated-away" >&2; exit 6; }
  fi
  [ "$size" -ge "$3" ] || { echo "vcv-mirror: shrank" >&2; exit 6; }
  tail -c +$(($2+1)) /dev/fd/3 2>/dev/null | head -c $(($3-$2))
  shift 3
done
)sh";

/// The header line's longest accepted length: 33 files' inode and size fit many times over.
constexpr qsizetype MaxHeaderLength = 4096;

// One argument for a POSIX shell: single-quoted, with ' written as '\''.
QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(u'\'', u"'\\''"_s);
    return u'\'' + out + u'\'';
}

} // namespace

QList<RemoteLogMirror::HistoryChunk> RemoteLogMirror::planHistory(const QList<RemoteFile> &files, qint64 historyEnd,
                                                                  qint64 chunkSize)
{
    QList<HistoryChunk> chunks;
    if (chunkSize <= 0)
        return chunks;
    // Where each file begins in the chain; then, newest file first, its part before historyEnd
    // from its end backwards.
    QList<qint64> starts;
    qint64 offset = 0;
    for (const RemoteFile &file : files) {
        starts << offset;
        offset += file.size;
    }
    for (qsizetype i = files.size() - 1; i >= 0; --i) {
        const qint64 length = qMin(files.at(i).size, historyEnd - starts.at(i));
        if (length <= 0)
            continue;
        for (qint64 k = (length - 1) / chunkSize; k >= 0; --k) {
            const qint64 from = k * chunkSize;
            const qint64 to = qMin(from + chunkSize, length);
            chunks << HistoryChunk{files.at(i).inode, from, to, starts.at(i) + from};
        }
    }
    return chunks;
}

std::optional<RemoteLogMirror::Header> RemoteLogMirror::parseHeader(QByteArrayView line)
{
    if (!line.startsWith("vcv-mirror "))
        return std::nullopt;
    QList<QByteArray> words = line.toByteArray().split(' ');
    words.removeAll(QByteArray());
    // "vcv-mirror START" and pairs of inode and size, at most a chain's 33 files.
    if (words.size() < 2 || words.size() % 2 != 0 || words.size() > 2 + 2 * 33 || words.first() != "vcv-mirror")
        return std::nullopt;
    const auto number = [](const QByteArray &word, qint64 *value) {
        // Decimal digits only: toLongLong() would also take a sign, spaces or "0x".
        if (!std::all_of(word.cbegin(), word.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        bool ok = false;
        *value = word.toLongLong(&ok);
        return ok && *value >= 0;
    };
    Header header;
    if (!number(words.at(1), &header.start))
        return std::nullopt;
    for (qsizetype i = 2; i < words.size(); i += 2) {
        RemoteFile file;
        if (!number(words.at(i), &file.inode) || !number(words.at(i + 1), &file.size) ||
            file.size > std::numeric_limits<qint64>::max() / 64)
            return std::nullopt;
        header.files << file;
    }
    return header;
}

qint64 RemoteLogMirror::Header::total() const
{
    qint64 sum = 0; // at most 33 sizes of at most max/64 each: no overflow
    for (const RemoteFile &file : files)
        sum += file.size;
    return sum;
}

RemoteLogMirror::Transport RemoteLogMirror::Transport::ssh(const QStringList &sshArguments)
{
    return Transport{Kind::Ssh, u"ssh"_s, sshArguments, {}, {}, {}};
}

RemoteLogMirror::Transport RemoteLogMirror::Transport::pkexec(const QString &readerPath, const LogReadRequest &which,
                                                              bool textAgent)
{
    // --disable-internal-agent: the window never has a password prompt on the terminal it was
    // started from, where nobody would see it; a desktop's polkit agent asks, or it is refused.
    QStringList arguments{readerPath};
    if (!textAgent)
        arguments.prepend(u"--disable-internal-agent"_s);
    return Transport{Kind::Pkexec, u"pkexec"_s, arguments, which, {}, {}};
}

RemoteLogMirror::Transport RemoteLogMirror::Transport::sshSudo(const QStringList &sshArguments,
                                                               const QStringList &remoteReaderPaths,
                                                               const LogReadRequest &which)
{
    // The host may have the reader where this build installs it or where its distribution's
    // package does: the first of them that is there, looked for in the same command. The
    // command is one line of words in single quotes, which sh, bash, fish and tcsh all read
    // alike (no '!', no newline, no single quote inside); the paths are this build's own,
    // letters, digits and "/._-" only (others are left out). -n: sudo fails instead of asking
    // for a password nobody could type.
    static const QRegularExpression plainPath(u"\\A/[A-Za-z0-9/._-]+\\z"_s);
    QStringList paths;
    for (const QString &path : remoteReaderPaths)
        if (plainPath.match(path).hasMatch() && !paths.contains(path))
            paths << path;
    const QString script = u"for r in %1; do if [ -x \"$r\" ]; then exec sudo -n \"$r\" \"$@\"; fi; done; "
                           u"echo \"%2 (at %1)\" >&2; exit 127"_s.arg(paths.join(u' '), ReaderMissing);
    const QString host = sshArguments.isEmpty() ? QString() : sshArguments.last(); // after "--" (SshCommand)
    return Transport{Kind::SshSudo, u"ssh"_s, sshArguments + QStringList{u"sh -c '"_s + script + u"' sh"_s},
                     which,         paths,    host};
}

RemoteLogMirror::RemoteLogMirror(const QStringList &sshArguments, const QString &remotePath, const QString &mirrorPath,
                                 QObject *parent)
    : RemoteLogMirror(Transport::ssh(sshArguments), remotePath, mirrorPath, parent)
{
}

RemoteLogMirror::RemoteLogMirror(const Transport &transport, const QString &remotePath, const QString &mirrorPath,
                                 QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_remotePath(remotePath)
    , m_mirror(mirrorPath)
    , m_historyFile(mirrorPath)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteLogMirror::launch);
    m_historyRetry.setSingleShot(true);
    connect(&m_historyRetry, &QTimer::timeout, this, &RemoteLogMirror::launchHistory);
    m_windowWait.setSingleShot(true);
    connect(&m_windowWait, &QTimer::timeout, this, &RemoteLogMirror::windowArrived);
}

RemoteLogMirror::~RemoteLogMirror()
{
    stop();
}

QString RemoteLogMirror::remoteCommand()
{
    // ssh hands the host's login shell one string, and login shells differ (fish and tcsh quote
    // unlike sh; tcsh expands '!' and refuses newlines inside quotes): the string is two plain
    // words that every shell reads alike, and the script with its arguments comes on stdin.
    return u"sh -s"_s;
}

QString RemoteLogMirror::commandCarrying(const QByteArray &script)
{
    // Also words every shell reads alike (base64 is letters, digits, '+', '/' and '='), but the
    // script is in the command: sshd opens a session's window only once the command runs, so
    // bytes on stdin cost a round trip more before the first byte comes back. For scripts of
    // a few KiB: Linux takes at most 128 KiB in one argument (the shell's -c).
    return u"echo "_s + QString::fromLatin1(script.toBase64()) + u" | base64 -d | sh -s"_s;
}

QByteArray RemoteLogMirror::remoteScript(const QString &remotePath, qint64 skipBytes, bool follow, qint64 window,
                                         qint64 anchorInode, qint64 anchorSize)
{
    return (u"set -- "_s + shellQuote(remotePath) + u' ' + QString::number(skipBytes) + u' ' + (follow ? u'1' : u'0') +
            u' ' + QString::number(qMax<qint64>(0, window)) + u' ' + QString::number(qMax<qint64>(0, anchorInode)) +
            u' ' + QString::number(qMax<qint64>(0, anchorSize)) + u'\n')
               .toUtf8() +
        QByteArray(kScript);
}

QByteArray RemoteLogMirror::historyScript(const QString &remotePath, const QList<HistoryChunk> &chunks)
{
    QByteArray args = "set -- " + shellQuote(remotePath).toUtf8();
    for (const HistoryChunk &chunk : chunks)
        args += ' ' + QByteArray::number(chunk.inode) + ' ' + QByteArray::number(chunk.from) + ' ' +
            QByteArray::number(chunk.to);
    return args + '\n' + QByteArray(kBackfillScript);
}

QStringList RemoteLogMirror::multiplexingOptions(const QString &socketDirectory)
{
    // One TCP connection and one login per host for every log copied from it: the first ssh
    // becomes the master, in the background for a minute after its last session (so closing
    // the tab that started it does not cut the others); %C is a hash of host, port and user.
    return {u"-o"_s, u"ControlMaster=auto"_s, u"-o"_s, u"ControlPath="_s + socketDirectory + u"/ssh-%C"_s,
            u"-o"_s, u"ControlPersist=60"_s};
}

void RemoteLogMirror::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
    m_nextDelayMs = firstMs;
    m_nextHistoryDelayMs = firstMs;
}

void RemoteLogMirror::start(bool follow)
{
    stop();
    reset(follow);
    if (openCopy(true))
        launch();
}

void RemoteLogMirror::reset(bool follow)
{
    m_follow = follow;
    m_stopping = false;
    m_unreadable = false;
    m_error.clear();
    m_bytes = 0;
    m_followEnd = -1;
    m_historyStart = 0;
    m_historyChunks.clear();
    m_historyNext = 0;
    m_historyResumedFrom = 0;
    m_historyDone = true;
    m_historyAwaitsHeader = false;
    m_readyPending = false;
    m_anchorInode = 0;
    m_anchorStart = 0;
    m_anchorSize = 0;
    m_historyLost = false;
    m_nextDelayMs = m_firstDelayMs;
    m_nextHistoryDelayMs = m_firstDelayMs;
}

bool RemoteLogMirror::openCopy(bool truncate)
{
    // The host keeps its console logs readable by root only: so does the copy (0600, also when
    // an older copy of another mode is overwritten). A continued copy is appended to at its end.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mode = truncate ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite;
    if (!m_mirror.open(mode, ownerOnly) || !m_mirror.setPermissions(ownerOnly) || !m_mirror.seek(m_mirror.size())) {
        m_mirror.close();
        fail(tr("Cannot write the local copy %1 of the log: %2").arg(m_mirror.fileName(), m_mirror.errorString()));
        return false;
    }
    return true;
}

void RemoteLogMirror::stop()
{
    m_stopping = true;
    m_retry.stop();
    m_historyRetry.stop();
    m_windowWait.stop();
    retireProcess(m_process);
    retireProcess(m_historyProcess);
    m_mirror.close();
    m_historyFile.close();
    if (m_state == State::Running || m_state == State::Waiting)
        setState(State::Idle);
}

void RemoteLogMirror::cancelHistory()
{
    if (m_historyDone)
        return;
    m_historyRetry.stop();
    retireProcess(m_historyProcess);
    finishHistory(QString());
}

QStringList RemoteLogMirror::sessionArguments(bool history, qint64 skip, qint64 window, QByteArray *input) const
{
    if (!m_transport.usesReader()) {
        if (history) {
            *input = historyScript(m_remotePath, m_historyChunks.mid(m_historyNext));
            return m_transport.arguments + QStringList{remoteCommand()};
        }
        return m_transport.arguments +
            QStringList{
                commandCarrying(remoteScript(m_remotePath, skip, m_follow, window, m_anchorInode, m_anchorSize))};
    }
    LogReadRequest request = m_transport.which;
    request.mode = history ? LogReadRequest::Mode::History : LogReadRequest::Mode::Live;
    request.skip = skip;
    request.follow = m_follow;
    request.window = window;
    request.anchorInode = m_anchorInode;
    request.anchorSize = m_anchorSize;
    if (history) {
        for (const auto rest = m_historyChunks.mid(m_historyNext); const HistoryChunk &chunk : rest)
            *input += QByteArray::number(chunk.inode) + ' ' + QByteArray::number(chunk.from) + ' ' +
                QByteArray::number(chunk.to) + '\n';
        *input += "end\n"; // the input stays open beyond it (see launch())
    }
    // Over ssh the words become one command line for the host's login shell: they are letters,
    // digits and ":/._-" (LogReadRequest checks them), which every shell reads alike.
    if (m_transport.overSsh())
        return m_transport.arguments + QStringList{request.toArguments().join(u' ')};
    return m_transport.arguments + request.toArguments();
}

QString RemoteLogMirror::finalFailure(int exitCode, const QString &said) const
{
    const QString last = said.section(u'\n', -1);
    if (exitCode == 4)
        return tr("The log %1 does not exist on the host (yet): the domain writes it when it runs.").arg(m_remotePath);
    if (!m_transport.usesReader()) {
        if (exitCode == 5)
            return tr("The log %1 on the host is not readable for the ssh user. virtlogd writes logs readable by "
                      "root only: connect as root (qemu+ssh://root@…), let that user run the log reader with sudo "
                      "there, or give that user read access (an ACL on the files).")
                .arg(m_remotePath);
        return {};
    }
    if (exitCode == 0 || (m_transport.overSsh() && exitCode == 255))
        return {}; // the reader's follow ended (the file's folder went away), or ssh's own end
    if (exitCode == ChainServerRefused)
        return tr("The log reader refused to read the log %1: %2").arg(m_remotePath, last);
    if (m_transport.kind == Transport::Kind::Pkexec) {
        if (exitCode == 126 || exitCode == 127)
            return tr("Reading the log %1 with administrator rights was not authorised. Members of the group "
                      "\"libvirt\" may read a domain's console and QEMU logs without a password once "
                      "virt-console-viewer's polkit rule is installed; otherwise ask an administrator to add you to "
                      "that group, or to give you read access to the log (an ACL on %2).")
                .arg(m_remotePath, m_remotePath.section(u'/', 0, -2));
        return tr("Reading the log %1 with administrator rights failed: %2")
            .arg(m_remotePath, last.isEmpty() ? tr("status %1").arg(exitCode) : last);
    }
    // The paths as the transport looks for them; the last is the distributions' (HelperProgram),
    // which the documented sudo rule names.
    const QString paths = m_transport.readerPaths.join(u", "_s);
    const QString rulePath = m_transport.readerPaths.isEmpty() ? QString() : m_transport.readerPaths.last();
    if (exitCode == 127 &&
        (said.contains(Transport::ReaderMissing) || said.contains(u"command not found"_s) ||
         said.contains(u"No such file or directory"_s)))
        return tr("virt-console-viewer is not installed on %1 (its log reader, which reads logs that root alone may "
                  "read there, is at none of %2). Install the virt-console-viewer package there and let the ssh "
                  "user run the reader with sudo without a password (a sudoers rule such as \"%libvirt ALL=(root) "
                  "NOPASSWD: %3\"), connect as root (qemu+ssh://root@…), or give the ssh user read access to the "
                  "log %4 (an ACL on its folder's files).")
            .arg(m_transport.host, paths, rulePath, m_remotePath);
    if (said.contains(u"sudo:"_s) || exitCode == 127)
        return tr("The ssh user may not read the log %1 with sudo on %2 (%3): sudo needs a rule that lets that user "
                  "run virt-console-viewer's log reader without a password, such as \"%libvirt ALL=(root) NOPASSWD: "
                  "%4\" (the reader's path there: the first of %5 that exists). Otherwise connect as root "
                  "(qemu+ssh://root@…), or give that user read access to the log (an ACL on its folder's files).")
            .arg(m_remotePath, m_transport.host, last.isEmpty() ? tr("status %1").arg(exitCode) : last, rulePath,
                 paths);
    return tr("The log reader on the host failed to read the log %1: %2")
        .arg(m_remotePath, last.isEmpty() ? tr("status %1").arg(exitCode) : last);
}

void RemoteLogMirror::launch()
{
    m_stderr.clear();
    m_header.clear();
    m_headerRead = false;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RemoteLogMirror::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { keepStderr(m_process, m_stderr); });
    connect(m_process, &QProcess::finished, this, &RemoteLogMirror::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(m_transport.kind == Transport::Kind::Pkexec ? tr("Cannot run %1: %2. Install polkit's pkexec.")
                                                                   .arg(m_transport.program, m_process->errorString())
                                                             : tr("Cannot run %1: %2. Install the OpenSSH client.")
                                                                   .arg(m_transport.program, m_process->errorString()));
    });
    // The script goes in the command (no stdin: EOF at once); ssh's own questions go to
    // SSH_ASKPASS, as for libvirt's ssh. The first start of a follower asks for the newest bytes
    // first; a resume for what comes after what it has.
    const bool first = m_followEnd < 0;
    const qint64 skip = first ? 0 : (m_anchorInode > 0 ? qMax<qint64>(0, m_followEnd - m_anchorStart) : m_followEnd);
    QByteArray input;
    m_process->start(m_transport.program, sessionArguments(false, skip, first && m_follow ? m_window : 0, &input));
    // The privileged reader runs as root, where this process's signals do not reach: it ends
    // when its standard input does (retireProcess()), so that stays open.
    if (!m_transport.usesReader())
        m_process->closeWriteChannel();
    setState(State::Running);
}

bool RemoteLogMirror::readHeader(const QByteArray &bytes, qsizetype *consumed)
{
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0) {
        m_header += bytes;
        *consumed = bytes.size();
        if (m_header.size() > MaxHeaderLength)
            failUnexpected();
        return false;
    }
    m_header += bytes.left(newline);
    *consumed = newline + 1;
    const auto header = parseHeader(m_header);
    if (!header) {
        failUnexpected();
        return false;
    }
    m_header.clear();
    m_headerRead = true; // what follows is the log
    if (m_followEnd >= 0) {
        // A resume: the bytes come from after what the copy has, found by the anchor (the log
        // may be shorter by now, wiped: then they come when it grows past it). The host counts
        // from its oldest file, which may be younger than the copy's: `shift` converts.
        rememberAnchor(*header, header->start - m_followEnd);
        if (m_historyAwaitsHeader) {
            m_historyAwaitsHeader = false;
            launchHistory(); // a reopened copy's rest, now that the live part is under way
        }
        return true;
    }
    // The first start: the bytes before header->start come later, newest first, into the
    // hole left for them (a sparse file: no disk space until written). Only a host that lies
    // starts past the end of the files it lists.
    if (header->start > header->total()) {
        failUnexpected();
        return false;
    }
    m_followEnd = header->start;
    if (!m_mirror.resize(m_followEnd) || !m_mirror.seek(m_followEnd)) {
        fail(tr("Cannot write the local copy %1 of the log: %2").arg(m_mirror.fileName(), m_mirror.errorString()));
        return false;
    }
    rememberAnchor(*header, 0);
    m_historyStart = m_followEnd;
    m_historyResumedFrom = m_historyStart;
    // Chunks of 1 MiB, larger for a history of more than 4 GiB: a host that claims petabytes
    // gets a plan of a few thousand chunks, not of billions.
    m_historyChunks =
        planHistory(header->files, m_historyStart, qMax(HistoryChunkSize, m_historyStart / MaxHistoryChunks + 1));
    m_historyNext = 0;
    m_historyDone = m_historyChunks.isEmpty();
    // The history starts once the window has arrived: both share the link (one ssh connection),
    // and history sent first would queue in front of the newest lines. The window is the
    // chain's end as the header counted it; should it never get there (the log wiped meanwhile),
    // a timer starts the history all the same.
    m_historyAfter = header->total();
    // The copy is ready once the window is in, so that whoever opens it (the log pane, the
    // terminal's first screen) reads the newest bytes, not the hole, nor the first piece of a
    // small log whose rest is still in the pipe (the header may come in a read of its own).
    m_readyPending = true;
    m_windowWait.start(HistoryStartTimeoutMs);
    if (m_followEnd >= m_historyAfter)
        windowArrived(); // an empty log: no window to wait for
    return true;
}

void RemoteLogMirror::onStdout()
{
    QByteArray bytes = m_process->readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    if (!m_headerRead) {
        qsizetype consumed = 0;
        if (!readHeader(bytes, &consumed))
            return;
        bytes.remove(0, consumed);
        if (bytes.isEmpty())
            return;
    }
    // Unbuffered to the file: a follower sees the bytes at once.
    if (m_mirror.write(bytes) != bytes.size() || !m_mirror.flush()) {
        fail(tr("Cannot write the local copy %1 of the log: %2").arg(m_mirror.fileName(), m_mirror.errorString()));
        return;
    }
    m_followEnd += bytes.size();
    m_bytes += bytes.size();
    m_nextDelayMs = m_firstDelayMs; // data flowed: the next outage starts its backoff anew
    if (m_followEnd >= m_historyAfter)
        windowArrived();
}

void RemoteLogMirror::windowArrived()
{
    if (!m_readyPending || m_stopping || m_state == State::Failed)
        return;
    m_readyPending = false;
    m_windowWait.stop();
    Q_EMIT ready(historyFrom());
    if (m_historyDone) {
        if (historyFrom() > 0) // a reopened copy whose history could not all be had
            Q_EMIT historyComplete(historyFrom());
        return;
    }
    Q_EMIT historyProgress(m_historyStart - historyFrom(), m_historyStart);
    if (!m_historyAwaitsHeader)
        launchHistory();
}

void RemoteLogMirror::keepStderr(QProcess *process, QByteArray &kept)
{
    kept += process->readAllStandardError();
    if (kept.size() > 16384)
        kept = kept.right(16384);
}

void RemoteLogMirror::onExited(int exitCode, QProcess::ExitStatus status)
{
    onStdout(); // what arrived with the exit
    if (!m_process)
        return; // writing it failed (fail() cleaned up)
    m_process->deleteLater();
    m_process = nullptr;
    if (m_stopping || m_state == State::Failed)
        return;
    const QString said = QString::fromUtf8(m_stderr).trimmed();
    if (status == QProcess::NormalExit && exitCode == 0 && !m_follow) {
        m_mirror.close();
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    if (status == QProcess::NormalExit) {
        m_unreadable = !m_transport.usesReader() && exitCode == 5;
        const QString final = finalFailure(exitCode, said);
        if (!final.isEmpty()) {
            fail(final);
            return;
        }
    }
    const QString why = !said.isEmpty() ? said.section(u'\n', -1)
        : m_transport.overSsh()         ? tr("ssh ended with status %1").arg(exitCode)
                                        : tr("the log reader ended with status %1").arg(exitCode);
    if (!m_follow || !m_transport.overSsh() || said.contains(u"Permission denied ("_s) ||
        said.contains(u"Host key verification failed"_s)) {
        // Nothing that waiting heals.
        fail(m_transport.overSsh()
                 ? tr("Reading the log %1 over ssh failed: %2").arg(m_remotePath, why)
                 : tr("Reading the log %1 with administrator rights ended: %2").arg(m_remotePath, why));
        return;
    }
    m_error = tr("The ssh connection for the log ended (%1); trying again in %n second(s).", nullptr,
                 (m_nextDelayMs + 999) / 1000)
                  .arg(why);
    Q_EMIT errorOccurred(m_error);
    setState(State::Waiting);
    m_retry.start(m_nextDelayMs);
    m_nextDelayMs = qMin(m_nextDelayMs * 2, m_maxDelayMs);
}

void RemoteLogMirror::launchHistory()
{
    if (m_historyDone || m_stopping || m_historyProcess)
        return; // (a resumed copy's may be asked for twice: by its header and by ready)
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_historyFile.isOpen() && !m_historyFile.open(QIODevice::ReadWrite, ownerOnly)) {
        finishHistory(tr("Cannot write the local copy %1 of the log: %2")
                          .arg(m_historyFile.fileName(), m_historyFile.errorString()));
        return;
    }
    m_historyStderr.clear();
    m_historyReceived = 0; // of the chunk m_historyNext; a chunk cut off is asked for again whole
    m_historyProcess = new QProcess(this);
    connect(m_historyProcess, &QProcess::readyReadStandardOutput, this, &RemoteLogMirror::onHistoryStdout);
    connect(m_historyProcess, &QProcess::readyReadStandardError, this,
            [this] { keepStderr(m_historyProcess, m_historyStderr); });
    connect(m_historyProcess, &QProcess::finished, this, &RemoteLogMirror::onHistoryExited);
    connect(m_historyProcess, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            retireProcess(m_historyProcess);
            finishHistory(tr("Cannot run %1.").arg(m_transport.program));
        }
    });
    // On stdin: the list of chunks can be longer than one argument may be. Its round trip more
    // is nothing beside the history's copy.
    QByteArray input;
    m_historyProcess->start(m_transport.program, sessionArguments(true, 0, 0, &input));
    m_historyProcess->write(input);
    if (!m_transport.usesReader())
        m_historyProcess->closeWriteChannel();
}

void RemoteLogMirror::onHistoryStdout()
{
    const qint64 copiedFrom = historyFrom();
    QByteArray bytes = m_historyProcess->readAllStandardOutput();
    qsizetype used = 0;
    while (used < bytes.size() && m_historyNext < m_historyChunks.size()) {
        const HistoryChunk &chunk = m_historyChunks.at(m_historyNext);
        const qint64 take = qMin<qint64>(chunk.to - chunk.from - m_historyReceived, bytes.size() - used);
        if (!m_historyFile.seek(chunk.chainOffset + m_historyReceived) ||
            m_historyFile.write(bytes.constData() + used, take) != take) {
            retireProcess(m_historyProcess);
            finishHistory(tr("Cannot write the local copy %1 of the log: %2")
                              .arg(m_historyFile.fileName(), m_historyFile.errorString()));
            return;
        }
        used += take;
        m_historyReceived += take;
        m_bytes += take;
        if (m_historyReceived == chunk.to - chunk.from) {
            ++m_historyNext;
            m_historyReceived = 0;
            m_nextHistoryDelayMs = m_firstDelayMs;
        }
    }
    if (!m_historyFile.flush()) {
        retireProcess(m_historyProcess);
        finishHistory(tr("Cannot write the local copy %1 of the log: %2")
                          .arg(m_historyFile.fileName(), m_historyFile.errorString()));
        return;
    }
    Q_EMIT historyProgress(m_historyStart - historyFrom() + m_historyReceived, m_historyStart);
    // After the flush: whoever reads the file now finds the chunks' bytes, not the hole.
    if (historyFrom() != copiedFrom)
        Q_EMIT historyPartlyCopied(historyFrom());
}

qint64 RemoteLogMirror::historyFrom() const
{
    // The history is there from the start of the last chunk received whole (newest first).
    return m_historyNext == 0 ? m_historyResumedFrom : m_historyChunks.at(m_historyNext - 1).chainOffset;
}

void RemoteLogMirror::rememberAnchor(const Header &header, qint64 shift)
{
    // The newest file: the next resume's bytes are most likely in it or after it. Where it
    // begins in the copy is where it begins on the host, less the shift.
    if (header.files.isEmpty())
        return;
    m_anchorInode = header.files.last().inode;
    m_anchorSize = header.files.last().size;
    m_anchorStart = header.total() - header.files.last().size - shift;
}

RemoteLogMirror::ResumePoint RemoteLogMirror::resumePoint() const
{
    ResumePoint point;
    if (!m_follow || m_followEnd < 0 || m_state == State::Failed)
        return point;
    point.end = m_followEnd;
    point.anchorInode = m_anchorInode;
    point.anchorStart = m_anchorStart;
    point.anchorSize = m_anchorSize;
    point.historyStart = m_historyStart;
    point.historyFrom = historyFrom();
    // A history cut short by a rotation cannot be had any more; one cancelled or still under way
    // goes on where it stopped, the chunk being received asked for again whole.
    if (!m_historyLost)
        point.historyLeft = m_historyChunks.mid(m_historyNext);
    return point;
}

void RemoteLogMirror::resume(const ResumePoint &point)
{
    // Only a copy that is still what the point describes is continued; otherwise afresh.
    if (!point.isValid()) {
        start(true);
        return;
    }
    stop();
    reset(true);
    if (!openCopy(false))
        return;
    if (m_mirror.size() != point.end) {
        start(true); // closes it first
        return;
    }
    m_followEnd = point.end;
    m_anchorInode = point.anchorInode;
    m_anchorStart = point.anchorStart;
    m_anchorSize = point.anchorSize;
    m_historyStart = point.historyStart;
    m_historyResumedFrom = point.historyFrom;
    m_historyChunks = point.historyLeft;
    m_historyDone = m_historyChunks.isEmpty();
    // The rest of the history once the live part has started: both share the link.
    m_historyAwaitsHeader = !m_historyDone;
    // The copy is ready as it is: whoever opens it reads it at once, the new bytes follow. Not
    // before the caller is back in its event loop (the window's wait, at 0 ms).
    m_readyPending = true;
    m_windowWait.start(0);
    launch();
}

void RemoteLogMirror::onHistoryExited(int exitCode, QProcess::ExitStatus status)
{
    onHistoryStdout();
    if (!m_historyProcess)
        return; // writing failed (finishHistory() was called)
    m_historyProcess->deleteLater();
    m_historyProcess = nullptr;
    if (m_stopping || m_historyDone)
        return;
    if (m_historyNext == m_historyChunks.size()) {
        finishHistory(QString());
        return;
    }
    const QString said = QString::fromUtf8(m_historyStderr).trimmed();
    if (status == QProcess::NormalExit && exitCode == 6) {
        m_historyLost = true;
        finishHistory(tr("The older part of the log %1 was rotated away on the host before it could be copied.")
                          .arg(m_remotePath));
        return;
    }
    if (status == QProcess::NormalExit && exitCode != 255) {
        finishHistory(tr("Copying the older part of the log %1 failed: %2")
                          .arg(m_remotePath, said.isEmpty() ? tr("status %1").arg(exitCode) : said.section(u'\n', -1)));
        return;
    }
    // ssh's own end (the network): again after a pause, from the chunk that was cut off.
    m_historyRetry.start(m_nextHistoryDelayMs);
    m_nextHistoryDelayMs = qMin(m_nextHistoryDelayMs * 2, m_maxDelayMs);
}

void RemoteLogMirror::finishHistory(const QString &problem)
{
    m_historyDone = true;
    m_historyFile.close();
    if (!problem.isEmpty())
        Q_EMIT errorOccurred(problem);
    Q_EMIT historyProgress(m_historyStart, m_historyStart);
    Q_EMIT historyComplete(historyFrom());
}

void RemoteLogMirror::failUnexpected()
{
    fail(m_transport.overSsh()
             ? tr("Reading the log %1 over ssh failed: the host sent something other than the log.").arg(m_remotePath)
             : tr("Reading the log %1 failed: the log reader sent something other than the log.").arg(m_remotePath));
}

void RemoteLogMirror::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RemoteLogMirror::retireProcess(QProcess *&slot)
{
    if (!slot)
        return;
    // Killed, and deleted once it has exited: deleting a running QProcess waits for it (up to
    // 30 s, on this, the GUI thread), and so would waitForFinished(). It outlives this object as
    // the application's child, so that one the event loop did not reap before the application
    // ended is still deleted with it (by then ssh is long gone: it dies within milliseconds of
    // SIGKILL).
    QProcess *process = slot;
    slot = nullptr;
    process->disconnect(this);
    process->setParent(QCoreApplication::instance());
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) // no finished() then
            process->deleteLater();
    });
    // The privileged reader, root under pkexec, cannot be killed from here: the end of its
    // input tells it to go. (For ssh, input that is closed already.)
    process->closeWriteChannel();
    process->kill();
}

void RemoteLogMirror::fail(const QString &message)
{
    m_error = message;
    m_retry.stop();
    m_historyRetry.stop();
    m_windowWait.stop();
    retireProcess(m_process);
    retireProcess(m_historyProcess);
    m_mirror.close();
    m_historyFile.close();
    m_historyDone = true;
    setState(State::Failed);
    Q_EMIT errorOccurred(message);
    Q_EMIT finished();
}

} // namespace vcv
