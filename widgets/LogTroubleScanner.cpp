// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogTroubleScanner.h"

#include "bootlog/LogDocument.h"

#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
// Appends of at most this many lines are classified in the GUI thread right away.
constexpr qint64 SyncAppendLimit = 500;
// The worker hands results over after this many lines.
constexpr qint64 BatchLines = 65536;
} // namespace

struct LogTroubleScanner::Job
{
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false; // guarded by mutex
};

LogTroubleScanner::LogTroubleScanner(QObject *parent)
    : QObject(parent)
{
}

LogTroubleScanner::~LogTroubleScanner()
{
    stopWorker();
}

LogTroubleScanner::Kind LogTroubleScanner::classify(QByteArrayView raw)
{
    static constexpr QByteArrayView errors[] = {
        "[FAILED]", "Kernel panic", "BUG:", "Oops", "Call Trace:", "segfault", "error", "Error", "ERROR",
        "failed", "Failed", "FAILED", "fatal", "Fatal", "FATAL", "panic", "Out of memory", "Traceback",
    };
    static constexpr QByteArrayView warnings[] = {"WARNING", "Warning", "warning", "WARN", "[ TIME ]", "deprecated"};
    for (QByteArrayView token : errors) {
        if (raw.contains(token))
            return Kind::Error;
    }
    for (QByteArrayView token : warnings) {
        if (raw.contains(token))
            return Kind::Warning;
    }
    return Kind::None;
}

void LogTroubleScanner::setDocument(const LogDocument *document)
{
    if (m_document == document)
        return;
    stopWorker();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &LogDocument::documentReset, this, &LogTroubleScanner::onDocumentReset);
        connect(document, &LogDocument::linesPrepended, this, &LogTroubleScanner::restart);
        connect(document, &LogDocument::linesAppended, this, &LogTroubleScanner::onLinesAppended);
        connect(document, &LogDocument::indexingFinished, this, &LogTroubleScanner::onIndexingFinished);
    }
    restart();
}

bool LogTroubleScanner::isRunning() const
{
    return m_job != nullptr;
}

void LogTroubleScanner::stopWorker()
{
    if (!m_job)
        return;
    // The worker checks the flag after every line; waiting here is a matter of microseconds
    // and guarantees it no longer reads a document that may be about to go away.
    m_job->cancel = true;
    std::unique_lock lock(m_job->mutex);
    m_job->cv.wait(lock, [this] { return m_job->done; });
    lock.unlock();
    m_job.reset();
    ++m_generation; // drop batches still queued
}

void LogTroubleScanner::restart()
{
    stopWorker();
    ++m_generation;
    m_errors.clear();
    m_warnings.clear();
    m_scannedTo = 0;
    Q_EMIT changed();
    // Line numbers are stable only once the whole log is indexed (see LogDocument); before
    // that, indexingFinished() restarts us.
    if (m_document && m_document->isIndexComplete() && m_document->lineCount() > 0)
        startWorker(0);
}

void LogTroubleScanner::onDocumentReset()
{
    restart();
}

void LogTroubleScanner::onIndexingFinished()
{
    restart();
}

void LogTroubleScanner::dropFrom(qint64 line)
{
    const auto cut = [line](QList<qint64> &list) {
        const auto it = std::lower_bound(list.begin(), list.end(), line);
        list.erase(it, list.end());
    };
    cut(m_errors);
    cut(m_warnings);
}

void LogTroubleScanner::onLinesAppended(LineNumber first)
{
    if (!m_document || !m_document->isIndexComplete() || m_job)
        return; // a running worker reads up to the current end by itself
    const qint64 from = qMin(first.get(), m_scannedTo);
    const qint64 count = m_document->lineCount();
    dropFrom(from);
    if (count - from > SyncAppendLimit) {
        startWorker(from);
        return;
    }
    for (qint64 i = from; i < count; ++i) {
        switch (classify(m_document->rawLineHead(LineNumber(i), LogDocument::ClassifyBytes))) {
        case Kind::Error: m_errors.append(i); break;
        case Kind::Warning: m_warnings.append(i); break;
        case Kind::None: break;
        }
    }
    m_scannedTo = count;
    Q_EMIT changed();
}

void LogTroubleScanner::startWorker(qint64 from)
{
    auto job = std::make_shared<Job>();
    m_job = job;
    const quint64 generation = ++m_generation;
    const LogDocument *document = m_document;
    QPointer<LogTroubleScanner> self(this);
    QThreadPool::globalInstance()->start([job, document, generation, from, self] {
        QList<qint64> errors, warnings;
        qint64 line = from;
        qint64 batchStart = from;
        bool done = false;
        while (!job->cancel) {
            // Re-read the end each time: a followed log grows while we scan.
            if (line >= document->lineCount()) {
                done = true;
                break;
            }
            switch (classify(document->rawLineHead(LineNumber(line), LogDocument::ClassifyBytes))) {
            case Kind::Error: errors.append(line); break;
            case Kind::Warning: warnings.append(line); break;
            case Kind::None: break;
            }
            ++line;
            if (line - batchStart >= BatchLines) {
                // `self` cannot dangle here: the scanner waits for this job before it dies.
                QMetaObject::invokeMethod(self.data(), [self, generation, errors, warnings] {
                    if (self)
                        self->addBatch(generation, errors, warnings, -1);
                }, Qt::QueuedConnection);
                errors.clear();
                warnings.clear();
                batchStart = line;
            }
        }
        if (done) {
            QMetaObject::invokeMethod(self.data(), [self, generation, errors, warnings, line] {
                if (self)
                    self->addBatch(generation, errors, warnings, line);
            }, Qt::QueuedConnection);
        }
        std::lock_guard lock(job->mutex);
        job->done = true;
        job->cv.notify_all();
    });
}

void LogTroubleScanner::addBatch(quint64 generation, const QList<qint64> &errors, const QList<qint64> &warnings,
                                 qint64 doneAt)
{
    if (generation != m_generation)
        return;
    m_errors.append(errors);
    m_warnings.append(warnings);
    if (doneAt >= 0) {
        m_scannedTo = doneAt;
        m_job.reset(); // the worker has finished (it queued this call last)
        Q_EMIT changed();
        Q_EMIT finished();
        // Lines that arrived between the worker's last look and now.
        if (m_document && m_document->lineCount() > 0)
            onLinesAppended(LineNumber(m_document->lineCount() - 1));
        return;
    }
    Q_EMIT changed();
}

} // namespace vcv
