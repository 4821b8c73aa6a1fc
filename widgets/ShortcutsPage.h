// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/ViewSettings.h"

#include <QWidget>

class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vcv {

/// The Settings dialog's "Shortcuts" page: every ActionRegistry action by context with its
/// shortcut, the selected one's key edited in a QKeySequenceEdit, reset per action or for all.
/// A key another action of an overlapping context already has is refused, and the page says
/// which action has it (message()). It edits overrides only; storing and applying them is the shell's.
class ShortcutsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShortcutsPage(const ShortcutOverrides &overrides, QWidget *parent = nullptr);

    ShortcutOverrides overrides() const { return m_overrides; }
    /// Selects the row of action @p id; false for an unknown id.
    bool select(const QString &id);
    QString selectedId() const;
    /// The editor of the selected action's key (the first of its shortcuts).
    QKeySequenceEdit *editor() const { return m_edit; }
    /// What the page last told the user: a refused key and who has it, or "".
    QString message() const;

private:
    void onSelectionChanged();
    void onKeyEdited(const QKeySequence &key);
    void resetSelected();
    void resetAll();
    /// Sets @p id's shortcuts to @p keys (its defaults: no override) when none of them is taken.
    bool assign(const QString &id, const QList<QKeySequence> &keys);
    void updateRow(QTreeWidgetItem *item);
    void showSelected();
    QTreeWidgetItem *itemFor(const QString &id) const;

    ShortcutOverrides m_overrides;
    QTreeWidget *m_tree;
    QKeySequenceEdit *m_edit;
    QPushButton *m_clear;
    QPushButton *m_reset;
    QPushButton *m_resetAll;
    QLabel *m_message;
};

} // namespace vcv
