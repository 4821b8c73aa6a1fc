// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/BootListView.h"

#include "widgets/BootListModel.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

BootListView::BootListView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BootListModel(this))
    , m_list(new QListView(this))
    , m_only(new QCheckBox(tr("This boot only"), this))
{
    auto *title = new QLabel(tr("Boots"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list->setModel(m_model);
    m_list->setObjectName(u"bootList"_s);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_only->setObjectName(u"thisBootOnly"_s);
    m_only->setToolTip(tr("Show only the lines of the selected boot"));

    setMinimumWidth(fontMetrics().horizontalAdvance(u"Boot 00 · line 0,000,000"_s) + 24);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_only);

    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT bootActivated(index.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { Q_EMIT bootActivated(index.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (m_only->isChecked() && !m_reselecting)
            Q_EMIT bootOnlyChanged(index.isValid() ? index.row() : -1);
    });
    connect(m_only, &QCheckBox::toggled, this, [this](bool on) {
        if (on && currentBoot() < 0 && m_model->rowCount() > 0)
            setCurrentBoot(m_model->rowCount() - 1); // the latest boot is the usual question
        Q_EMIT bootOnlyChanged(on ? currentBoot() : -1);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        m_selectedBootLine = current.isValid() ? current.data(BootListModel::FirstLineRole).toLongLong() : -1;
    });
    // A new document or a reset: "this boot only" would point at another boot now. History put
    // in front keeps the boots known (LogView finds its boot by line the same way).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!reselectMovedBoot())
            m_only->setChecked(false);
    });
}

bool BootListView::reselectMovedBoot()
{
    const qint64 moved = m_model->linesMovedByReset();
    if (moved < 0 || m_selectedBootLine < 0)
        return false;
    // The boot that holds the selected boot's first line: the same boot, or, for what was only
    // the log's start, the boot its lines belong to now.
    const qint64 line = m_selectedBootLine + moved;
    int row = -1;
    for (int r = 0;
         r < m_model->rowCount() && m_model->index(r, 0).data(BootListModel::FirstLineRole).toLongLong() <= line; ++r)
        row = r;
    if (row < 0)
        return false;
    m_reselecting = true;
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_reselecting = false;
    return true;
}

void BootListView::setDocument(const LogDocument *document)
{
    m_model->setDocument(document);
}

bool BootListView::thisBootOnly() const
{
    return m_only->isChecked();
}

void BootListView::setThisBootOnly(bool only)
{
    m_only->setChecked(only);
}

int BootListView::currentBoot() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void BootListView::setCurrentBoot(int boot)
{
    m_list->setCurrentIndex(m_model->index(boot, 0));
}

} // namespace vcv
