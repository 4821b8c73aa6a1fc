// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootLineClassifier.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSortFilterProxyModel>

namespace vcv {

/// The domain tree's view of a DomainListModel: filters domains by name, UUID or console alias as
/// the user types (a connection stays while one of its domains matches, or when its URI matches),
/// and turns the model's icon names into QIcons for Qt::DecorationRole.
///
/// It also shows what went wrong in the last boot of each open console: "running · 2 problems"
/// in the State column, in the error colour, the problems named in the tooltip. The shell feeds
/// it from each open console's LogProblemScanner (DomainProblemFeed); the virt layer's model
/// knows nothing of logs.
class DomainTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        ProblemCountRole = Qt::UserRole + 100, ///< int: problems in the last boot of the domain's open consoles
    };

    explicit DomainTreeFilterModel(QObject *parent = nullptr);

    /// Case-insensitive substring; empty shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// The problems of the last boot of console `console` of a domain (an empty list: none, or
    /// the console was closed).
    void setConsoleProblems(const QString &uri, const QString &uuid, const QString &console,
                            const QList<BootProblemKind> &problems);
    int problemCount(const QString &uri, const QString &uuid) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QVariant problemData(const QModelIndex &index, int role, int count) const;
    QString problemsToolTip(const QString &domainKey) const;

    QString m_text;
    // "uri\nuuid" → console alias → the problems of its last boot
    QHash<QString, QMap<QString, QList<BootProblemKind>>> m_problems;
};

} // namespace vcv
