// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "BootAlertWatch.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogBootEndScanner.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"

namespace vcv {

namespace {
// How far back from the end a stall looks for a line with text to show.
constexpr qint64 kLastTextLookBack = 20;
} // namespace

BootAlertWatch::BootAlertWatch(QObject *parent)
    : QObject(parent)
    , m_ends(new LogBootEndScanner(this))
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &BootAlertWatch::checkStall);
}

BootAlertWatch::~BootAlertWatch()
{
    m_ends->setDocument(nullptr); // its worker reads the document: stopped before anything else goes
}

bool BootAlertWatch::alerts(BootProblemKind kind)
{
    return kind == BootProblemKind::KernelPanic || kind == BootProblemKind::Oops ||
        kind == BootProblemKind::EmergencyMode;
}

void BootAlertWatch::setSources(const LogDocument *document, const LogProblemScanner *problems)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_problems)
        disconnect(m_problems, nullptr, this, nullptr);
    m_ends->setDocument(document);
    m_document = document;
    m_problems = problems;
    if (document)
        connect(document, &LogDocument::documentReset, this, &BootAlertWatch::onDocumentReset);
    if (problems)
        connect(problems, &LogProblemScanner::changed, this, &BootAlertWatch::onProblemsChanged);
    onDocumentReset();
}

void BootAlertWatch::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        m_stallTimer.stop();
}

void BootAlertWatch::setStallSeconds(int seconds)
{
    m_stallSeconds = qMax(0, seconds);
    if (m_stallSeconds == 0)
        m_stallTimer.stop();
}

void BootAlertWatch::consoleDetached()
{
    m_stallTimer.stop();
}

void BootAlertWatch::consoleOutput()
{
    if (m_enabled && m_stallSeconds > 0)
        m_stallTimer.start(m_stallSeconds * 1000);
}

void BootAlertWatch::onDocumentReset()
{
    // Opened (or closed): everything it holds now was there before the watch saw it arrive.
    m_unseenFrom = ByteOffset(m_document ? m_document->byteSize() : 0);
    m_lastProblem = {};
    m_stallTimer.stop();
}

void BootAlertWatch::onProblemsChanged()
{
    if (!m_document || !m_problems)
        return;
    // The problems are sorted by line; those not looked at yet are at the end (a rescan lists
    // the earlier ones again, at lower offsets).
    const QList<LogProblemScanner::Problem> &problems = m_problems->problems();
    qsizetype first = problems.size();
    while (first > 0 && m_document->lineOffset(problems.at(first - 1).line) >= m_unseenFrom)
        --first;
    for (qsizetype i = first; i < problems.size(); ++i) {
        const LogProblemScanner::Problem &problem = problems.at(i);
        const ByteOffset at = m_document->lineOffset(problem.line);
        m_unseenFrom = at + 1;
        if (!m_enabled || !alerts(problem.kind))
            continue;
        m_lastProblem = at;
        Q_EMIT problemArrived(problem.kind, at, textOf(problem.line));
    }
}

bool BootAlertWatch::isBootInProgress() const
{
    if (!m_document)
        return false;
    const QList<BootSegment> segments = m_document->bootSegments();
    if (segments.isEmpty() || !segments.last().seenAt.isValid())
        return false;
    return !m_ends->hasEndFrom(segments.last().firstLine);
}

void BootAlertWatch::checkStall()
{
    if (!m_enabled || m_stallSeconds <= 0 || !m_document)
        return;
    if (m_ends->isRunning()) { // prepended history: the ends are being found again
        m_stallTimer.start(kRescanRetryMs);
        return;
    }
    if (!isBootInProgress())
        return;
    const LineNumber bootStart = m_document->bootSegments().last().firstLine;
    if (m_lastProblem.isValid() && m_lastProblem >= m_document->lineOffset(bootStart))
        return;
    const qint64 count = m_document->lineCount();
    LineNumber last(count - 1);
    for (qint64 i = count - 1; i >= qMax<qint64>(bootStart.get(), count - kLastTextLookBack); --i) {
        if (!textOf(LineNumber(i)).trimmed().isEmpty()) {
            last = LineNumber(i);
            break;
        }
    }
    Q_EMIT bootStalled(m_stallSeconds, m_document->lineOffset(last), textOf(last));
}

QString BootAlertWatch::textOf(LineNumber line) const
{
    const DecodedLine::Kind kind = m_document->lineKind(line);
    if (kind != DecodedLine::Kind::Text)
        return LogDocument::markerText(kind);
    // A UTF-8 character takes at most 4 bytes: enough bytes for kTextLength characters.
    return LineDecoder::decodeText(m_document->rawLineHead(line, kTextLength * 4)).left(kTextLength);
}

} // namespace vcv
