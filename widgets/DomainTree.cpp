// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/DomainTree.h"

#include "virt/DomainActions.h"
#include "virt/DomainListModel.h"
#include "widgets/AddConnectionDialog.h"
#include "widgets/CredentialDialog.h"
#include "widgets/DomainTreeFilterModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

DomainTree::DomainTree(DomainListModel *model, DomainActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(actions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"domainFilter"_s);
    m_filter->setPlaceholderText(tr("Filter domains…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy = new DomainTreeFilterModel(this);
    m_proxy->setSourceModel(model);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"domainTree"_s);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true); // 1000 rows: let the view skip measuring each
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // A long URI (qemu+ssh://root@host:port/system) keeps both ends: the user and the driver path.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(true);
    for (int c : {DomainListModel::IdColumn, DomainListModel::UuidColumn, DomainListModel::PersistenceColumn})
        m_view->setColumnHidden(c, true);
    // The header's context menu shows and hides columns (the name column always stays).
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int c = DomainListModel::StateColumn; c < DomainListModel::ColumnCount; ++c) {
            QAction *a = menu->addAction(m_proxy->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_view->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
        }
        menu->popup(m_view->header()->viewport()->mapToGlobal(pos));
    });
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &DomainTree::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &viewIndex) {
        const QModelIndex src = m_proxy->mapToSource(viewIndex);
        if (src.data(DomainListModel::IsConnectionRole).toBool())
            return;
        Q_EMIT openConsoleRequested(src.data(DomainListModel::UriRole).toString(),
                                    src.data(DomainListModel::UuidRole).toString(),
                                    src.data(DomainListModel::DomainNameRole).toString(), QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex src = m_proxy->mapToSource(current);
        if (!src.isValid() || src.data(DomainListModel::IsConnectionRole).toBool())
            Q_EMIT currentDomainChanged(QString(), QString());
        else
            Q_EMIT currentDomainChanged(src.data(DomainListModel::UriRole).toString(),
                                        src.data(DomainListModel::UuidRole).toString());
    });
    // New connections appear expanded.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            for (int r = first; r <= last; ++r)
                m_view->expand(m_proxy->index(r, 0));
    });
    connect(model, &DomainListModel::credentialsRequested, this, &DomainTree::onCredentialsRequested);
    connect(actions, &DomainActions::actionStarted, this, [this] { setStatus(QString()); });
    connect(actions, &DomainActions::actionFailed, this, &DomainTree::setStatus);
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_view->expand(m_proxy->index(r, 0));

    m_confirm = [this](const QString &title, const QString &text) {
        // Plain text: the question names a domain, whose name is not ours to interpret as markup.
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
}

DomainTree::~DomainTree() = default;

QString DomainTree::statusText() const
{
    return m_status->isVisible() || !m_status->text().isEmpty() ? m_status->text() : QString();
}

void DomainTree::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void DomainTree::addConnectionInteractively()
{
    AddConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.uri().isEmpty())
        return;
    m_model->addConnection(dialog.uri());
    Q_EMIT connectionsChanged(m_model->connectionUris());
}

