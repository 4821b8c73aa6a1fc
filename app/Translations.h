// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QCoreApplication;
class QLocale;

namespace vcv {

/// Installs the translations for `locale` (normally the system's): our catalogue, compiled into
/// the binary under :/i18n, and Qt's own. Where we have no catalogue for the locale, the English
/// one (plural forms only) is installed. Returns whether a catalogue for the locale was found.
bool installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace vcv
