// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "SessionStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
const QString kConnections = u"connections/uris"_s;
const QString kTabs = u"session/tabs"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kMainSplit = u"window/mainSplit"_s;
const QString kConsoleSplit = u"console/split"_s;
const QString kOrientation = u"console/orientation"_s;
const QString kAutoReattach = u"console/autoReattach"_s;

std::optional<QByteArray> bytesIfSaved(const QString &key)
{
    const QSettings settings;
    if (!settings.contains(key))
        return std::nullopt;
    return settings.value(key).toByteArray();
}
} // namespace

QStringList SessionStore::connections()
{
    return QSettings().value(kConnections).toStringList();
}

void SessionStore::setConnections(const QStringList &uris)
{
    QSettings().setValue(kConnections, uris);
}

QStringList SessionStore::connectionsToOpen()
{
    const QStringList saved = connections();
    return saved.isEmpty() ? QStringList{u"qemu:///system"_s} : saved;
}

QList<ConsoleTarget> SessionStore::openConsoles()
{
    QList<ConsoleTarget> out;
    const QStringList entries = QSettings().value(kTabs).toStringList();
    for (const QString &entry : entries) {
        const QStringList fields = entry.split(u'\t');
        if (fields.size() != 4 || fields[0].isEmpty() || fields[1].isEmpty())
            continue;
        out.append(ConsoleTarget{fields[0], fields[1], fields[2], fields[3]});
    }
    return out;
}

void SessionStore::setOpenConsoles(const QList<ConsoleTarget> &consoles)
{
    QStringList entries;
    for (const ConsoleTarget &t : consoles)
        entries << QStringList{t.uri, t.uuid, t.name, t.alias}.join(u'\t');
    QSettings().setValue(kTabs, entries);
}

std::optional<QByteArray> SessionStore::windowGeometry()
{
    return bytesIfSaved(kGeometry);
}

void SessionStore::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

std::optional<QByteArray> SessionStore::mainSplit()
{
    return bytesIfSaved(kMainSplit);
}

void SessionStore::setMainSplit(const QByteArray &state)
{
    QSettings().setValue(kMainSplit, state);
}

QByteArray SessionStore::consoleSplit()
{
    return QSettings().value(kConsoleSplit).toByteArray();
}

void SessionStore::setConsoleSplit(const QByteArray &state)
{
    QSettings().setValue(kConsoleSplit, state);
}

Qt::Orientation SessionStore::consoleOrientation()
{
    return QSettings().value(kOrientation, int(Qt::Horizontal)).toInt() == int(Qt::Vertical) ? Qt::Vertical
                                                                                             : Qt::Horizontal;
}

void SessionStore::setConsoleOrientation(Qt::Orientation orientation)
{
    QSettings().setValue(kOrientation, int(orientation));
}

bool SessionStore::autoReattach()
{
    return QSettings().value(kAutoReattach, true).toBool();
}

void SessionStore::setAutoReattach(bool on)
{
    QSettings().setValue(kAutoReattach, on);
}

} // namespace vcv
