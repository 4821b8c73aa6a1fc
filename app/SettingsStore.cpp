// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "SettingsStore.h"

#include <QFontDatabase>
#include <QKeySequence>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace vcv {

ViewSettings SettingsStore::load()
{
    QSettings settings;
    settings.beginGroup(u"view"_s);
    ViewSettings view;
    const QString appearance = settings.value(u"appearance"_s).toString();
    view.appearance = appearance == u"dark"_s ? ViewSettings::Appearance::Dark
        : appearance == u"light"_s            ? ViewSettings::Appearance::Light
                                              : ViewSettings::Appearance::System;
    view.terminalFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (settings.contains(u"terminalFont"_s))
        view.terminalFont.fromString(settings.value(u"terminalFont"_s).toString());
    view.terminalColorScheme = settings.value(u"terminalColorScheme"_s).toString();
    view.scrollbackLines = settings.value(u"scrollbackLines"_s, view.scrollbackLines).toInt();
    view.pasteCharsPerSecond = settings.value(u"pasteCharsPerSecond"_s, view.pasteCharsPerSecond).toInt();
    view.confirmMultilinePaste = settings.value(u"confirmMultilinePaste"_s, view.confirmMultilinePaste).toBool();
    view.seedTerminalFromLog = settings.value(u"seedTerminalFromLog"_s, view.seedTerminalFromLog).toBool();
    view.logTheme = settings.value(u"logTheme"_s).toString();
    view.followLog = settings.value(u"followLog"_s, view.followLog).toBool();
    view.readRootLogsAsAdministrator =
        settings.value(u"readRootLogsAsAdministrator"_s, view.readRootLogsAsAdministrator).toBool();
    view.archiveWipedLogs = settings.value(u"archiveWipedLogs"_s, view.archiveWipedLogs).toBool();
    view.archiveFolder = settings.value(u"archiveFolder"_s).toString();
    view.archiveKeepLast = qMax(0, settings.value(u"archiveKeepLast"_s, view.archiveKeepLast).toInt());
    view.notifyBootAlerts = settings.value(u"notifyBootAlerts"_s, view.notifyBootAlerts).toBool();
    view.bootStallSeconds = qMax(0, settings.value(u"bootStallSeconds"_s, view.bootStallSeconds).toInt());
    settings.endGroup();

    // Group "shortcuts": one key per overridden action id, its keys in portable text joined
    // by "; " (QKeySequence::listToString), "" for none. An action without a key keeps its defaults.
    settings.beginGroup(u"shortcuts"_s);
    const QStringList ids = settings.childKeys();
    for (const QString &id : ids)
        view.shortcuts.insert(id,
                              QKeySequence::listFromString(settings.value(id).toString(), QKeySequence::PortableText));
    return view;
}

void SettingsStore::save(const ViewSettings &view)
{
    QSettings settings;
    settings.beginGroup(u"view"_s);
    settings.setValue(u"appearance"_s,
                      view.appearance == ViewSettings::Appearance::Dark        ? u"dark"_s
                          : view.appearance == ViewSettings::Appearance::Light ? u"light"_s
                                                                               : u"system"_s);
    settings.setValue(u"terminalFont"_s, view.terminalFont.toString());
    settings.setValue(u"terminalColorScheme"_s, view.terminalColorScheme);
    settings.setValue(u"scrollbackLines"_s, view.scrollbackLines);
    settings.setValue(u"pasteCharsPerSecond"_s, view.pasteCharsPerSecond);
    settings.setValue(u"confirmMultilinePaste"_s, view.confirmMultilinePaste);
    settings.setValue(u"seedTerminalFromLog"_s, view.seedTerminalFromLog);
    settings.setValue(u"logTheme"_s, view.logTheme);
    settings.setValue(u"followLog"_s, view.followLog);
    settings.setValue(u"readRootLogsAsAdministrator"_s, view.readRootLogsAsAdministrator);
    settings.setValue(u"archiveWipedLogs"_s, view.archiveWipedLogs);
    settings.setValue(u"archiveFolder"_s, view.archiveFolder);
    settings.setValue(u"archiveKeepLast"_s, view.archiveKeepLast);
    settings.setValue(u"notifyBootAlerts"_s, view.notifyBootAlerts);
    settings.setValue(u"bootStallSeconds"_s, view.bootStallSeconds);
    settings.endGroup();

    settings.remove(u"shortcuts"_s);
    settings.beginGroup(u"shortcuts"_s);
    for (auto it = view.shortcuts.constBegin(); it != view.shortcuts.constEnd(); ++it)
        settings.setValue(it.key(), QKeySequence::listToString(it.value(), QKeySequence::PortableText));
}

} // namespace vcv
