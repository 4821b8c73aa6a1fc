// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/Connection.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QTreeView;

namespace vcv {

class DomainActions;
class DomainListModel;
class DomainTreeFilterModel;

/// The left side of the window: connections and their domains (a DomainListModel) with a filter
/// field, a context menu and connection management (add, connect, disconnect, remove;
/// credential prompts). Opening consoles is not its business: it emits openConsoleRequested()
/// and startPausedAndAttachRequested() for the shell. Domain actions (start, shut down, force
/// off, reboot) are DomainActions' to carry out; the tree confirms destructive ones first and
/// shows failures in a line below the tree, not in a modal box.
///
/// The model and the actions are not owned and must outlive the tree. GUI thread only.
class DomainTree : public QWidget
{
    Q_OBJECT
public:
    DomainTree(DomainListModel *model, DomainActions *actions, QWidget *parent = nullptr);
    ~DomainTree() override;

    DomainListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    DomainTreeFilterModel *filterModel() const { return m_proxy; }

    /// Asks the user to confirm a destructive action; returns true to go on. The default shows a
    /// QMessageBox; tests and the shell may replace it.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Builds the context menu for a view index (proxy index), as the right click does. The
    /// caller owns the menu. Exposed so that tests can trigger its actions.
    QMenu *createContextMenu(const QModelIndex &viewIndex);
    /// The message of the last failed action, as shown below the tree; empty when none (or once
    /// another action was asked for).
    QString statusText() const;

public Q_SLOTS:
    /// Shows the Add Connection dialog; on OK adds (and opens) the connection.
    void addConnectionInteractively();

Q_SIGNALS:
    /// Open a terminal (+ log) for this console of this domain. `alias` is empty for the default.
    void openConsoleRequested(const QString &uri, const QString &uuid, const QString &name, const QString &alias);
    /// The user chose "Start paused and attach": the shell starts the domain paused, attaches the
    /// console, then resumes it, so no early boot byte is lost.
    void startPausedAndAttachRequested(const QString &uri, const QString &uuid, const QString &name,
                                       const QString &alias);
    /// The list of connections changed through this widget: persist it.
    void connectionsChanged(const QStringList &uris);
    /// The selected domain changed; empty strings when a connection or nothing is selected.
    void currentDomainChanged(const QString &uri, const QString &uuid);

private:
    void showContextMenu(const QPoint &pos);
    void onCredentialsRequested(Connection *connection, quint64 requestId, const CredentialRequestList &requests);
    void setStatus(const QString &text);

    DomainListModel *m_model = nullptr;
    DomainActions *m_actions = nullptr;
    DomainTreeFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    Confirm m_confirm;
};

} // namespace vcv
