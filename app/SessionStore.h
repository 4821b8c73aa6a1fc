// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ConsoleTarget.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <Qt>

#include <optional>

namespace vcv {

/// What the window remembers from one run to the next, in QSettings: the connections, the open
/// consoles, the window's layout and the console menu's choices. Every key of the session lives
/// here (the view settings are SettingsStore's); a missing or unreadable value gives the default.
///
/// Keys (kept as earlier versions wrote them): connections/uris, session/tabs (one
/// "URI\tUUID\tNAME\tALIAS" per console), window/geometry, window/mainSplit, console/split,
/// console/orientation, console/autoReattach.
class SessionStore
{
public:
    /// The connections' URIs; empty when none were saved.
    static QStringList connections();
    static void setConnections(const QStringList &uris);
    /// The connections a window opens: those saved, or qemu:///system on a first run.
    static QStringList connectionsToOpen();

    /// The consoles open when the session was saved, in tab order. Entries that are not four
    /// tab-separated fields, or lack a URI or UUID, are skipped.
    static QList<ConsoleTarget> openConsoles();
    static void setOpenConsoles(const QList<ConsoleTarget> &consoles);

    /// QWidget::saveGeometry() of the main window; nullopt when never saved.
    static std::optional<QByteArray> windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    /// The domain list | consoles splitter; nullopt when never saved.
    static std::optional<QByteArray> mainSplit();
    static void setMainSplit(const QByteArray &state);

    /// ConsoleSplitView::saveState() of the last console moved; empty when never saved.
    static QByteArray consoleSplit();
    static void setConsoleSplit(const QByteArray &state);
    /// Terminal beside (Horizontal, the default) or above (Vertical) the log.
    static Qt::Orientation consoleOrientation();
    static void setConsoleOrientation(Qt::Orientation orientation);
    /// Console → Reattach When the Domain Runs Again (default on).
    static bool autoReattach();
    static void setAutoReattach(bool on);
};

} // namespace vcv
