#pragma once

#include "widgets/ViewSettings.h"

namespace vcv {

/// ViewSettings in QSettings (group "view"). Missing keys give the defaults.
class SettingsStore {
public:
    static ViewSettings load();
    static void save(const ViewSettings &settings);
};

} // namespace vcv
