// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/DomainTreeFilterModel.h"

#include "virt/DomainListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace vcv {

DomainTreeFilterModel::DomainTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DomainTreeFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool DomainTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(DomainListModel::IsConnectionRole).toBool())
        return idx.data(DomainListModel::UriRole).toString().contains(m_text, Qt::CaseInsensitive);
    // A domain matches by name, UUID or a console alias.
    if (idx.data().toString().contains(m_text, Qt::CaseInsensitive) ||
        idx.data(DomainListModel::UuidRole).toString().startsWith(m_text, Qt::CaseInsensitive))
        return true;
    return idx.siblingAtColumn(DomainListModel::ConsolesColumn).data().toString().contains(m_text, Qt::CaseInsensitive);
}

QVariant DomainTreeFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != DomainListModel::NameColumn)
        return QSortFilterProxyModel::data(index, role);
    const QString name = QSortFilterProxyModel::data(index, DomainListModel::StateIconNameRole).toString();
    if (name.isEmpty())
        return {};
    // Themes without these names (offscreen, minimal desktops): fall back to the style's icons.
    QStyle::StandardPixmap fallback = QStyle::SP_MediaStop;
    if (name == u"media-playback-start")
        fallback = QStyle::SP_MediaPlay;
    else if (name == u"media-playback-pause")
        fallback = QStyle::SP_MediaPause;
    else if (name == u"dialog-error" || name == u"network-error")
        fallback = QStyle::SP_MessageBoxCritical;
    else if (name.startsWith(u"network-"))
        fallback = QStyle::SP_DriveNetIcon;
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace vcv
