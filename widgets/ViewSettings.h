#pragma once

#include <QFont>
#include <QString>

namespace vcv {

/// How terminals and log panes look and behave: what the Settings dialog edits and the shell
/// stores in QSettings. A plain value; the defaults are the applied values of a fresh install.
struct ViewSettings {
    /// The application's colours: the desktop's, or Qt's Fusion style in light or dark.
    enum class Appearance { System, Light, Dark };
    Appearance appearance = Appearance::System;
    QFont terminalFont;          ///< default: the system's fixed-width font
    QString terminalColorScheme; ///< empty: follow the application's palette
    int scrollbackLines = 10000; ///< < 0: unlimited
    int pasteCharsPerSecond = 6400; ///< <= 0: paste at once
    QString logTheme;            ///< empty: follow the palette (light or dark)
    bool followLog = true;       ///< a newly opened log pane follows the end of the log

    friend bool operator==(const ViewSettings &, const ViewSettings &) = default;
};

} // namespace vcv
