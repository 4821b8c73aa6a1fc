// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "LogSaver.h"

#include "bootlog/LogExporter.h"
#include "bootlog/ThreadHandoff.h"
#include "platform/BackgroundThread.h"

#include <QSaveFile>

namespace vcv {

LogSaver::LogSaver(const LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

LogSaver::~LogSaver()
{
    for (Job &job : m_jobs)
        job.cancel->store(true);
    for (Job &job : m_jobs)
        job.thread.join();
}

void LogSaver::save(const QString &path)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    Job &job = m_jobs.emplace_back();
    job.cancel = cancel;
    job.thread = std::thread([this, document = m_document, path, cancel] {
        lowerCurrentThreadPriority();
        QSaveFile out(path);
        QString error;
        const bool ok = out.open(QIODevice::WriteOnly) &&
            LogExporter::exportDocument(*document, &out, LogExporter::Mode::Raw, &error, cancel.get()) && out.commit();
        if (!ok && error.isEmpty())
            error = out.errorString();
        if (cancel->load())
            return; // the saver is going away: nobody to tell (QSaveFile drops the file)
        QMetaObject::invokeMethod(this, handedOver([this, path, ok, error, cancel] {
                                      reap(cancel);
                                      Q_EMIT finished(path, ok, ok ? QString() : error);
                                  }),
                                  Qt::QueuedConnection);
    });
}

void LogSaver::reap(const std::shared_ptr<std::atomic<bool>> &cancel)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->cancel == cancel) {
            it->thread.join(); // it has posted its result: it ends now
            m_jobs.erase(it);
            return;
        }
    }
}

} // namespace vcv
