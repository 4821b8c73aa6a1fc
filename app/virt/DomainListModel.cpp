// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainListModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

/// Tool tips are shown as rich text when they look like markup (a domain named "<img src=…>",
/// say): escape what comes from libvirt and spell the line breaks as markup ourselves.
QString plainToolTip(const QString &text)
{
    return u"<qt>"_s + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</qt>"_s;
}

bool lessByName(const DomainInfo &a, const DomainInfo &b)
{
    const int c = a.name.compare(b.name, Qt::CaseInsensitive);
    if (c != 0)
        return c < 0;
    const int d = a.name.compare(b.name);
    return d != 0 ? d < 0 : a.uuid < b.uuid;
}

QString consolesText(const ConsoleDeviceList &consoles)
{
    QStringList parts;
    for (const ConsoleDevice &c : consoles)
        parts << (c.hasLog() ? c.alias + u" (log)"_s : c.alias);
    return parts.join(u", "_s);
}

} // namespace

DomainListModel::DomainListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

DomainListModel::~DomainListModel() = default;

Connection *DomainListModel::addConnection(const QString &uri)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (Connection *existing = connection(uri))
        return existing;
    auto *c = new Connection(uri, this);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    auto entry = std::make_unique<Entry>();
    entry->connection = c;
    m_entries.push_back(std::move(entry));
    endInsertRows();

    connect(c, &Connection::domainsListed, this, [this, c](const DomainInfoList &l) { onListed(c, l); });
    connect(c, &Connection::domainChanged, this, [this, c](const DomainInfo &d) { onChanged(c, d); });
    connect(c, &Connection::domainConsolesLoaded, this,
            [this, c](const DomainConsolesList &batch) { onConsolesLoaded(c, batch); });
    connect(c, &Connection::domainRemoved, this, [this, c](const QString &uuid) { onRemoved(c, uuid); });
    connect(c, &Connection::stateChanged, this, [this, c] { onConnectionStateChanged(c); });
    connect(c, &Connection::disconnected, this, [this, c] { onConnectionStateChanged(c); });
    connect(c, &Connection::credentialsRequested, this, [this, c](quint64 id, const CredentialRequestList &requests) {
        Q_EMIT credentialsRequested(c, id, requests);
    });
    c->open();
    return c;
}

void DomainListModel::removeConnection(const QString &uri)
{
    Connection *c = connection(uri);
    if (!c)
        return;
    const int row = entryRow(c);
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    c->disconnect(this);
    c->close();
    c->deleteLater();
}

QStringList DomainListModel::connectionUris() const
{
    QStringList uris;
    for (const auto &e : m_entries)
        uris << e->connection->uri();
    return uris;
}

void DomainListModel::setConnectionUris(const QStringList &uris)
{
    QStringList wanted;
    for (const QString &u : uris)
        if (!u.trimmed().isEmpty() && !wanted.contains(u.trimmed()))
            wanted << u.trimmed();
    for (const QStringList uris = connectionUris(); const QString &existing : uris)
        if (!wanted.contains(existing))
            removeConnection(existing);
    for (const QString &u : std::as_const(wanted))
        addConnection(u);
}

Connection *DomainListModel::connection(const QString &uri) const
{
    const QString key = uri.trimmed();
    for (const auto &e : m_entries)
        if (e->connection->uri() == key)
            return e->connection;
    return nullptr;
}

Connection *DomainListModel::connectionFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (auto *entry = static_cast<Entry *>(index.internalPointer()))
        return entry->connection;
    return index.row() < int(m_entries.size()) ? m_entries[size_t(index.row())]->connection : nullptr;
}

QModelIndex DomainListModel::indexOfConnection(const QString &uri) const
{
    const Connection *c = connection(uri);
    return c ? index(entryRow(c), 0) : QModelIndex();
}

QModelIndex DomainListModel::indexOfDomain(const QString &uri, const QString &uuid) const
{
    const QModelIndex parentIndex = indexOfConnection(uri);
    if (!parentIndex.isValid())
        return {};
    const int row = domainRow(*m_entries[size_t(parentIndex.row())], uuid);
    return row < 0 ? QModelIndex() : index(row, 0, parentIndex);
}

std::optional<DomainInfo> DomainListModel::domain(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    auto *entry = static_cast<Entry *>(index.internalPointer());
    if (!entry || index.row() >= entry->domains.size())
        return std::nullopt;
    return entry->domains.at(index.row());
}

int DomainListModel::domainCount(const QString &uri) const
{
    const Connection *c = connection(uri);
    return c ? int(m_entries[size_t(entryRow(c))]->domains.size()) : 0;
}

