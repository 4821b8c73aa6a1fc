// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/Connection.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace vcv {

class DomainListModel;

/// Acts on the domains of a DomainListModel's connections (start, resume, shut down, force off,
/// reboot) and reports each failure in words ("Could not shut down web01: …"), naming the domain
/// as the model knows it. Confirmation is the view's business, not this one's.
///
/// The connections do the work on their workers (Connection::perform); this follows the result
/// of every connection the model has or gains. The model is not owned and must outlive this.
/// GUI thread only.
class DomainActions : public QObject
{
    Q_OBJECT
public:
    explicit DomainActions(DomainListModel *model, QObject *parent = nullptr);

    /// Acts on domain `uuid` of connection `uri`; actionFailed() follows if it fails. Nothing
    /// happens when the model no longer has that connection.
    void perform(const QString &uri, const QString &uuid, Connection::Action action);

Q_SIGNALS:
    /// Acting on a domain was just asked for (a previous failure's message is now stale).
    void actionStarted();
    /// An action failed; `message` is translated plain text naming the domain and libvirt's reason.
    void actionFailed(const QString &message);

private:
    void follow(Connection *connection);
    void onActionFinished(Connection *connection, const QString &uuid, Connection::Action action, bool ok,
                          const QString &error);

    DomainListModel *m_model;
    QSet<Connection *> m_followed;
};

} // namespace vcv
