// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogLineScanner.h"

#include "bootlog/LogDocument.h"
#include "bootlog/ThreadHandoff.h"

#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace vcv {

namespace {
// Appends of at most this many lines are classified in the GUI thread right away.
constexpr qint64 SyncAppendLimit = 500;
// The worker hands results over after this many lines.
constexpr qint64 BatchLines = 65536;
} // namespace

struct LogLineScanner::Job
{
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false; // guarded by mutex
};

LogLineScanner::LogLineScanner(Classify classify, QObject *parent)
    : QObject(parent)
    , m_classify(classify)
{
}

LogLineScanner::~LogLineScanner()
{
    // The worker calls only m_classify, a plain function, never the subclass (gone by now).
    stopWorker();
}

void LogLineScanner::setDocument(const LogDocument *document)
{
    if (m_document == document)
        return;
    stopWorker();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &LogDocument::documentReset, this, &LogLineScanner::restart);
        connect(document, &LogDocument::linesPrepended, this, &LogLineScanner::restart);
        connect(document, &LogDocument::linesAppended, this, &LogLineScanner::onLinesAppended);
        connect(document, &LogDocument::indexingFinished, this, &LogLineScanner::restart);
    }
    restart();
}

const LogDocument *LogLineScanner::document() const
{
    return m_document;
}

bool LogLineScanner::isRunning() const
{
    return m_job != nullptr;
}

void LogLineScanner::stopWorker()
{
    if (!m_job)
        return;
    // The worker checks the flag after every line: waiting is a matter of microseconds and
    // guarantees it no longer reads a document that may be about to go away.
    m_job->cancel = true;
    std::unique_lock lock(m_job->mutex);
    m_job->cv.wait(lock, [this] { return m_job->done; });
    lock.unlock();
    m_job.reset();
    ++m_generation; // drop batches still queued
}

void LogLineScanner::restart()
{
    stopWorker();
    ++m_generation;
    clearHits();
    m_scannedTo = 0;
    m_grownWhileRunning = LineNumber();
    Q_EMIT changed();
    // Line numbers are stable only once the whole log is indexed (see LogDocument); before
    // that, indexingFinished() restarts us.
    if (m_document && m_document->isIndexComplete() && m_document->lineCount() > 0)
        startWorker(0);
}

void LogLineScanner::onLinesAppended(LineNumber first)
{
    if (m_job) {
        // A running worker reads up to the current end by itself, but a line it has read may
        // have grown since: addBatch() starts its catch-up there.
        if (!m_grownWhileRunning.isValid() || first < m_grownWhileRunning)
            m_grownWhileRunning = first;
        return;
    }
    if (!m_document || !m_document->isIndexComplete())
        return;
    const qint64 from = qMin(first.get(), m_scannedTo);
    const qint64 count = m_document->lineCount();
    dropHitsFrom(from);
    if (count - from > SyncAppendLimit) {
        startWorker(from);
        return;
    }
    QList<Hit> hits;
    for (qint64 i = from; i < count; ++i) {
        if (const int kind = m_classify(*m_document, i))
            hits.append(Hit{i, kind});
    }
    addHits(hits);
    m_scannedTo = count;
    Q_EMIT changed();
}

void LogLineScanner::startWorker(qint64 from)
{
    auto job = std::make_shared<Job>();
    m_job = job;
    const quint64 generation = ++m_generation;
    const LogDocument *document = m_document;
    const Classify classify = m_classify;
    QPointer<LogLineScanner> self(this);
    startHandedOver(QThreadPool::globalInstance(), [job, document, classify, generation, from, self] {
        QList<Hit> hits;
        qint64 line = from;
        qint64 batchStart = from;
        bool done = false;
        while (!job->cancel) {
            // Re-read the end each time: a followed log grows while we scan.
            if (line >= document->lineCount()) {
                done = true;
                break;
            }
            if (const int kind = classify(*document, line))
                hits.append(Hit{line, kind});
            ++line;
            if (line - batchStart >= BatchLines) {
                // `self` cannot dangle here: the scanner waits for this job before it dies.
                QMetaObject::invokeMethod(self.data(), handedOver([self, generation, hits] {
                                              if (self)
                                                  self->addBatch(generation, hits, -1);
                                          }),
                                          Qt::QueuedConnection);
                hits.clear();
                batchStart = line;
            }
        }
        if (done) {
            QMetaObject::invokeMethod(self.data(), handedOver([self, generation, hits, line] {
                                          if (self)
                                              self->addBatch(generation, hits, line);
                                      }),
                                      Qt::QueuedConnection);
        }
        std::lock_guard lock(job->mutex);
        job->done = true;
        job->cv.notify_all();
    });
}

void LogLineScanner::addBatch(quint64 generation, const QList<Hit> &hits, qint64 doneAt)
{
    if (generation != m_generation)
        return;
    addHits(hits);
    if (doneAt >= 0) {
        m_scannedTo = doneAt;
        m_job.reset(); // the worker has finished (it queued this call last)
        Q_EMIT changed();
        Q_EMIT finished();
        // Lines that arrived between the worker's last look and now, and lines that grew
        // while it ran.
        const LineNumber grown = m_grownWhileRunning;
        m_grownWhileRunning = LineNumber();
        if (m_document && m_document->lineCount() > 0) {
            const LineNumber last(m_document->lineCount() - 1);
            onLinesAppended(grown.isValid() ? qMin(grown, last) : last);
        }
        return;
    }
    Q_EMIT changed();
}

} // namespace vcv
