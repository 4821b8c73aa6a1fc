// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/RemoteLogCopies.h"

#include <QFile>

namespace vcv {

RemoteLogCopies &RemoteLogCopies::instance()
{
    static RemoteLogCopies copies;
    return copies;
}

RemoteLogCopies::~RemoteLogCopies()
{
    // At exit: the copies hold what the host lets root alone read, and are only for this run.
    for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it)
        QFile::remove(it.key());
}

void RemoteLogCopies::keep(const QString &path, const QString &source, const RemoteLogMirror::ResumePoint &point)
{
    if (!point.isValid()) {
        m_kept.remove(path);
        QFile::remove(path);
        return;
    }
    m_kept.insert(path, Kept{source, point});
}

std::optional<RemoteLogMirror::ResumePoint> RemoteLogCopies::take(const QString &path, const QString &source)
{
    if (!m_kept.contains(path))
        return std::nullopt;
    const Kept kept = m_kept.take(path);
    // Copies are named by the log's file name: another log of that name is not continued.
    if (kept.source != source) {
        QFile::remove(path);
        return std::nullopt;
    }
    return kept.point;
}

} // namespace vcv
