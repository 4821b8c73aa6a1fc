// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogProblemsModel.h"

#include "bootlog/LogDocument.h"

#include <QLocale>
#include <QTextDocument>

namespace vcv {

namespace {
// A line longer than this is cut in the list (the log view shows it whole).
constexpr qsizetype MaxTextChars = 300;
} // namespace

LogProblemsModel::LogProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogProblemsModel::setScanner(const LogProblemScanner *scanner)
{
    if (m_scanner)
        disconnect(m_scanner, nullptr, this, nullptr);
    m_scanner = scanner;
    if (scanner)
        connect(scanner, &LogProblemScanner::changed, this, &LogProblemsModel::refresh);
    refresh();
}

void LogProblemsModel::setRange(LineNumber first, LineNumber end)
{
    if (first == m_first && end == m_end)
        return;
    m_first = first;
    m_end = end;
    beginResetModel();
    m_problems = m_scanner ? m_scanner->problemsIn(m_first, m_end) : QList<LogProblemScanner::Problem>();
    endResetModel();
}

void LogProblemsModel::refresh()
{
    const QList<LogProblemScanner::Problem> now =
        m_scanner ? m_scanner->problemsIn(m_first, m_end) : QList<LogProblemScanner::Problem>();
    if (now == m_problems)
        return;
    // While following: the problems known stay, new ones come after them.
    if (now.size() > m_problems.size() && std::equal(m_problems.begin(), m_problems.end(), now.begin())) {
        beginInsertRows({}, int(m_problems.size()), int(now.size()) - 1);
        m_problems = now;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_problems = now;
    endResetModel();
}

int LogProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int LogProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant LogProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogProblemScanner::Problem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn: return kindText(problem.kind);
        case LineColumn: return QLocale().toString(problem.line.get() + 1);
        case TextColumn: {
            const LogDocument *document = m_scanner ? m_scanner->document() : nullptr;
            if (!document || problem.line.get() >= document->lineCount())
                return {};
            const QString text = document->line(problem.line).text.trimmed();
            if (role == Qt::DisplayRole)
                return text.left(MaxTextChars);
            // A tooltip whose first line looks like markup is shown as rich text
            // (Qt::mightBeRichText): the guest's line is escaped, so it shows as the text it is.
            return Qt::convertFromPlainText(text.left(4 * MaxTextChars), Qt::WhiteSpacePre);
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LineRole: return problem.line.get();
    case KindRole: return int(problem.kind);
    default: return {};
    }
}

QVariant LogProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Problem");
    case LineColumn: return tr("Line");
    case TextColumn: return tr("Text");
    default: return {};
    }
}

QString LogProblemsModel::kindText(BootProblemKind kind)
{
    switch (kind) {
    case BootProblemKind::KernelPanic: return tr("Kernel panic");
    case BootProblemKind::Oops: return tr("Kernel Oops");
    case BootProblemKind::Bug: return tr("Kernel BUG");
    case BootProblemKind::KernelWarning: return tr("Kernel warning");
    case BootProblemKind::HungTask: return tr("Hung task");
    case BootProblemKind::Lockup: return tr("CPU lockup");
    case BootProblemKind::RcuStall: return tr("RCU stall");
    case BootProblemKind::OomKill: return tr("Out-of-memory kill");
    case BootProblemKind::Segfault: return tr("Segmentation fault");
    case BootProblemKind::FailedUnit: return tr("Failed unit");
    case BootProblemKind::EmergencyMode: return tr("Emergency mode");
    case BootProblemKind::BootTimeout: return tr("Boot timeout");
    case BootProblemKind::Firmware: return tr("Firmware or boot loader");
    }
    return {};
}

} // namespace vcv
