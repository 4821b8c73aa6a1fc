// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vcv {

/// Which console of which domain a tab shows.
struct ConsoleTarget
{
    QString uri;
    QString uuid;
    QString name;
    QString alias; ///< empty: the domain's default console
    friend bool operator==(const ConsoleTarget &, const ConsoleTarget &) = default;
};

} // namespace vcv
