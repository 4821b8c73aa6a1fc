// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vcv {

class LogDocument;

/// Finds the lines of a LogDocument that report a boot problem (BootLineClassifier::problem():
/// a kernel panic, an Oops, a failed unit, …), for the log pane's Problems list, its
/// "problems only" filter and the boot list's counts.
///
/// Works as LogTroubleScanner does: the whole log is scanned in a QThreadPool worker (each
/// line's head, BootLineClassifier::mayMatter() first, so only candidate lines are decoded),
/// results arrive in batches (changed()); appended lines are classified as they come (in the
/// GUI thread when few, else by a worker). A reset, prepended history or the end of indexing
/// restart the scan. Marker lines (LogDocument::lineKind() not Text) are never problems.
///
/// Thread: lives in the GUI thread; its worker only calls the document's thread-safe const
/// readers. The document must outlive the scanner or be unset first (setDocument(nullptr) waits
/// for the worker to stop).
class LogProblemScanner : public QObject
{
    Q_OBJECT
public:
    struct Problem
    {
        LineNumber line;
        BootProblemKind kind = BootProblemKind::KernelPanic;
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    explicit LogProblemScanner(QObject *parent = nullptr);
    ~LogProblemScanner() override;

    void setDocument(const LogDocument *document);
    const LogDocument *document() const;

    /// The problems found so far, sorted by line (one per line).
    const QList<Problem> &problems() const { return m_problems; }
    /// The problems of lines [first, end) (an invalid @p end: to the end), sorted by line.
    QList<Problem> problemsIn(LineNumber first, LineNumber end) const;
    bool isRunning() const;

    /// The problem a raw line (as LogDocument::rawLineHead() gives it) reports, if any.
    static std::optional<BootProblemKind> classify(QByteArrayView raw);

Q_SIGNALS:
    /// New results (batched), or the list was cleared for a rescan.
    void changed();
    /// The full scan reached the end of the document.
    void finished();

private:
    struct Job;
    void restart();
    void startWorker(qint64 from);
    void stopWorker();
    void onLinesAppended(LineNumber first);
    /// A worker's results; @p doneAt >= 0: the scan is complete up to that line.
    void addBatch(quint64 generation, const QList<Problem> &found, qint64 doneAt);
    void dropFrom(qint64 line);

    QPointer<const LogDocument> m_document;
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0;
    qint64 m_scannedTo = 0; // lines [0, m_scannedTo) are classified (when no worker runs)
    QList<Problem> m_problems;
};

} // namespace vcv