int DomainListModel::entryRow(const Entry *entry) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].get() == entry)
            return int(i);
    return -1;
}

int DomainListModel::entryRow(const Connection *connection) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i]->connection == connection)
            return int(i);
    return -1;
}

int DomainListModel::insertPosition(const Entry &entry, const DomainInfo &info) const
{
    return int(std::lower_bound(entry.domains.cbegin(), entry.domains.cend(), info, lessByName) -
               entry.domains.cbegin());
}

int DomainListModel::domainRow(const Entry &entry, const QString &uuid) const
{
    for (qsizetype i = 0; i < entry.domains.size(); ++i)
        if (entry.domains.at(i).uuid == uuid)
            return int(i);
    return -1;
}

void DomainListModel::onListed(Connection *connection, const DomainInfoList &domains)
{
    const int crow = entryRow(connection);
    if (crow < 0)
        return;
    Entry &entry = *m_entries[size_t(crow)];
    const QModelIndex parentIndex = index(crow, 0);
    if (entry.domains.isEmpty()) {
        if (domains.isEmpty())
            return;
        DomainInfoList sorted = domains;
        std::sort(sorted.begin(), sorted.end(), lessByName);
        beginInsertRows(parentIndex, 0, int(sorted.size()) - 1);
        entry.domains = std::move(sorted);
        endInsertRows();
        return;
    }
    // Merge, so that a re-list (after polling) keeps the view's selection and scroll position.
    QHash<QString, const DomainInfo *> byUuid;
    for (const DomainInfo &d : domains)
        byUuid.insert(d.uuid, &d);
    for (int row = int(entry.domains.size()) - 1; row >= 0; --row) {
        if (!byUuid.contains(entry.domains.at(row).uuid)) {
            beginRemoveRows(parentIndex, row, row);
            entry.domains.removeAt(row);
            endRemoveRows();
        }
    }
    // A re-list carries no consoles: keep the ones known until its own batches replace them.
    QHash<QString, DomainInfo> known;
    for (const DomainInfo &d : std::as_const(entry.domains))
        known.insert(d.uuid, d);
    for (DomainInfo d : domains) {
        if (!d.consolesLoaded) {
            if (const auto it = known.constFind(d.uuid); it != known.cend()) {
                d.consoles = it->consoles;
                d.consolesLoaded = it->consolesLoaded;
            }
        }
        onChanged(connection, d);
    }
}

void DomainListModel::onConsolesLoaded(Connection *connection, const DomainConsolesList &batch)
{
    const int crow = entryRow(connection);
    if (crow < 0)
        return;
    Entry &entry = *m_entries[size_t(crow)];
    QHash<QString, int> rowOf;
    for (qsizetype row = 0; row < entry.domains.size(); ++row)
        rowOf.insert(entry.domains.at(row).uuid, int(row));
    int first = INT_MAX;
    int last = -1;
    for (const DomainConsoles &c : batch) {
        const auto it = rowOf.constFind(c.uuid);
        if (it == rowOf.cend())
            continue; // removed by an event meanwhile
        DomainInfo &d = entry.domains[*it];
        d.consoles = c.consoles;
        d.consolesLoaded = true;
        first = qMin(first, *it);
        last = qMax(last, *it);
    }
    // One signal for the batch: the rows between may be unchanged, which a view only repaints.
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0, index(crow, 0)), index(last, ColumnCount - 1, index(crow, 0)));
}

void DomainListModel::onChanged(Connection *connection, const DomainInfo &info)
{
    const int crow = entryRow(connection);
    if (crow < 0 || info.uuid.isEmpty())
        return;
    Entry &entry = *m_entries[size_t(crow)];
    const QModelIndex parentIndex = index(crow, 0);
    const int row = domainRow(entry, info.uuid);
    if (row >= 0) {
        if (entry.domains.at(row) == info)
            return;
        if (entry.domains.at(row).name == info.name) {
            entry.domains[row] = info;
            Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
            return;
        }
        // Renamed: it moves.
        beginRemoveRows(parentIndex, row, row);
        entry.domains.removeAt(row);
        endRemoveRows();
    }
    const int pos = insertPosition(entry, info);
    beginInsertRows(parentIndex, pos, pos);
    entry.domains.insert(pos, info);
    endInsertRows();
}

void DomainListModel::onRemoved(Connection *connection, const QString &uuid)
{
    const int crow = entryRow(connection);
    if (crow < 0)
        return;
    Entry &entry = *m_entries[size_t(crow)];
    const int row = domainRow(entry, uuid);
    if (row < 0)
        return;
    beginRemoveRows(index(crow, 0), row, row);
    entry.domains.removeAt(row);
    endRemoveRows();
}

