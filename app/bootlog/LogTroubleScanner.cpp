// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogTroubleScanner.h"

#include "bootlog/LogDocument.h"
#include "bootlog/ThreadHandoff.h"
#include "bootlog/TroubleWords.h"

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

// What the definition's rules (not its keyword lists) colour as errors: systemd's status, the
// kernel's and Python's reports. tst_logview_trouble checks each against the definition.
constexpr QByteArrayView errorMarkers[] = {"[FAILED]",    "Kernel panic", "BUG:",          "Oops",
                                           "Call Trace:", "segfault",     "Out of memory", "Traceback"};
constexpr QByteArrayView warningMarkers[] = {"[ TIME ]", "[ WARN ]", "[DEPEND]", "WARNING:"};

// KSyntaxHighlighting's default word delimiters, without '-' (the definition's weakDeliminator:
// "error-free" is one word, not the keyword "error").
constexpr QByteArrayView delimiters = " \t.():!+,<=>%&*/;?[]^{|}~\\";

bool isDelimiter(char c)
{
    return uchar(c) < 0x20 || uchar(c) == 0x7f || delimiters.contains(c);
}

// Skips the escape sequence at raw[i] (an ESC): a CSI's parameters and final byte, or the one
// byte after ESC. Returns the index after it.
qsizetype skipEscape(QByteArrayView raw, qsizetype i)
{
    ++i;
    if (i < raw.size() && raw[i] == '[') {
        ++i;
        while (i < raw.size() && uchar(raw[i]) >= 0x20 && uchar(raw[i]) <= 0x3f)
            ++i;
        if (i < raw.size() && uchar(raw[i]) >= 0x40 && uchar(raw[i]) <= 0x7e)
            ++i;
    } else if (i < raw.size()) {
        ++i;
    }
    return i;
}

template<qsizetype N>
bool isListed(QByteArrayView word, const QByteArrayView (&list)[N])
{
    for (QByteArrayView listed : list) {
        if (word.size() == listed.size() && word.compare(listed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

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
    for (QByteArrayView marker : errorMarkers) {
        if (raw.contains(marker))
            return Kind::Error;
    }
    Kind kind = Kind::None;
    for (QByteArrayView marker : warningMarkers) {
        if (raw.contains(marker))
            kind = Kind::Warning;
    }
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw[i] == '\x1b') {
            i = skipEscape(raw, i);
            continue;
        }
        if (isDelimiter(raw[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < raw.size() && raw[end] != '\x1b' && !isDelimiter(raw[end]))
            ++end;
        const QByteArrayView word = raw.sliced(i, end - i);
        if (isListed(word, troublewords::errorWords))
            return Kind::Error;
        if (kind == Kind::None && isListed(word, troublewords::warningWords))
            kind = Kind::Warning;
        i = end;
    }
    return kind;
}

QList<QByteArrayView> LogTroubleScanner::errorWords()
{
    return QList<QByteArrayView>(std::begin(troublewords::errorWords), std::end(troublewords::errorWords));
}

QList<QByteArrayView> LogTroubleScanner::warningWords()
{
    return QList<QByteArrayView>(std::begin(troublewords::warningWords), std::end(troublewords::warningWords));
}

QList<QByteArrayView> LogTroubleScanner::markers(Kind kind)
{
    switch (kind) {
    case Kind::Error: return QList<QByteArrayView>(std::begin(errorMarkers), std::end(errorMarkers));
    case Kind::Warning: return QList<QByteArrayView>(std::begin(warningMarkers), std::end(warningMarkers));
    case Kind::None: break;
    }
    return {};
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
    startHandedOver(QThreadPool::globalInstance(), [job, document, generation, from, self] {
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
                QMetaObject::invokeMethod(self.data(), handedOver([self, generation, errors, warnings] {
                                              if (self)
                                                  self->addBatch(generation, errors, warnings, -1);
                                          }),
                                          Qt::QueuedConnection);
                errors.clear();
                warnings.clear();
                batchStart = line;
            }
        }
        if (done) {
            QMetaObject::invokeMethod(self.data(), handedOver([self, generation, errors, warnings, line] {
                                          if (self)
                                              self->addBatch(generation, errors, warnings, line);
                                      }),
                                      Qt::QueuedConnection);
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
