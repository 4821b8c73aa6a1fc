// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <list>
#include <memory>
#include <thread>

namespace vcv {

class LogDocument;

/// "Save Log As…" for one tab: writes what its document holds (raw, history across restarts
/// included) to a file on a thread of its own — a log of hundreds of MiB takes seconds, and the
/// window must go on answering. The file appears whole or not at all (QSaveFile).
///
/// Owned by the tab that owns the document, so the document outlives every save; destroying the
/// saver stops the saves under way (their files are not written) and waits for their threads.
class LogSaver : public QObject
{
    Q_OBJECT
public:
    explicit LogSaver(const LogDocument *document, QObject *parent = nullptr);
    ~LogSaver() override;

    /// Starts writing the document to `path`; finished() follows.
    void save(const QString &path);
    bool isSaving() const { return !m_jobs.empty(); }

Q_SIGNALS:
    /// `error` is empty when `ok`.
    void finished(const QString &path, bool ok, const QString &error);

private:
    struct Job
    {
        std::shared_ptr<std::atomic<bool>> cancel;
        std::thread thread;
    };
    void reap(const std::shared_ptr<std::atomic<bool>> &cancel);

    const LogDocument *m_document;
    std::list<Job> m_jobs;
};

} // namespace vcv
