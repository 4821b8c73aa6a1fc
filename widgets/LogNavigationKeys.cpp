// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogNavigationKeys.h"

#include <algorithm>
#include <cstring>

namespace vcv {

namespace {

using Move = LogNavigationKeys::Move;

constexpr LogNavigationKeys::Key Table[] = {
    {Qt::Key_Up, Move::LineUp, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Move the current line")},
    {Qt::Key_Down, Move::LineDown, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Move the current line")},
    {Qt::Key_PageUp, Move::PageUp, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Move the current line")},
    {Qt::Key_PageDown, Move::PageDown, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Move the current line")},
    {Qt::Key_Home, Move::FirstLine, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Go to the first line")},
    {Qt::Key_End, Move::LastLine,
     QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Go to the last line and follow the log")},
    {Qt::Key_Left, Move::ScrollLeft, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Scroll sideways")},
    {Qt::Key_Right, Move::ScrollRight, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Scroll sideways")},
    {Qt::Key_Escape, Move::ClearSelection, QT_TRANSLATE_NOOP("vcv::LogNavigationKeys", "Clear the selection")},
};

} // namespace

std::span<const LogNavigationKeys::Key> LogNavigationKeys::keys()
{
    return Table;
}

std::optional<LogNavigationKeys::Move> LogNavigationKeys::moveFor(int key)
{
    const auto it = std::find_if(std::begin(Table), std::end(Table), [key](const Key &k) { return k.key == key; });
    if (it == std::end(Table))
        return std::nullopt;
    return it->move;
}

QString LogNavigationKeys::description(const Key &key)
{
    return tr(key.description);
}

QList<LogNavigationKeys::Group> LogNavigationKeys::groups()
{
    QList<Group> groups;
    for (const Key &key : Table) {
        const QString text = description(key);
        const auto same =
            std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.description == text; });
        if (same != groups.end())
            same->keys.append(key.key);
        else
            groups.append({{key.key}, text});
    }
    return groups;
}

} // namespace vcv
