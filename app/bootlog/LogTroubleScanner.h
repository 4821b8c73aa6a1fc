// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LogLineScanner.h"

#include <QByteArrayView>
#include <QList>

namespace vcv {

/// Finds the lines of a LogDocument that report errors or warnings, for the overview ruler.
///
/// What counts as trouble is what the "Boot Log" highlighting definition
/// (resources/syntax/bootlog.xml) colours as such: its keyword lists errorWords and
/// warningWords are compiled in from the definition when the build is configured (whole words,
/// case-insensitive, delimited as KSyntaxHighlighting delimits them), and the few phrases its
/// rules colour as errors or warnings (markers(), e.g. "[FAILED]", "Call Trace:") are tested
/// against the definition (tst_logview_trouble).
///
/// The whole log is scanned in a worker (LogLineScanner: a reset, prepended lines or the end of
/// indexing restart it, appended lines are classified as they come), raw bytes, a pass over
/// each line's head, no decoding.
///
/// Thread: lives in the GUI thread. The document must outlive the scanner or be unset first
/// (setDocument(nullptr) waits for the worker to stop).
class LogTroubleScanner : public LogLineScanner
{
    Q_OBJECT
public:
    enum class Kind { None, Warning, Error };

    explicit LogTroubleScanner(QObject *parent = nullptr);
    ~LogTroubleScanner() override;

    /// Lines with errors / warnings found so far, sorted ascending.
    const QList<qint64> &errorLines() const { return m_errors; }
    const QList<qint64> &warningLines() const { return m_warnings; }

    /// What a raw line reports. Escape sequences in it separate words, as the highlighting
    /// sees the line with them stripped.
    static Kind classify(QByteArrayView raw);
    /// The definition's keyword lists, lower case, as compiled in.
    static QList<QByteArrayView> errorWords();
    static QList<QByteArrayView> warningWords();
    /// Phrases (case-sensitive, anywhere in a line) that the definition's rules colour as
    /// errors (@p kind Error) or warnings.
    static QList<QByteArrayView> markers(Kind kind);

private:
    void addHits(const QList<Hit> &hits) override;
    void dropHitsFrom(qint64 line) override;
    void clearHits() override;

    QList<qint64> m_errors;
    QList<qint64> m_warnings;
};

} // namespace vcv
