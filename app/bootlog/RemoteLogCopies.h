// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/RemoteLogMirror.h"

#include <QHash>
#include <QString>

#include <optional>

namespace vcv {

/// The local copies of remote logs that closed tabs left during this run, each with where its
/// mirror stopped, so that opening the same log again copies only what the host wrote since
/// (RemoteLogMirror::resume()). A copy is either kept here or in use by one mirror, never both:
/// take() hands it over. The kept files are removed when the process ends normally; a crashed
/// run's are removed by the next one (ConsoleLogLocator, by the process id in their names).
///
/// Threads: the GUI thread.
class RemoteLogCopies
{
public:
    static RemoteLogCopies &instance();
    ~RemoteLogCopies();

    /// The copy at `path` of the log `source` (host and path there) is no longer in use;
    /// `point` is where its mirror stopped. An invalid point (nothing copied, a failed mirror)
    /// removes the file instead.
    void keep(const QString &path, const QString &source, const RemoteLogMirror::ResumePoint &point);
    /// The point kept for `path`, which is no longer kept (the caller's mirror now owns it);
    /// nullopt when there is none, or when it was a copy of another `source` (then removed).
    std::optional<RemoteLogMirror::ResumePoint> take(const QString &path, const QString &source);

private:
    RemoteLogCopies() = default;
    struct Kept
    {
        QString source;
        RemoteLogMirror::ResumePoint point;
    };
    QHash<QString, Kept> m_kept;
};

} // namespace vcv
