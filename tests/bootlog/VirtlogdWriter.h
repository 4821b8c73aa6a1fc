// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A writer that rotates exactly as virtlogd does (libvirt src/util/virrotatingfile.c,
// virRotatingFileWriterAppend/Rollover), for tests that must not depend on timing of the real one.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vcv::test {

class VirtlogdWriter
{
public:
    VirtlogdWriter(const QString &basePath, qint64 maxLength, int maxBackups)
        : m_base(basePath)
        , m_maxLength(maxLength)
        , m_maxBackups(maxBackups)
    {
        openEntry();
    }
    ~VirtlogdWriter()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    /// virRotatingFileWriterAppend: fill the file up to max_size; if a newline is among the last
    /// 80 bytes that would fit, stop after it instead; then roll over.
    bool append(const char *buf, qint64 len)
    {
        while (len > 0) {
            qint64 towrite = len;
            bool forceRollover = false;
            if (m_pos > m_maxLength) {
                towrite = 0;
            } else if (m_pos + towrite > m_maxLength) {
                towrite = m_maxLength - m_pos;
                for (qint64 i = 0; i < towrite && i < 80; ++i) {
                    if (buf[towrite - i - 1] == '\n') {
                        towrite -= i;
                        forceRollover = true;
                        break;
                    }
                }
            }
            if (towrite > 0) {
                if (::write(m_fd, buf, size_t(towrite)) != towrite)
                    return false;
                m_pos += towrite;
                m_generations.last().append(buf, towrite);
            }
            buf += towrite;
            len -= towrite;
            if (forceRollover || (m_pos >= m_maxLength && len > 0)) {
                if (!rollover())
                    return false;
            }
        }
        return true;
    }
    bool append(const QByteArray &bytes) { return append(bytes.constData(), bytes.size()); }

    /// What each file generation received, oldest first (the live file is the last).
    const QList<QByteArray> &generations() const { return m_generations; }
    int rotations() const { return int(m_generations.size()) - 1; }

private:
    QByteArray path(int i) const { return QFile::encodeName(m_base) + '.' + QByteArray::number(i); }

    void openEntry()
    {
        m_fd = ::open(QFile::encodeName(m_base).constData(), O_CREAT | O_APPEND | O_WRONLY | O_CLOEXEC, 0600);
        struct stat st{};
        m_pos = (m_fd >= 0 && ::fstat(m_fd, &st) == 0) ? st.st_size : 0;
        m_generations.append(QByteArray());
    }

    /// virRotatingFileWriterRollover: rename base.(n-2) → base.(n-1) … base → base.0; the
    /// oldest is replaced by the rename (so deleted), never unlinked on its own.
    bool rollover()
    {
        if (m_maxBackups == 0) {
            if (::unlink(QFile::encodeName(m_base).constData()) < 0 && errno != ENOENT)
                return false;
        } else {
            QByteArray next = path(m_maxBackups - 1);
            for (int i = m_maxBackups; i > 0; --i) {
                const QByteArray thisPath = i == 1 ? QFile::encodeName(m_base) : path(i - 2);
                if (::rename(thisPath.constData(), next.constData()) < 0 && errno != ENOENT)
                    return false;
                next = thisPath;
            }
        }
        ::close(m_fd);
        openEntry();
        return m_fd >= 0;
    }

    QString m_base;
    qint64 m_maxLength;
    int m_maxBackups;
    int m_fd = -1;
    qint64 m_pos = 0;
    QList<QByteArray> m_generations;
};

} // namespace vcv::test
