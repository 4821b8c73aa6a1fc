// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace vcv {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *ours = new QTranslator(app);
    const bool found = ours->load(locale, u"virt-console-viewer"_s, u"_"_s, u":/i18n"_s);
    // Without a translation for the locale (the "C" locale, Spanish …) the English plural forms
    // ("1 line", "2 lines") still apply: the source strings say "line(s)".
    if (found || ours->load(u"virt-console-viewer_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace vcv
