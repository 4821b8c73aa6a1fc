#pragma once

class QCoreApplication;
class QLocale;

namespace vcv {

/// Installs the translations for `locale` (normally the system's): our catalogue, compiled into
/// the binary under :/i18n, and Qt's own. English needs none. Returns whether ours was found.
bool installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace vcv
