// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineTypes.h"
#include "bootlog/LogLineScanner.h"

#include <QList>

#include <optional>

namespace vcv {

/// Finds the lines of a LogDocument that report a boot problem (BootLineClassifier::problem():
/// a kernel panic, an Oops, a failed unit, …), for the log pane's Problems list, its
/// "problems only" filter and the boot list's counts.
///
/// The whole log is scanned in a worker as LogTroubleScanner's is (LogLineScanner: a reset,
/// prepended history or the end of indexing restart it, appended lines are classified as they
/// come), each line's head, BootLineClassifier::mayMatter() first, so only candidate lines are
/// decoded. Marker lines (LogDocument::lineKind() not Text) are never problems.
///
/// Thread: lives in the GUI thread. The document must outlive the scanner or be unset first
/// (setDocument(nullptr) waits for the worker to stop).
class LogProblemScanner : public LogLineScanner
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

    /// The problems found so far, sorted by line (one per line).
    const QList<Problem> &problems() const { return m_problems; }
    /// The problems of lines [first, end) (an invalid @p end: to the end), sorted by line.
    QList<Problem> problemsIn(LineNumber first, LineNumber end) const;

    /// The problem a raw line (as LogDocument::rawLineHead() gives it) reports, if any.
    static std::optional<BootProblemKind> classify(QByteArrayView raw);

private:
    void addHits(const QList<Hit> &hits) override;
    void dropHitsFrom(qint64 line) override;
    void clearHits() override;

    QList<Problem> m_problems;
};

} // namespace vcv
