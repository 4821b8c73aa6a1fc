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
/// Loading a Repository reads every bundled definition and theme (tens of milliseconds and a
/// few MB), so the application keeps exactly one, created on first use. Our own "Boot Log"
/// definition is compiled into the binary under :/org.kde.syntax-highlighting/syntax-addons/,
/// where the repository finds it by itself.
///
/// Thread: GUI thread only (Repository is not thread-safe). Tests should call
/// QStandardPaths::setTestModeEnabled(true) before the first use so that definitions and themes
/// installed in the user's home do not leak in.
class LogSyntax final
{
public:
    LogSyntax() = delete;

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
