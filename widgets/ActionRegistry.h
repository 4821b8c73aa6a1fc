// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/ViewSettings.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace vcv {

/// Every user-facing action that has a shortcut, defined once: a stable id ("log.find-next"),
/// its label, the context it lives in and its default shortcuts. The user's overrides
/// (ViewSettings::shortcuts, stored by the shell) replace the defaults; setOverrides() applies
/// them at once to every action made by createAction(), in every window and tab.
///
/// The registry is one object per process (instance()), GUI thread only. It reads no settings:
/// the shell hands it the overrides.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    /// Where an action's shortcut is taken. Terminal and Log shortcuts are taken while that
    /// view has the focus (Qt::WidgetWithChildrenShortcut), Window ones anywhere in the main
    /// window: a Window shortcut therefore clashes with any other, a Terminal one never with
    /// a Log one.
    enum class Context { Window, Terminal, Log };

    struct Entry
    {
        QString id;
        Context context;
        QList<QKeySequence> defaults;
    };

    static ActionRegistry *instance();

    /// All entries, in the order the Settings page lists them.
    static const QList<Entry> &entries();
    static const Entry *entry(const QString &id); ///< nullptr for an unknown id
    /// The translated label, with its menu mnemonic ('&'); label(id, false) without it.
    static QString label(const QString &id, bool withMnemonic = true);
    static QString contextName(Context context); ///< translated: "Window", "Terminal", "Boot log"
    /// True when shortcuts of these contexts are taken at the same time, so cannot share a key.
    static bool overlaps(Context a, Context b) { return a == b || a == Context::Window || b == Context::Window; }

    /// The shortcuts of @p id under @p overrides: the override when there is one (possibly
    /// empty: no shortcut), else the defaults.
    static QList<QKeySequence> shortcutsUnder(const QString &id, const ShortcutOverrides &overrides);
    /// The id of another action whose shortcuts under @p overrides contain @p key in an
    /// overlapping context; empty when @p key is free for @p id (or empty).
    static QString conflict(const QString &id, const QKeySequence &key, const ShortcutOverrides &overrides);

    QList<QKeySequence> shortcuts(const QString &id) const { return shortcutsUnder(id, m_overrides); }
    const ShortcutOverrides &overrides() const { return m_overrides; }
    /// Replaces the overrides (unknown ids are dropped) and re-applies every action's shortcuts.
    void setOverrides(const ShortcutOverrides &overrides);

    /// A new action for @p id, owned by @p parent: its text, object name (the id), shortcut
    /// context and current shortcuts set, kept current when the overrides change. When
    /// @p parent is a widget and the context is Terminal or Log, the action is added to it, so
    /// its shortcut works while the widget has the focus. The caller connects triggered().
    QAction *createAction(const QString &id, QObject *parent);

Q_SIGNALS:
    void shortcutsChanged();

private:
    ActionRegistry() = default;
    ShortcutOverrides m_overrides;
};

} // namespace vcv
