// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/ViewSettings.h"

namespace vcv {

/// ViewSettings in QSettings (group "view"; the shortcut overrides in group "shortcuts").
/// Missing keys give the defaults.
class SettingsStore
{
public:
    static ViewSettings load();
    static void save(const ViewSettings &settings);
};

} // namespace vcv
