// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vcv {

class LogDocument;

/// The machinery LogTroubleScanner and LogProblemScanner share: classifies every line of a
/// LogDocument, one by one, and keeps the lines that matter.
///
/// The whole log is scanned in a QThreadPool worker, so opening a log of millions of lines never
/// blocks the GUI thread; results arrive in batches (changed()). Appended lines are classified
/// as they come (in the GUI thread when few, else by a worker). A reset, prepended lines or the
/// end of indexing restart the scan (line numbers are stable only once the log is indexed).
///
/// A subclass gives the classification (a plain function, as the worker calls it: it must only
/// use the document's thread-safe const readers) and keeps its results from the hits it is
/// given (addHits(), dropHitsFrom(), clearHits(), all in the GUI thread).
///
/// Thread: lives in the GUI thread. The document must outlive the scanner or be unset first
/// (setDocument(nullptr) waits for the worker to stop).
class LogLineScanner : public QObject
{
    Q_OBJECT
public:
    /// A line that matters: what the classification said of it (never 0).
    struct Hit
    {
        qint64 line = 0;
        int kind = 0;
    };
    /// What line @p line of @p document reports; 0: nothing. Called in the worker thread.
    using Classify = int (*)(const LogDocument &document, qint64 line);

    ~LogLineScanner() override;

    void setDocument(const LogDocument *document);
    const LogDocument *document() const;
    bool isRunning() const;

Q_SIGNALS:
    /// New results (batched), or the results were cleared for a rescan.
    void changed();
    /// The full scan reached the end of the document.
    void finished();

protected:
    explicit LogLineScanner(Classify classify, QObject *parent = nullptr);

    /// Hits after those given so far (sorted by line, above all earlier ones).
    virtual void addHits(const QList<Hit> &hits) = 0;
    /// Forget the hits of lines >= @p line (they will be classified again).
    virtual void dropHitsFrom(qint64 line) = 0;
    /// Forget all hits (a rescan starts).
    virtual void clearHits() = 0;

private:
    struct Job;
    void restart();
    void startWorker(qint64 from);
    void stopWorker();
    void onLinesAppended(LineNumber first);
    /// A worker's results; @p doneAt >= 0: the scan is complete up to that line.
    void addBatch(quint64 generation, const QList<Hit> &hits, qint64 doneAt);

    const Classify m_classify;
    QPointer<const LogDocument> m_document;
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0;
    qint64 m_scannedTo = 0; // lines [0, m_scannedTo) are classified (when no worker runs)
    // The first line that grew while a worker ran: the worker may have classified it before it
    // was complete, so the catch-up after the worker starts there.
    LineNumber m_grownWhileRunning;
};

} // namespace vcv
