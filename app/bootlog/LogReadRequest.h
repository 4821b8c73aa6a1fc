// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vcv {

/// What a caller asks virt-console-viewer-logread for, parsed from its command line, which
/// comes from a less privileged process (pkexec, sudo): every word is checked, nothing is a
/// path. The log itself is never named by the caller; the reader asks libvirt for it.
///
///     --connect URI --domain UUID [--console ALIAS | --qemu-log] live SKIP FOLLOW WINDOW ANCHOR ANCHOR-SIZE
///     --connect URI --domain UUID [--console ALIAS | --qemu-log] history   (chunks on standard input)
///
/// --qemu-log asks for the domain's QEMU log instead of a console's: the reader derives its path
/// from the domain's name as libvirt's QEMU driver does (/var/log/libvirt/qemu/NAME.log).
///
/// `live` and `history` are the two sessions of RemoteLogMirror, with the meaning of its
/// scripts' arguments (RemoteLogMirror::remoteScript(), historyScript()).
struct LogReadRequest
{
    enum class Mode { Live, History };
    /// Which of the domain's logs: a console's (`alias`) or the QEMU driver's log of the domain.
    enum class Log { Console, Qemu };

    QString uri;
    QString uuid;  // canonical form, lower case
    QString alias; // empty: the domain's default console; always empty for Log::Qemu
    Log log = Log::Console;
    Mode mode = Mode::Live;
    qint64 skip = 0;
    bool follow = false;
    qint64 window = 0;
    qint64 anchorInode = 0;
    qint64 anchorSize = 0;

    /// The connections whose logs the reader serves: the local system instances, which root
    /// alone may read. Anything else (a session instance, another host, test:///) is refused.
    static bool isServedUri(const QString &uri);
    /// Parses `arguments` (without the program name); nullopt and `error` when they are not a
    /// request.
    static std::optional<LogReadRequest> parse(const QStringList &arguments, QString *error);
    /// The words that make this request, for the caller's side (parse() of them gives it back).
    QStringList toArguments() const;
};

/// One piece of the history: bytes [from, to) of the chain's file with `inode`.
struct LogReadChunk
{
    qint64 inode = 0;
    qint64 from = 0;
    qint64 to = 0;
};

/// Parses the history's standard input: "INODE FROM TO" triples of decimal numbers separated
/// by blanks or newlines, at most `maxChunks` of them, from < to. nullopt and `error` otherwise.
std::optional<QList<LogReadChunk>> parseLogReadChunks(const QByteArray &input, qsizetype maxChunks, QString *error);

} // namespace vcv
