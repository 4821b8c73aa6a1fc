// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/HelperProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace vcv {

QString findHelperProgram(const QString &name)
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        appDir.filePath(name),
        appDir.filePath(u"../" VCV_INSTALL_LIBEXECDIR "/virt-console-viewer/"_s + name),
    };
    for (const QString &c : candidates) {
        const QFileInfo info(c);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString installedHelperPath(const QString &name)
{
    return QStringLiteral(VCV_INSTALL_FULL_LIBEXECDIR "/virt-console-viewer/") + name;
}

QStringList remoteHelperPaths(const QString &name)
{
    QStringList paths{installedHelperPath(name)};
    const QString distribution = u"/usr/libexec/virt-console-viewer/"_s + name;
    if (!paths.contains(distribution))
        paths << distribution;
    return paths;
}

} // namespace vcv