void DomainTree::showContextMenu(const QPoint &pos)
{
    QMenu *menu = createContextMenu(m_view->indexAt(pos));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QMenu *DomainTree::createContextMenu(const QModelIndex &viewIndex)
{
    auto *menu = new QMenu(this);
    const QModelIndex src = m_proxy->mapToSource(viewIndex.siblingAtColumn(0));
    const auto info =
        src.isValid() && !src.data(DomainListModel::IsConnectionRole).toBool() ? m_model->domain(src) : std::nullopt;
    if (info) {
        const QString uri = src.data(DomainListModel::UriRole).toString();
        const QString uuid = info->uuid;
        const QString name = info->name;
        const bool active = info->isActive();
        const bool paused = info->state == DomainInfo::State::Paused;

        // One "Open console" for the default console, a submenu when there are several.
        QList<ConsoleDevice> interactive;
        for (const ConsoleDevice &c : info->consoles)
            if (c.isInteractive())
                interactive << c;
        if (interactive.size() > 1) {
            QMenu *sub = menu->addMenu(tr("Open &console"));
            sub->setObjectName(u"openConsoleMenu"_s);
            for (const ConsoleDevice &c : std::as_const(interactive)) {
                const QString label = c.hasLog() ? tr("%1 (with log)").arg(c.alias) : c.alias;
                QAction *a =
                    sub->addAction(label, this, [=, this] { Q_EMIT openConsoleRequested(uri, uuid, name, c.alias); });
                a->setEnabled(active);
            }
        } else {
            QAction *open = menu->addAction(tr("Open &console"), this, [=, this] {
                Q_EMIT openConsoleRequested(uri, uuid, name,
                                            interactive.isEmpty() ? QString() : interactive.first().alias);
            });
            open->setObjectName(u"openConsole"_s);
            open->setEnabled(active);
        }
        menu->addSeparator();
        // The menu acts on the domain it was opened for, by URI and UUID: rows may move meanwhile.
        const auto act = [this, uri, uuid](Connection::Action action) { m_actions->perform(uri, uuid, action); };
        QAction *start = menu->addAction(paused ? tr("&Resume") : tr("&Start"), this, [act, paused] {
            act(paused ? Connection::Action::Resume : Connection::Action::Start);
        });
        start->setObjectName(u"start"_s);
        start->setEnabled(!active || paused);
        QAction *startAttach = menu->addAction(tr("Start &paused and attach"), this, [=, this] {
            Q_EMIT startPausedAndAttachRequested(uri, uuid, name,
                                                 interactive.isEmpty() ? QString() : interactive.first().alias);
        });
        startAttach->setObjectName(u"startPausedAttach"_s);
        startAttach->setEnabled(!active);
        menu->addSeparator();
        QAction *shutdown = menu->addAction(tr("Shut &down"), this, [this, act, name] {
            if (m_confirm(tr("Shut down %1?").arg(name),
                          tr("The guest %1 is asked to shut down; unsaved work in it may be lost.").arg(name)))
                act(Connection::Action::Shutdown);
        });
        shutdown->setObjectName(u"shutdown"_s);
        QAction *reboot = menu->addAction(tr("Re&boot"), this, [this, act, name] {
            if (m_confirm(tr("Reboot %1?").arg(name), tr("The guest %1 is asked to reboot.").arg(name)))
                act(Connection::Action::Reboot);
        });
        reboot->setObjectName(u"reboot"_s);
        QAction *destroy = menu->addAction(tr("&Force off"), this, [this, act, name] {
            if (m_confirm(tr("Force %1 off?").arg(name),
                          tr("The guest %1 is stopped at once, like pulling the plug: its disks may be left "
                             "inconsistent.")
                              .arg(name)))
                act(Connection::Action::Destroy);
        });
        destroy->setObjectName(u"forceOff"_s);
        for (QAction *a : {shutdown, reboot, destroy})
            a->setEnabled(active);
    } else if (src.isValid()) {
        Connection *c = m_model->connectionFor(src);
        const QString uri = c->uri();
        if (c->state() == Connection::State::Disconnected) {
            QAction *a = menu->addAction(tr("&Connect"), c, &Connection::open);
            a->setObjectName(u"connect"_s);
        } else {
            QAction *a = menu->addAction(tr("&Disconnect"), c, &Connection::close);
            a->setObjectName(u"disconnect"_s);
        }
        QAction *remove = menu->addAction(tr("&Remove connection"), this, [this, uri] {
            if (!m_confirm(tr("Remove %1?").arg(uri), tr("The connection %1 is closed and forgotten.").arg(uri)))
                return;
            m_model->removeConnection(uri);
            Q_EMIT connectionsChanged(m_model->connectionUris());
        });
        remove->setObjectName(u"removeConnection"_s);
        menu->addSeparator();
    }
    QAction *add = menu->addAction(tr("&Add connection…"), this, &DomainTree::addConnectionInteractively);
    add->setObjectName(u"addConnection"_s);
    return menu;
}

void DomainTree::onCredentialsRequested(Connection *connection, quint64 requestId,
                                        const CredentialRequestList &requests)
{
    // Not modal to the whole app: other connections keep updating while this one waits.
    auto *dialog = new CredentialDialog(connection->uri(), requests, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Connection> guard(connection);
    connect(dialog, &QDialog::finished, this, [dialog, guard, requestId](int result) {
        if (!guard)
            return;
        if (result == QDialog::Accepted)
            guard->answerCredentials(requestId, dialog->answers());
        else
            guard->cancelCredentials(requestId);
    });
    dialog->open();
}

} // namespace vcv
