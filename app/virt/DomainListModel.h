// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/Connection.h"
#include "virt/DomainInfo.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace vcv {

/// The domain list: connections as top-level rows, their domains as children (sorted by name).
/// It owns the Connection objects and follows their signals: names and states after each open
/// (all rows inserted at once), then the consoles of those rows in batches (one dataChanged per
/// batch), then one change per lifecycle event. It never calls libvirt itself.
///
/// Icons: the virt layer has no QtGui, so state icons are given as freedesktop icon names
/// (StateIconNameRole); the view turns them into QIcons (Qt::DecorationRole is left empty).
///
/// GUI thread only. Persisting the list of URIs is the caller's business: connectionUris() /
/// setConnectionUris().
class DomainListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, IdColumn, UuidColumn, PersistenceColumn, ConsolesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsConnectionRole = Qt::UserRole + 1, ///< bool: a connection row
        UriRole,                             ///< QString: the connection's URI (connection and domain rows)
        UuidRole,                            ///< QString: the domain's UUID (domain rows)
        DomainNameRole,                      ///< QString: the domain's name (domain rows)
        StateRole,         ///< int: DomainInfo::State (domain rows) or Connection::State (connection rows)
        StateIconNameRole, ///< QString: freedesktop icon name for the state
        ConsolesRole,      ///< QVariant<ConsoleDeviceList> (domain rows)
        DomainInfoRole,    ///< QVariant<DomainInfo> (domain rows)
        ErrorRole,         ///< QString: the connection's last error with its remedy (connection rows)
    };
    Q_ENUM(Role)

    explicit DomainListModel(QObject *parent = nullptr);
    ~DomainListModel() override;

    /// Adds a connection and opens it; returns the existing one if the URI is already listed.
    Connection *addConnection(const QString &uri);
    /// Closes and removes it; unknown URIs are ignored.
    void removeConnection(const QString &uri);
    /// The URIs in display order, for the settings.
    QStringList connectionUris() const;
    /// Makes the list exactly `uris` (adds and opens the missing, removes the others).
    void setConnectionUris(const QStringList &uris);

    Connection *connection(const QString &uri) const;
    /// The connection of a connection row or of a domain row; nullptr for an invalid index.
    Connection *connectionFor(const QModelIndex &index) const;
    QModelIndex indexOfConnection(const QString &uri) const;
    QModelIndex indexOfDomain(const QString &uri, const QString &uuid) const;
    /// The domain of a domain row; std::nullopt for connection rows and invalid indexes.
    std::optional<DomainInfo> domain(const QModelIndex &index) const;
    int domainCount(const QString &uri) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A connection's credential request, forwarded so that one dialog can serve all connections.
    void credentialsRequested(vcv::Connection *connection, quint64 requestId,
                              const vcv::CredentialRequestList &requests);

private:
    struct Entry
    {
        Connection *connection = nullptr;
        DomainInfoList domains; // sorted by name (case-insensitive), then UUID
    };

    int entryRow(const Entry *entry) const;
    int entryRow(const Connection *connection) const;
    int insertPosition(const Entry &entry, const DomainInfo &info) const;
    int domainRow(const Entry &entry, const QString &uuid) const;
    void onListed(Connection *connection, const DomainInfoList &domains);
    void onChanged(Connection *connection, const DomainInfo &info);
    void onConsolesLoaded(Connection *connection, const DomainConsolesList &batch);
    void onRemoved(Connection *connection, const QString &uuid);
    void onConnectionStateChanged(Connection *connection);
    void clearDomains(int connectionRow);
    QVariant connectionData(const Entry &entry, int column, int role) const;
    QVariant domainData(const Entry &entry, const DomainInfo &info, int column, int role) const;

    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace vcv
