// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootReport.h"
#include "bootlog/LineTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace vcv {

class LogDocument;

/// BootReport::build() of a live LogDocument, for the log pane's Timeline: built in a
/// QThreadPool worker, only while active (the panel is shown), again at most once per delay()
/// while the followed log grows, and at once when the document is reset, gets its history in
/// front or finishes indexing (BootReport needs a complete index: nothing is built before).
///
/// A result is delivered by resultChanged() only if the document has not been reset or replaced
/// since its build started (a stale one is dropped); a reset clears the result at once.
///
/// Thread: lives in the GUI thread. The document must outlive it or be unset first:
/// setDocument(nullptr) and the destructor wait for a build under way, so it never reads a
/// document that is gone. BootReport::build() cannot be interrupted: that wait is up to one
/// build, about 4.4 s per million lines on this machine for a log of short boots (a boot every
/// 55 lines; 0.4 s for 100,000). While the log grows, builds come at most every delay() or
/// every twice the last build's time, whichever is longer.
class LiveBootReport : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        BootReport report;
        /// For each boot of the report: its index in LogDocument::bootSegments().
        QList<qsizetype> segments;
        /// For each boot of the report, for each milestone: its 0-based document line (the report
        /// counts lines as --print-log prints them, without the document's marker lines).
        QList<QList<LineNumber>> milestoneLines;
        /// For each boot of the report, for each problem: its 0-based document line.
        QList<QList<LineNumber>> problemLines;
    };

    explicit LiveBootReport(QObject *parent = nullptr);
    ~LiveBootReport() override;

    void setDocument(const LogDocument *document);
    /// Builds only while active; becoming active builds if the result is missing or out of date.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// The least time between two builds while the log grows, in ms (default 1000); twice the
    /// last build's time when that is longer.
    void setDelay(int ms);
    int delay() const;

    /// The last result delivered; null before the first one, and after a reset until the next.
    const Result *result() const { return m_result.get(); }
    /// A build is under way.
    bool isBuilding() const { return m_job != nullptr; }

    /// Builds @p document's report and maps its lines to the document's (what the worker runs).
    /// Any thread that may read the document; its index must be complete.
    static Result build(const LogDocument &document);

Q_SIGNALS:
    /// result() changed: a new build delivered, or cleared by a reset.
    void resultChanged();
    /// A build went to the worker (isBuilding() is true until it is delivered or dropped).
    void buildStarted();

private:
    struct Job;
    void invalidate();
    void schedule(bool now);
    void startBuild();
    void waitForBuild();
    void deliver(const Job *job, quint64 generation, const std::shared_ptr<const Result> &result, qint64 took);

    QPointer<const LogDocument> m_document;
    QTimer m_timer;
    std::shared_ptr<Job> m_job; // the build under way
    std::shared_ptr<const Result> m_result;
    quint64 m_generation = 0; // bumped by every reset: results of older builds are stale
    int m_delay = 1000;
    qint64 m_lastBuildMs = 0; // how long the last build delivered took
    bool m_active = false;
    bool m_outOfDate = true; // the document changed since the last build started
};

} // namespace vcv
