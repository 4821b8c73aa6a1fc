// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ConsoleTarget.h"

#include <QList>
#include <QObject>

namespace vcv {

class DomainListModel;

/// The consoles asked for before their domain could be found: a domain given on the command line
/// or kept from the last session, on a connection that is not up yet, or (--wait) one that does
/// not exist or run yet. Each is looked up (as an ID, a UUID, then a name) on its connection's
/// worker when the connection is up, and again at each retry() while it waits.
///
/// Errors travel as failed(); the window decides how to show them and opens what is found().
/// Ownership: the model is not owned and must outlive this object.
/// Thread: GUI thread only; lookups run on the connection's worker, their answers come back here.
class PendingOpens : public QObject
{
    Q_OBJECT
public:
    explicit PendingOpens(DomainListModel *model, QObject *parent = nullptr);

    /// Waits for @p idUuidOrName on @p uri. With @p wait it keeps waiting until the domain exists
    /// and runs (exists, with @p startPaused); otherwise a missing domain is failed().
    void add(const QString &uri, const QString &idUuidOrName, const QString &alias, bool startPaused, bool wait);
    /// The domain list changed: looks up what waits on a connection that is up.
    void retry();

Q_SIGNALS:
    /// A pending domain was found: open its console.
    void found(const vcv::ConsoleTarget &target, bool startPaused);
    /// A pending domain was not found (and is not waited for): the lookup's message.
    void failed(const QString &message);

private:
    struct PendingOpen
    {
        QString uri;
        QString key;
        QString alias;
        bool startPaused = false;
        bool wait = false;
        quint64 id = 0;             // matches a lookup's answer to its request
        bool lookingUp = false;     // a lookup runs on the connection's worker
        bool changedSince = false;  // the model changed during that lookup: ask again if it misses
        bool announcedWait = false; // its wait was logged (vcv.open), once
    };

    /// A lookup answered (from the connection's worker): open, wait or give up.
    void lookedUp(quint64 id, const QString &error, const QString &uuid, const QString &name, bool running);

    DomainListModel *m_model;
    QList<PendingOpen> m_pending;
    quint64 m_nextId = 1;
};

} // namespace vcv
