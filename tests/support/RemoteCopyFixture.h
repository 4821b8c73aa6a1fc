// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A remote log's local copy as RemoteLogMirror lays it out while its history is copied, for
// tests of what reads it (LogDocument, the log view) without ssh.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace vcv::test {

/// A hole (zeros, sparse) before `pending`, the bytes of `all` from there on.
inline bool writeCopyWithHole(const QString &path, const QByteArray &all, qint64 pending)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(pending) && file.seek(pending) &&
        file.write(all.mid(pending)) == all.size() - pending;
}

/// Fills [from, to) of the copy with the bytes of `all`: a chunk of the history arrived.
inline bool fillCopy(const QString &path, const QByteArray &all, qint64 from, qint64 to)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(from) && file.write(all.mid(from, to - from)) == to - from;
}

} // namespace vcv::test
