// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/BootListModel.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "widgets/LogProblemsModel.h"

#include <QLocale>
#include <QMap>

#include <utility>

using namespace Qt::StringLiterals;

namespace vcv {

BootListModel::BootListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BootListModel::setDocument(const LogDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_segments = document ? document->bootSegments() : QList<BootSegment>();
    m_problemCounts = countProblems();
    endResetModel();
    if (document) {
        connect(document, &LogDocument::bootSegmentsChanged, this, &BootListModel::refresh);
        connect(document, &LogDocument::documentReset, this, &BootListModel::refresh);
        connect(document, &LogDocument::linesPrepended, this, &BootListModel::onLinesPrepended);
    }
}

void BootListModel::onLinesPrepended(qint64 count)
{
    // The document's segments count the lines put in front already.
    const QList<BootSegment> now = m_document ? m_document->bootSegments() : QList<BootSegment>();
    if (now == m_segments)
        return;
    m_linesMovedByReset = count;
    beginResetModel();
    m_segments = now;
    m_problemCounts = countProblems();
    endResetModel();
    m_linesMovedByReset = -1;
}

void BootListModel::refresh()
{
    const QList<BootSegment> now = m_document ? m_document->bootSegments() : QList<BootSegment>();
    if (now == m_segments)
        return;
    // The common case while following: the known boots are unchanged and new ones follow.
    const bool appended =
        now.size() > m_segments.size() && std::equal(m_segments.begin(), m_segments.end(), now.begin());
    if (appended) {
        beginInsertRows({}, int(m_segments.size()), int(now.size()) - 1);
        m_segments = now;
        m_problemCounts = countProblems();
        endInsertRows();
        // The boot that was last ended where the new one begins: its count may be less now.
        updateProblemCounts();
        return;
    }
    beginResetModel();
    m_segments = now;
    m_problemCounts = countProblems();
    endResetModel();
}

void BootListModel::setProblemScanner(const LogProblemScanner *scanner)
{
    if (m_problemScanner)
        disconnect(m_problemScanner, nullptr, this, nullptr);
    m_problemScanner = scanner;
    if (scanner)
        connect(scanner, &LogProblemScanner::changed, this, &BootListModel::updateProblemCounts);
    updateProblemCounts();
}

QList<int> BootListModel::countProblems() const
{
    QList<int> counts(m_segments.size(), 0);
    if (!m_problemScanner)
        return counts;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const LineNumber end = i + 1 < m_segments.size() ? m_segments.at(i + 1).firstLine : LineNumber();
        counts[i] = int(m_problemScanner->problemsIn(m_segments.at(i).firstLine, end).size());
    }
    return counts;
}

void BootListModel::updateProblemCounts()
{
    const QList<int> now = countProblems();
    const QList<int> before = std::exchange(m_problemCounts, now);
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (i >= before.size() || before.at(i) != now.at(i))
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0),
                               {Qt::DisplayRole, Qt::ToolTipRole, ProblemCountRole});
    }
}

int BootListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

QVariant BootListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BootSegment &segment = m_segments.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        // Two short lines, so the list can stay narrow beside the log.
        const QString where = tr("line %1").arg(locale.toString(segment.firstLine.get() + 1));
        const QString first = segment.seenAt.isValid()
            ? tr("Boot %1 · %2 · %3")
                  .arg(index.row() + 1)
                  .arg(locale.toString(segment.seenAt.toLocalTime().time(), QLocale::ShortFormat), where)
            : tr("Boot %1 · %2").arg(index.row() + 1).arg(where);
        QString title = segment.reason == BootSegment::Reason::LogRestarted ? tr("log restarted") : segment.title;
        if (title.size() > 40)
            title = title.left(39) + u'…';
        const int problems = m_problemCounts.value(index.row());
        if (problems > 0)
            return QString(first + u'\n' + title + u'\n' + tr("⚠ %n problem(s)", nullptr, problems));
        return QString(first + u'\n' + title);
    }
    case ProblemCountRole: return m_problemCounts.value(index.row());
    case Qt::ToolTipRole: {
        QString tip = segment.seenAt.isValid()
            ? tr("Starts at line %1, seen at %2\n%3")
                  .arg(locale.toString(segment.firstLine.get() + 1),
                       locale.toString(segment.seenAt.toLocalTime(), QLocale::LongFormat), segment.title)
            : tr("Starts at line %1\n%2").arg(locale.toString(segment.firstLine.get() + 1), segment.title);
        if (segment.beganInsideLine)
            tip +=
                u'\n' + tr("The guest was reset while the line before was being written: this boot began inside it.");
        if (m_problemCounts.value(index.row()) > 0 && m_problemScanner) {
            // Each kind once, with how often, in the order of the kinds.
            const LineNumber end =
                index.row() + 1 < m_segments.size() ? m_segments.at(index.row() + 1).firstLine : LineNumber();
            QMap<int, int> kinds;
            const QList<LogProblemScanner::Problem> problems = m_problemScanner->problemsIn(segment.firstLine, end);
            for (const LogProblemScanner::Problem &problem : problems)
                ++kinds[int(problem.kind)];
            tip += u'\n' + tr("Problems:");
            for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
                tip +=
                    u"\n  "_s + tr("%1: %2").arg(LogProblemsModel::kindText(BootProblemKind(it.key()))).arg(it.value());
        }
        return tip;
    }
    case FirstLineRole: return segment.firstLine.get();
    case SeenAtRole: return segment.seenAt;
    case ReasonRole: return int(segment.reason);
    default: return {};
    }
}

QHash<int, QByteArray> BootListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(FirstLineRole, "firstLine"_ba);
    names.insert(SeenAtRole, "seenAt"_ba);
    names.insert(ReasonRole, "reason"_ba);
    names.insert(ProblemCountRole, "problemCount"_ba);
    return names;
}

} // namespace vcv
