// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogProblemScanner.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"
#include "bootlog/ThreadHandoff.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace vcv {

namespace {
// Appends of at most this many lines are classified in the GUI thread right away.
constexpr qint64 SyncAppendLimit = 500;
// The worker hands results over after this many lines.
constexpr qint64 BatchLines = 65536;

std::optional<LogProblemScanner::Problem> problemAt(const LogDocument &document, qint64 line)
{
    const LineNumber number(line);
    if (document.lineKind(number) != DecodedLine::Kind::Text)
        return std::nullopt;
    const auto kind = LogProblemScanner::classify(document.rawLineHead(number, LogDocument::ClassifyBytes));
    if (!kind)
        return std::nullopt;
    return LogProblemScanner::Problem{number, *kind};
}

} // namespace

struct LogProblemScanner::Job
{
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false; // guarded by mutex
};

LogProblemScanner::LogProblemScanner(QObject *parent)
    : QObject(parent)
{
}

LogProblemScanner::~LogProblemScanner()
{
    stopWorker();
}

std::optional<BootProblemKind> LogProblemScanner::classify(QByteArrayView raw)
{
    if (!BootLineClassifier::mayMatter(raw))
        return std::nullopt;
    return BootLineClassifier::problem(LineDecoder::decodeText(raw));
}

QList<LogProblemScanner::Problem> LogProblemScanner::problemsIn(LineNumber first, LineNumber end) const
{
    const auto byLine = [](const Problem &p, LineNumber line) { return p.line < line; };
    const auto from = std::lower_bound(m_problems.begin(), m_problems.end(), first, byLine);
    const auto to = end.isValid() ? std::lower_bound(from, m_problems.end(), end, byLine) : m_problems.end();
    return QList<Problem>(from, to);
}

void LogProblemScanner::setDocument(const LogDocument *document)
{
    if (m_document == document)
        return;
    stopWorker();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &LogDocument::documentReset, this, &LogProblemScanner::restart);
        connect(document, &LogDocument::linesPrepended, this, &LogProblemScanner::restart);
        connect(document, &LogDocument::linesAppended, this, &LogProblemScanner::onLinesAppended);
        connect(document, &LogDocument::indexingFinished, this, &LogProblemScanner::restart);
    }
    restart();
}

const LogDocument *LogProblemScanner::document() const
{
    return m_document;
}

bool LogProblemScanner::isRunning() const
{
    return m_job != nullptr;
}

void LogProblemScanner::stopWorker()
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

void LogProblemScanner::restart()
{
    stopWorker();
    ++m_generation;
    m_problems.clear();
    m_scannedTo = 0;
    Q_EMIT changed();
    // Line numbers are stable only once the whole log is indexed (see LogDocument); before
    // that, indexingFinished() restarts us.
    if (m_document && m_document->isIndexComplete() && m_document->lineCount() > 0)
        startWorker(0);
}

void LogProblemScanner::dropFrom(qint64 line)
{
    const auto it = std::lower_bound(m_problems.begin(), m_problems.end(), line,
                                     [](const Problem &p, qint64 l) { return p.line.get() < l; });
    m_problems.erase(it, m_problems.end());
}

void LogProblemScanner::onLinesAppended(LineNumber first)
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
        if (const auto problem = problemAt(*m_document, i))
            m_problems.append(*problem);
    }
    m_scannedTo = count;
    Q_EMIT changed();
}

void LogProblemScanner::startWorker(qint64 from)
{
    auto job = std::make_shared<Job>();
    m_job = job;
    const quint64 generation = ++m_generation;
    const LogDocument *document = m_document;
    QPointer<LogProblemScanner> self(this);
    startHandedOver(QThreadPool::globalInstance(), [job, document, generation, from, self] {
        QList<Problem> found;
        qint64 line = from;
        qint64 batchStart = from;
        bool done = false;
        while (!job->cancel) {
            // Re-read the end each time: a followed log grows while we scan.
            if (line >= document->lineCount()) {
                done = true;
                break;
            }
            if (const auto problem = problemAt(*document, line))
                found.append(*problem);
            ++line;
            if (line - batchStart >= BatchLines) {
                // `self` cannot dangle here: the scanner waits for this job before it dies.
                QMetaObject::invokeMethod(self.data(), handedOver([self, generation, found] {
                                              if (self)
                                                  self->addBatch(generation, found, -1);
                                          }),
                                          Qt::QueuedConnection);
                found.clear();
                batchStart = line;
            }
        }
        if (done) {
            QMetaObject::invokeMethod(self.data(), handedOver([self, generation, found, line] {
                                          if (self)
                                              self->addBatch(generation, found, line);
                                      }),
                                      Qt::QueuedConnection);
        }
        std::lock_guard lock(job->mutex);
        job->done = true;
        job->cv.notify_all();
    });
}

void LogProblemScanner::addBatch(quint64 generation, const QList<Problem> &found, qint64 doneAt)
{
    if (generation != m_generation)
        return;
    m_problems.append(found);
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