void DomainListModel::clearDomains(int crow)
{
    Entry &entry = *m_entries[size_t(crow)];
    if (entry.domains.isEmpty())
        return;
    beginRemoveRows(index(crow, 0), 0, int(entry.domains.size()) - 1);
    entry.domains.clear();
    endRemoveRows();
}

void DomainListModel::onConnectionStateChanged(Connection *connection)
{
    const int crow = entryRow(connection);
    if (crow < 0)
        return;
    // What a closed connection knew is stale: show no domains rather than old states.
    if (connection->state() != Connection::State::Connected)
        clearDomains(crow);
    Q_EMIT dataChanged(index(crow, 0), index(crow, ColumnCount - 1));
}

QModelIndex DomainListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_entries.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_entries.size()))
        return {}; // domains have no children
    Entry *entry = m_entries[size_t(parent.row())].get();
    return row < entry->domains.size() ? createIndex(row, column, entry) : QModelIndex();
}

QModelIndex DomainListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto *entry = static_cast<Entry *>(child.internalPointer());
    if (!entry)
        return {};
    const int row = entryRow(entry);
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != 0 || parent.internalPointer() || parent.row() >= int(m_entries.size()))
        return 0;
    return int(m_entries[size_t(parent.row())]->domains.size());
}

int DomainListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (auto *entry = static_cast<Entry *>(index.internalPointer())) {
        if (index.row() >= entry->domains.size())
            return {};
        return domainData(*entry, entry->domains.at(index.row()), index.column(), role);
    }
    return connectionData(*m_entries[size_t(index.row())], index.column(), role);
}

QVariant DomainListModel::connectionData(const Entry &entry, int column, int role) const
{
    const Connection *c = entry.connection;
    const auto stateText = [c]() -> QString {
        switch (c->state()) {
        case Connection::State::Connected: return tr("connected");
        case Connection::State::Connecting: return tr("connecting…");
        case Connection::State::Disconnected:
            return c->lastError().isError() ? ConnectionError::kindText(c->lastError().kind) : tr("disconnected");
        }
        return QString();
    };
    const auto iconName = [c]() -> QString {
        switch (c->state()) {
        case Connection::State::Connected: return u"network-connect"_s;
        case Connection::State::Connecting: return u"network-wired-activated"_s;
        case Connection::State::Disconnected:
            return c->lastError().isError() ? u"network-error"_s : u"network-disconnect"_s;
        }
        return QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return c->uri();
        if (column == StateColumn)
            return stateText();
        return {};
    case Qt::ToolTipRole: return plainToolTip(c->lastError().isError() ? c->lastError().text() : c->uri());
    case IsConnectionRole: return true;
    case UriRole: return c->uri();
    case StateRole: return int(c->state());
    case StateIconNameRole: return iconName();
    case ErrorRole: return c->lastError().text();
    default: return {};
    }
}

QVariant DomainListModel::domainData(const Entry &entry, const DomainInfo &d, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return d.name;
        case StateColumn: return DomainInfo::stateText(d.state);
        case IdColumn: return d.id >= 0 ? QString::number(d.id) : u"–"_s;
        case UuidColumn: return d.uuid;
        case PersistenceColumn: return d.persistent ? tr("persistent") : tr("transient");
        case ConsolesColumn: return consolesText(d.consoles);
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{d.name + u" — "_s + DomainInfo::stateText(d.state)};
        for (const ConsoleDevice &c : d.consoles)
            lines << c.alias + u": "_s + (c.hasLog() ? c.logFile : tr("no log"));
        return plainToolTip(lines.join(u'\n'));
    }
    case IsConnectionRole: return false;
    case UriRole: return entry.connection->uri();
    case UuidRole: return d.uuid;
    case DomainNameRole: return d.name;
    case StateRole: return int(d.state);
    case StateIconNameRole: return DomainInfo::stateIconName(d.state);
    case ConsolesRole: return QVariant::fromValue(d.consoles);
    case DomainInfoRole: return QVariant::fromValue(d);
    default: return {};
    }
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case IdColumn: return tr("ID");
    case UuidColumn: return tr("UUID");
    case PersistenceColumn: return tr("Persistence");
    case ConsolesColumn: return tr("Consoles");
    default: return {};
    }
}

QHash<int, QByteArray> DomainListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IsConnectionRole, "isConnection");
    names.insert(UriRole, "uri");
    names.insert(UuidRole, "uuid");
    names.insert(DomainNameRole, "domainName");
    names.insert(StateRole, "state");
    names.insert(StateIconNameRole, "stateIconName");
    names.insert(ConsolesRole, "consoles");
    names.insert(DomainInfoRole, "domainInfo");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace vcv
