// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LiveBootReport.h"

#include "bootlog/LogDocument.h"
#include "bootlog/ThreadHandoff.h"
#include "platform/BackgroundThread.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace vcv {

struct LiveBootReport::Job
{
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false; // guarded by mutex
};

LiveBootReport::LiveBootReport(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveBootReport::startBuild);
}

LiveBootReport::~LiveBootReport()
{
    waitForBuild();
}

void LiveBootReport::setDocument(const LogDocument *document)
{
    if (m_document == document)
        return;
    waitForBuild();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &LogDocument::documentReset, this, &LiveBootReport::invalidate);
        connect(document, &LogDocument::linesPrepended, this, &LiveBootReport::invalidate);
        connect(document, &LogDocument::indexingFinished, this, [this] { schedule(true); });
        connect(document, &LogDocument::linesAppended, this, [this] { schedule(false); });
    }
    invalidate();
}

void LiveBootReport::setActive(bool active)
{
    m_active = active;
    if (!active)
        m_timer.stop();
    else if (m_outOfDate)
        schedule(true);
}

void LiveBootReport::setDelay(int ms)
{
    m_delay = ms;
}

int LiveBootReport::delay() const
{
    return m_delay;
}

void LiveBootReport::invalidate()
{
    // Line numbers changed: what is shown and what is being built are both of another document.
    ++m_generation;
    m_timer.stop();
    const bool hadResult = m_result != nullptr;
    m_result.reset();
    if (hadResult)
        Q_EMIT resultChanged();
    schedule(true);
}

void LiveBootReport::schedule(bool now)
{
    m_outOfDate = true;
    if (!m_active || !m_document || m_job)
        return; // when active again, or when the build under way is delivered
    if (now) {
        m_timer.start(0); // start(ms) sets the interval: each call gives its own
    } else if (!m_timer.isActive()) {
        // Not restarted by every append: a log that never stops growing still gets a build a
        // delay after its first new line.
        // A huge log (seconds a build: about 4 s per million lines of short boots here) is
        // built again no more often than every other build's time, so its worker stays below
        // half a core however fast the guest prints.
        m_timer.start(int(qMax<qint64>(m_delay, 2 * m_lastBuildMs)));
    }
}

void LiveBootReport::startBuild()
{
    if (!m_active || !m_document || m_job || !m_document->isIndexComplete())
        return; // an incomplete index: indexingFinished() schedules again
    m_outOfDate = false;
    auto job = std::make_shared<Job>();
    m_job = job;
    const quint64 generation = m_generation;
    const LogDocument *document = m_document;
    QPointer<LiveBootReport> self(this);
    startHandedOver(QThreadPool::globalInstance(), [job, document, generation, self] {
        lowerCurrentThreadPriority();
        QElapsedTimer clock;
        clock.start();
        auto result = std::make_shared<const Result>(build(*document));
        const qint64 took = clock.elapsed();
        // `self` cannot dangle while we run: it waits for this job before it dies or lets the
        // document go.
        QMetaObject::invokeMethod(self.data(), handedOver([self, job, generation, result, took] {
                                      if (self)
                                          self->deliver(job.get(), generation, result, took);
                                  }),
                                  Qt::QueuedConnection);
        std::lock_guard lock(job->mutex);
        job->done = true;
        job->cv.notify_all();
    });
    Q_EMIT buildStarted();
}

void LiveBootReport::waitForBuild()
{
    if (!m_job)
        return;
    std::unique_lock lock(m_job->mutex);
    m_job->cv.wait(lock, [this] { return m_job->done; });
    lock.unlock();
    m_job.reset();
    ++m_generation; // its delivery is still queued: drop it
    m_outOfDate = true;
}

void LiveBootReport::deliver(const Job *job, quint64 generation, const std::shared_ptr<const Result> &result,
                             qint64 took)
{
    if (m_job.get() != job)
        return; // waited for and dropped already (waitForBuild())
    m_job.reset();
    m_lastBuildMs = took;
    const bool stale = generation != m_generation; // the document was reset or replaced meanwhile
    if (!stale) {
        m_result = result;
        Q_EMIT resultChanged();
    }
    if (m_outOfDate)
        schedule(stale); // after a reset at once; lines that came while it was built, after the delay
}

LiveBootReport::Result LiveBootReport::build(const LogDocument &document)
{
    Result result;
    result.report = BootReport::build(document);
    // BootReport counts lines as --print-log prints them (markers left out, from 1); the pane
    // shows document lines. One pass over the line kinds maps every line the report names.
    QList<qint64> wanted;
    for (const BootReport::Boot &boot : std::as_const(result.report.boots)) {
        wanted.append(boot.firstLine);
        for (const BootReport::Milestone &m : boot.milestones)
            wanted.append(m.line);
        for (const BootReport::Problem &p : boot.problems)
            wanted.append(p.line);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    QList<qint64> documentLines(wanted.size(), -1);
    qsizetype next = 0;
    qint64 printed = 0;
    const qint64 count = document.lineCount();
    for (qint64 l = 0; l < count && next < wanted.size(); ++l) {
        if (document.lineKind(LineNumber(l)) != DecodedLine::Kind::Text)
            continue;
        ++printed;
        if (wanted.at(next) == printed)
            documentLines[next++] = l;
    }
    const auto lineOf = [&](qint64 printedLine) {
        const auto it = std::lower_bound(wanted.cbegin(), wanted.cend(), printedLine);
        const qint64 l = it != wanted.cend() && *it == printedLine ? documentLines.at(it - wanted.cbegin()) : -1;
        return l >= 0 ? LineNumber(l) : LineNumber();
    };
    for (const BootReport::Boot &boot : std::as_const(result.report.boots)) {
        const LineNumber first = lineOf(boot.firstLine);
        result.segments.append(first.isValid() ? document.segmentOf(first) : -1);
        QList<LineNumber> lines;
        for (const BootReport::Milestone &m : boot.milestones)
            lines.append(lineOf(m.line));
        result.milestoneLines.append(lines);
        QList<LineNumber> problems;
        for (const BootReport::Problem &p : boot.problems)
            problems.append(lineOf(p.line));
        result.problemLines.append(problems);
    }
    return result;
}

} // namespace vcv
