// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace vcv {

/// The domain tree's view of a DomainListModel: filters domains by name, UUID or console alias as
/// the user types (a connection stays while one of its domains matches, or when its URI matches),
/// and turns the model's icon names into QIcons for Qt::DecorationRole.
class DomainTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DomainTreeFilterModel(QObject *parent = nullptr);

    /// Case-insensitive substring; empty shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace vcv
