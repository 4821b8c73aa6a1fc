// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "PendingOpens.h"

#include "virt/Connection.h"
#include "virt/DomainListModel.h"
#include "virt/DomainLookup.h"

#include <QLoggingCategory>

#include <libvirt/libvirt.h>

#include <algorithm>

namespace vcv {

namespace {
// "vcv.open": what an open given on the command line waits for (QT_LOGGING_RULES=vcv.open.info=true).
Q_LOGGING_CATEGORY(lcOpen, "vcv.open", QtWarningMsg)

/// A domain found from what the user typed (DomainLookup's ID, UUID, name order); on the
/// connection's worker.
struct FoundDomain
{
    QString error; // empty when found, or when the connection was lost before the lookup
    QString uuid;
    QString name;
    bool running = false;
};

FoundDomain findDomain(virConnectPtr conn, const QString &key)
{
    FoundDomain found;
    if (!conn)
        return found; // lost since the call: neither found nor missing, asked again when it is back
    virDomainPtr domain = DomainLookup::find(conn, key, &found.error);
    if (!domain)
        return found;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(domain, uuid);
    found.uuid = QString::fromLatin1(uuid);
    found.name = QString::fromUtf8(virDomainGetName(domain));
    // Not yet while QEMU starts: --wait waits for the STARTED event that follows.
    found.running = DomainLookup::isRunningWithDevices(domain);
    virDomainFree(domain);
    return found;
}
} // namespace

PendingOpens::PendingOpens(DomainListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

void PendingOpens::add(const QString &uri, const QString &idUuidOrName, const QString &alias, bool startPaused,
                       bool wait)
{
    m_pending.append({uri, idUuidOrName, alias, startPaused, wait, m_nextId++});
    retry();
}

void PendingOpens::retry()
{
    for (PendingOpen &pending : m_pending) {
        if (pending.lookingUp) {
            pending.changedSince = true;
            continue;
        }
        Connection *connection = m_model->connection(pending.uri);
        if (!connection || connection->state() != Connection::State::Connected)
            continue;
        pending.lookingUp = true;
        pending.changedSince = false;
        connection->call<FoundDomain>(
            this, [key = pending.key](virConnectPtr conn) { return findDomain(conn, key); },
            [this, id = pending.id](FoundDomain &found) {
                lookedUp(id, found.error, found.uuid, found.name, found.running);
            });
    }
}

void PendingOpens::lookedUp(quint64 id, const QString &error, const QString &uuid, const QString &name, bool running)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(), [id](const PendingOpen &p) { return p.id == id; });
    if (it == m_pending.end())
        return;
    it->lookingUp = false;
    if (error.isEmpty() && uuid.isEmpty())
        return; // the connection went away first; its return lists again, which asks again
    // A copy: retry() and the removal below change m_pending.
    const PendingOpen pending = *it; // NOLINT(performance-unnecessary-copy-initialization)
    // --wait: a domain that does not exist yet, or exists but is stopped (unless it is ours to
    // start), is waited for: looked up again at the model's next change.
    const bool waitOn = pending.wait && (!error.isEmpty() || (!running && !pending.startPaused));
    if (waitOn) {
        if (!it->announcedWait) {
            it->announcedWait = true;
            qCInfo(lcOpen, "%s: waiting for %s to %s", qUtf8Printable(pending.uri), qUtf8Printable(pending.key),
                   error.isEmpty() ? "run" : "be defined");
        }
        if (pending.changedSince)
            retry();
        return;
    }
    m_pending.erase(it);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT found({pending.uri, uuid, name, pending.alias}, pending.startPaused);
}

} // namespace vcv
