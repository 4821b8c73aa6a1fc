// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPalette>

namespace vcv {

/// The application's dark appearance: Qt's Fusion palette with dark colours after Fusion's own
/// dark scheme. One definition for the main window's "Dark" appearance and for the screenshots
/// of the docs, so that both show the same colours. Terminals and log panes follow it by
/// themselves (they pick their dark scheme from the palette's window colour).
QPalette darkPalette();

} // namespace vcv
