// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace vcv {

/// The log view's fixed navigation keys, defined once: LogView::keyPressEvent() acts on them and
/// the Help's list of keys shows them, so the two cannot disagree.
///
/// They are not ActionRegistry actions: like a text editor's cursor keys they are not commands
/// one rebinds, and they must reach the view as plain key presses (a QAbstractScrollArea scrolls
/// with them). Modifiers do not matter (Ctrl+Home is Home).
/// Thread: any (constant data).
class LogNavigationKeys
{
    Q_DECLARE_TR_FUNCTIONS(vcv::LogNavigationKeys)
public:
    enum class Move {
        LineUp,
        LineDown,
        PageUp,
        PageDown,
        FirstLine,
        LastLine, ///< and resume follow
        ScrollLeft,
        ScrollRight,
        ClearSelection,
    };

    struct Key
    {
        Qt::Key key;
        Move move;
        const char *description; ///< untranslated, see description()
    };

    /// Every key, in the order the Help lists them; keys that do the same share a description.
    static std::span<const Key> keys();
    /// What @p key does in the log view, nothing for a key that is not a navigation key.
    static std::optional<Move> moveFor(int key);
    /// @p key's description, translated.
    static QString description(const Key &key);

    /// For a list of keys: each description once, in order, with the names of its keys.
    struct Group
    {
        QList<Qt::Key> keys;
        QString description; ///< translated
    };
    static QList<Group> groups();
};

} // namespace vcv
