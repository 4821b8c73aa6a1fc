// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>
#include <QStringList>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace vcv {

/// The application's one KSyntaxHighlighting repository and the "Boot Log" definition.
///
/// Loading a Repository reads every bundled definition and theme (12–40 ms and a few MB), so the
/// application keeps exactly one. preload() loads it, with the Boot Log definition and the theme
/// for the application's palette (the repository's first themeForPalette() is its slow one), on
/// a background thread at startup, so that the first log pane does not do that work on the GUI
/// thread; without preload() it is created on first use. Our own "Boot Log" definition is
/// compiled into the binary under :/org.kde.syntax-highlighting/syntax-addons/, where the
/// repository finds it by itself.
///
/// Thread: GUI thread only (Repository is not thread-safe: the preloading thread hands it over,
/// moved to the GUI thread, and never touches it again). Tests should call
/// QStandardPaths::setTestModeEnabled(true) before the first use so that definitions and themes
/// installed in the user's home do not leak in.
class LogSyntax final
{
public:
    LogSyntax() = delete;

    /// Starts loading the repository on a background thread; repository() takes it from there
    /// (waiting if it is still loading). Does nothing once started or loaded. GUI thread.
    static void preload();
    /// True once a preload() has finished loading (tests).
    static bool isPreloaded();

    /// The shared repository; lives until the application exits.
    static KSyntaxHighlighting::Repository &repository();

    /// Name of our definition, as written in resources/syntax/bootlog.xml.
    static QString bootLogDefinitionName();

    /// The "Boot Log" definition; invalid only if the resources were not linked in.
    static KSyntaxHighlighting::Definition bootLogDefinition();

    /// The theme that suits @p palette (light or dark).
    static KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

    /// A theme by its name (Theme::name()); an invalid Theme if there is none of that name.
    static KSyntaxHighlighting::Theme themeByName(const QString &name);

    /// The names of all themes, sorted, for a theme chooser.
    static QStringList themeNames();
};

} // namespace vcv
