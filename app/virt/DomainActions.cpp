// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainActions.h"

#include "virt/DomainListModel.h"

namespace vcv {

DomainActions::DomainActions(DomainListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    for (const QStringList uris = model->connectionUris(); const QString &uri : uris)
        follow(model->connection(uri));
    // A connection added later is a new top-level row.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int r = first; r <= last; ++r)
            follow(m_model->connectionFor(m_model->index(r, 0)));
    });
}

void DomainActions::follow(Connection *connection)
{
    if (!connection || m_followed.contains(connection))
        return;
    m_followed.insert(connection);
    connect(connection, &QObject::destroyed, this, [this, connection] { m_followed.remove(connection); });
    connect(connection, &Connection::actionFinished, this,
            [this, connection](const QString &uuid, Connection::Action action, bool ok, const QString &error) {
                onActionFinished(connection, uuid, action, ok, error);
            });
}

void DomainActions::perform(const QString &uri, const QString &uuid, Connection::Action action)
{
    if (Connection *connection = m_model->connection(uri)) {
        Q_EMIT actionStarted();
        connection->perform(uuid, action);
    }
}

void DomainActions::onActionFinished(Connection *connection, const QString &uuid, Connection::Action action, bool ok,
                                     const QString &error)
{
    if (ok)
        return;
    const auto info = m_model->domain(m_model->indexOfDomain(connection->uri(), uuid));
    const QString name = info ? info->name : uuid;
    QString what;
    switch (action) {
    case Connection::Action::Start:
    case Connection::Action::StartPaused: what = tr("Could not start %1: %2"); break;
    case Connection::Action::Resume: what = tr("Could not resume %1: %2"); break;
    case Connection::Action::Shutdown: what = tr("Could not shut down %1: %2"); break;
    case Connection::Action::Destroy: what = tr("Could not force %1 off: %2"); break;
    case Connection::Action::Reboot: what = tr("Could not reboot %1: %2"); break;
    }
    Q_EMIT actionFailed(what.arg(name, error));
}

} // namespace vcv
