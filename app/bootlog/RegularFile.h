// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cerrno>
#include <sys/stat.h>

namespace vcv {

/// Why a file of a log chain could not be opened: errno, or what the path names instead of a
/// regular file.
struct OpenFailure
{
    int error = 0;       // errno of open() or fstat(); 0 when the path opened but is no file
    mode_t fileType = 0; // S_IFIFO, S_IFDIR … when it opened but is not a regular file

    bool missing() const { return error == ENOENT; }
    bool permissionDenied() const { return error == EACCES || error == EPERM; }
    /// In words for the user, naming `path`.
    QString describe(const QString &path) const;
};

/// Opens `path` read-only, refusing anything but a regular file: a log path is named by a
/// domain's definition and its directory may hold files planted by a guest's owner. O_NONBLOCK
/// keeps a FIFO from blocking open() (it is refused after fstat), O_NOFOLLOW refuses a symlink
/// planted in place of a rotation, O_NOCTTY a terminal device. Returns the descriptor (blocking
/// again, close-on-exec) and fills `st` from it; -1 and `failure` when refused.
int openRegularFile(const QByteArray &path, struct stat *st, OpenFailure *failure);

/// openRegularFile() of `name` relative to the open directory `dirFd` (openat(2)): the directory
/// is the one opened, whatever its path names by now. `name` is a file name, not a path.
int openRegularFileAt(int dirFd, const QByteArray &name, struct stat *st, OpenFailure *failure);

} // namespace vcv
