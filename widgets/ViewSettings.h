// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFont>
#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QString>

namespace vcv {

/// The user's shortcuts by action id (ActionRegistry): an entry replaces that action's default
/// shortcuts, an empty list meaning none. Actions without an entry keep their defaults.
using ShortcutOverrides = QMap<QString, QList<QKeySequence>>;

/// How terminals and log panes look and behave: what the Settings dialog edits and the shell
/// stores in QSettings. A plain value; the defaults are the applied values of a fresh install.
struct ViewSettings
{
    /// The application's colours: the desktop's, or Qt's Fusion style in light or dark.
    enum class Appearance { System, Light, Dark };
    Appearance appearance = Appearance::System;
    QFont terminalFont;          ///< default: the system's fixed-width font
    QString terminalColorScheme; ///< empty: follow the application's palette
    int scrollbackLines = 10000; ///< < 0: unlimited
    /// Pastes are paced by the guest's echo; this is the pace for a guest that does not echo
    /// (<= 0: one window per echo timeout).
    int pasteCharsPerSecond = 6400;
    bool confirmMultilinePaste = true; ///< ask before a paste of several lines
    bool seedTerminalFromLog = true;   ///< a new terminal starts from the tail of the console's log
    QString logTheme;                  ///< empty: follow the palette (light or dark)
    bool followLog = true;             ///< a newly opened log pane follows the end of the log
    /// A console log that root alone may read is read with administrator rights (pkexec and
    /// virt-console-viewer-logread) without asking first.
    bool readRootLogsAsAdministrator = false;
    /// When a followed log is wiped (virtlogd with append='off' at each start, or by hand), its
    /// earlier text is written to an archive file (LogArchiver). On by default: that text is the
    /// history of the previous boot, which the viewer exists to show, and it is gone otherwise;
    /// the cost is disk space, bounded by archiveKeepLast.
    bool archiveWipedLogs = true;
    QString archiveFolder;    ///< empty: LogArchiver::defaultRoot()
    int archiveKeepLast = 20; ///< archives kept per console; 0 keeps all
    /// A desktop notification when an open console's guest panics, oopses, reaches an emergency
    /// shell or stalls while booting, unless the user is looking at that console.
    bool notifyBootAlerts = true;
    int bootStallSeconds = 60;   ///< console silence that makes a boot stalled; 0: never
    ShortcutOverrides shortcuts; ///< the user's shortcuts; empty: every action's defaults

    friend bool operator==(const ViewSettings &, const ViewSettings &) = default;
};

} // namespace vcv
