// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSyntax.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

using namespace Qt::StringLiterals;

namespace vcv {

KSyntaxHighlighting::Repository &LogSyntax::repository()
{
    // A function-local static: built on first use, destroyed after main() returns.
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

QString LogSyntax::bootLogDefinitionName()
{
    return u"Boot Log"_s;
}

KSyntaxHighlighting::Definition LogSyntax::bootLogDefinition()
{
    return repository().definitionForName(bootLogDefinitionName());
}

KSyntaxHighlighting::Theme LogSyntax::themeForPalette(const QPalette &palette)
{
    return repository().themeForPalette(palette);
}

KSyntaxHighlighting::Theme LogSyntax::themeByName(const QString &name)
{
    const auto themes = repository().themes();
    for (const auto &theme : themes) {
        if (theme.name() == name)
            return theme;
    }
    return {};
}

QStringList LogSyntax::themeNames()
{
    QStringList names;
    const auto themes = repository().themes();
    names.reserve(themes.size());
    for (const auto &theme : themes)
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace vcv
