// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/RegularFile.h"

#include <QCoreApplication>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace vcv {

QString OpenFailure::describe(const QString &path) const
{
    if (error == ELOOP)
        return QCoreApplication::translate("vcv::RotationChain",
                                           "%1 is a symbolic link; log files are not read through links")
            .arg(path);
    switch (fileType) {
    case 0: break;
    case S_IFIFO: return QCoreApplication::translate("vcv::RotationChain", "%1 is a FIFO, not a log file").arg(path);
    case S_IFSOCK: return QCoreApplication::translate("vcv::RotationChain", "%1 is a socket, not a log file").arg(path);
    case S_IFDIR:
        return QCoreApplication::translate("vcv::RotationChain", "%1 is a directory, not a log file").arg(path);
    case S_IFCHR:
    case S_IFBLK: return QCoreApplication::translate("vcv::RotationChain", "%1 is a device, not a log file").arg(path);
    default: return QCoreApplication::translate("vcv::RotationChain", "%1 is not a regular file").arg(path);
    }
    return QCoreApplication::translate("vcv::RotationChain", "Cannot open %1: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

int openRegularFile(const QByteArray &path, struct stat *st, OpenFailure *failure)
{
    return openRegularFileAt(AT_FDCWD, path, st, failure);
}

int openRegularFileAt(int dirFd, const QByteArray &name, struct stat *st, OpenFailure *failure)
{
    const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) {
        *failure = {errno, 0};
        return -1;
    }
    if (::fstat(fd, st) != 0) {
        *failure = {errno, 0};
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st->st_mode)) {
        *failure = {0, mode_t(st->st_mode & S_IFMT)};
        ::close(fd);
        return -1;
    }
    // Regular files never block; clear the flag so that reads behave as everywhere else.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

} // namespace vcv
