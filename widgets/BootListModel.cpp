// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/BootListModel.h"

#include "bootlog/LogDocument.h"

#include <QLocale>

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
        endInsertRows();
        return;
    }
    beginResetModel();
    m_segments = now;
    endResetModel();
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
        return QString(first + u'\n' + title);
    }
    case Qt::ToolTipRole: {
        QString tip = segment.seenAt.isValid()
            ? tr("Starts at line %1, seen at %2\n%3")
                  .arg(locale.toString(segment.firstLine.get() + 1),
                       locale.toString(segment.seenAt.toLocalTime(), QLocale::LongFormat), segment.title)
            : tr("Starts at line %1\n%2").arg(locale.toString(segment.firstLine.get() + 1), segment.title);
        if (segment.beganInsideLine)
            tip +=
                u'\n' + tr("The guest was reset while the line before was being written: this boot began inside it.");
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
    return names;
}

} // namespace vcv
