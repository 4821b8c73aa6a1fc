// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ShortcutsPage.h"

#include "ActionRegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ShortcutsPage::ShortcutsPage(const ShortcutOverrides &overrides, QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget)
    , m_edit(new QKeySequenceEdit)
    , m_clear(new QPushButton(tr("&No Key")))
    , m_reset(new QPushButton(tr("&Reset to Default")))
    , m_resetAll(new QPushButton(tr("Reset &All")))
    , m_message(new QLabel)
{
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        if (ActionRegistry::entry(it.key()))
            m_overrides.insert(it.key(), it.value());

    m_tree->setObjectName(u"shortcuts"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QTreeWidgetItem *group = nullptr;
    std::optional<ActionRegistry::Context> context;
    for (const ActionRegistry::Entry &entry : ActionRegistry::entries()) {
        if (context != entry.context) {
            context = entry.context;
            group = new QTreeWidgetItem(m_tree, {ActionRegistry::contextName(entry.context)});
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group, {ActionRegistry::label(entry.id, false)});
        item->setData(0, IdRole, entry.id);
        updateRow(item);
    }
    m_tree->expandAll();

    m_edit->setObjectName(u"shortcutEdit"_s);
    m_edit->setMaximumSequenceLength(1); // one chord: done as soon as it is pressed
    m_edit->setToolTip(tr("Press the new key: it replaces the first, other keys of the action stay"));
    m_clear->setObjectName(u"clearShortcut"_s);
    m_clear->setToolTip(tr("Leave the action without a key"));
    m_reset->setObjectName(u"resetShortcut"_s);
    m_resetAll->setObjectName(u"resetAllShortcuts"_s);
    m_message->setObjectName(u"shortcutMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *keyLabel = new QLabel(tr("&Key:"));
    keyLabel->setBuddy(m_edit);
    auto *row = new QHBoxLayout;
    row->addWidget(keyLabel);
    row->addWidget(m_edit, 1);
    row->addWidget(m_clear);
    row->addWidget(m_reset);
    row->addWidget(m_resetAll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ShortcutsPage::onSelectionChanged);
    // editingFinished, not keySequenceChanged: that one also reports the empty sequence the
    // editor starts each recording with.
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] { onKeyEdited(m_edit->keySequence()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { onKeyEdited(QKeySequence()); });
    connect(m_reset, &QPushButton::clicked, this, &ShortcutsPage::resetSelected);
    connect(m_resetAll, &QPushButton::clicked, this, &ShortcutsPage::resetAll);
    onSelectionChanged();
}

bool ShortcutsPage::select(const QString &id)
{
    QTreeWidgetItem *item = itemFor(id);
    if (item)
        m_tree->setCurrentItem(item);
    return item != nullptr;
}

QString ShortcutsPage::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, IdRole).toString() : QString();
}

QString ShortcutsPage::message() const
{
    return m_message->text();
}

void ShortcutsPage::onSelectionChanged()
{
    const QString id = selectedId();
    m_edit->setEnabled(!id.isEmpty());
    m_clear->setEnabled(!id.isEmpty());
    m_reset->setEnabled(!id.isEmpty() && m_overrides.contains(id));
    m_resetAll->setEnabled(!m_overrides.isEmpty());
    showSelected();
}

void ShortcutsPage::showSelected()
{
    const QList<QKeySequence> keys = ActionRegistry::shortcutsUnder(selectedId(), m_overrides);
    const QSignalBlocker blocker(m_edit);
    m_edit->setKeySequence(keys.value(0));
}

void ShortcutsPage::onKeyEdited(const QKeySequence &key)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (key.isEmpty()) {
        assign(id, {});
        return;
    }
    // The new key replaces the first; alternates the action had (Ctrl+= beside Ctrl++ for Zoom
    // In, the desktop's second Copy) stay, as in KDE's primary and alternate shortcuts. No Key
    // removes them all.
    QList<QKeySequence> keys = ActionRegistry::shortcutsUnder(id, m_overrides);
    if (!keys.isEmpty())
        keys.removeFirst();
    keys.removeAll(key);
    keys.prepend(key);
    assign(id, keys);
}

void ShortcutsPage::resetSelected()
{
    const QString id = selectedId();
    if (const ActionRegistry::Entry *entry = ActionRegistry::entry(id))
        assign(id, entry->defaults);
}

void ShortcutsPage::resetAll()
{
    m_overrides.clear(); // the defaults never clash (tst_shortcuts checks)
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        updateRow(*it);
    m_message->clear();
    onSelectionChanged();
}

bool ShortcutsPage::assign(const QString &id, const QList<QKeySequence> &keys)
{
    const ActionRegistry::Entry *entry = ActionRegistry::entry(id);
    if (!entry)
        return false;
    for (const QKeySequence &key : keys) {
        const QString other = ActionRegistry::conflict(id, key, m_overrides);
        if (other.isEmpty())
            continue;
        const ActionRegistry::Entry *owner = ActionRegistry::entry(other);
        m_message->setText(tr("%1 is already the shortcut of “%2” (%3). Give that action another key first.")
                               .arg(key.toString(QKeySequence::NativeText), ActionRegistry::label(other, false),
                                    ActionRegistry::contextName(owner->context)));
        showSelected(); // the refused key goes back
        return false;
    }
    if (keys == entry->defaults)
        m_overrides.remove(id);
    else
        m_overrides.insert(id, keys);
    m_message->clear();
    updateRow(itemFor(id));
    onSelectionChanged();
    return true;
}

void ShortcutsPage::updateRow(QTreeWidgetItem *item)
{
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    if (id.isEmpty())
        return;
    const QList<QKeySequence> keys = ActionRegistry::shortcutsUnder(id, m_overrides);
    item->setText(1, QKeySequence::listToString(keys, QKeySequence::NativeText));
    // A changed key shows in bold, so what differs from the defaults is seen at a glance.
    QFont font = item->font(1);
    font.setBold(m_overrides.contains(id));
    item->setFont(0, font);
    item->setFont(1, font);
}

QTreeWidgetItem *ShortcutsPage::itemFor(const QString &id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, IdRole).toString() == id)
            return *it;
    return nullptr;
}

} // namespace vcv
