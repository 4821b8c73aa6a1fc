// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vcv {

class LogDocument;

/// Finds the lines of a LogDocument that report errors or warnings, for the overview ruler.
///
/// What counts as trouble is what the "Boot Log" highlighting definition
/// (resources/syntax/bootlog.xml) colours as such: its keyword lists errorWords and
/// warningWords are compiled in from the definition when the build is configured (whole words,
/// case-insensitive, delimited as KSyntaxHighlighting delimits them), and the few phrases its
/// rules colour as errors or warnings (markers(), e.g. "[FAILED]", "Call Trace:") are tested
/// against the definition (tst_logview_trouble).
///
/// The whole log is scanned in a QThreadPool worker (raw bytes, a pass over each line's head,
/// no decoding), so opening a log of millions of lines never blocks the GUI thread;
/// results arrive in batches (changed()). Appended lines are classified as they come (in the
/// GUI thread when few, else by a worker). A reset or prepended lines restart the scan.
///
/// Thread: lives in the GUI thread; its worker only calls the document's thread-safe const
/// readers. The document must outlive the scanner or be unset first (setDocument(nullptr) waits
/// for the worker to stop).
class LogTroubleScanner : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Warning, Error };

    explicit LogTroubleScanner(QObject *parent = nullptr);
    ~LogTroubleScanner() override;

    void setDocument(const LogDocument *document);

    /// Lines with errors / warnings found so far, sorted ascending.
    const QList<qint64> &errorLines() const { return m_errors; }
    const QList<qint64> &warningLines() const { return m_warnings; }
    bool isRunning() const;

    /// What a raw line reports. Escape sequences in it separate words, as the highlighting
    /// sees the line with them stripped.
    static Kind classify(QByteArrayView raw);
    /// The definition's keyword lists, lower case, as compiled in.
    static QList<QByteArrayView> errorWords();
    static QList<QByteArrayView> warningWords();
    /// Phrases (case-sensitive, anywhere in a line) that the definition's rules colour as
    /// errors (@p kind Error) or warnings.
    static QList<QByteArrayView> markers(Kind kind);

Q_SIGNALS:
    /// New results (batched).
    void changed();
    /// The full scan reached the end of the document.
    void finished();

private:
    struct Job;
    void restart();
    void startWorker(qint64 from);
    void stopWorker();
    void onDocumentReset();
    void onLinesAppended(LineNumber first);
    void onIndexingFinished();
    /// A worker's results; @p doneAt >= 0: the scan is complete up to that line.
    void addBatch(quint64 generation, const QList<qint64> &errors, const QList<qint64> &warnings, qint64 doneAt);
    void dropFrom(qint64 line);

    QPointer<const LogDocument> m_document;
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0;
    qint64 m_scannedTo = 0; // lines [0, m_scannedTo) are classified (when no worker runs)
    QList<qint64> m_errors;
    QList<qint64> m_warnings;
};

} // namespace vcv
