// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vcv {

/// The path of one of the viewer's helper programs (virt-console-viewer-askpass,
/// virt-console-viewer-logread): beside the executable (the build tree) or in the installation's
/// libexec folder; canonical, empty when neither has it.
QString findHelperProgram(const QString &name);

/// Where the installation puts its helpers: PREFIX/libexec/virt-console-viewer, as an absolute
/// path. What another host with the same package has, for `sudo` over ssh.
QString installedHelperPath(const QString &name);

/// Where another host may have the helper `name`, for `sudo` over ssh, in the order to try them:
/// where this build installs it (installedHelperPath(), a host with the same build), then where
/// the distributions' packages do (/usr/libexec/virt-console-viewer), last. A viewer built from
/// source (PREFIX /usr/local) thus still finds the reader of a host's package. Fixed absolute
/// paths, never one a host names.
QStringList remoteHelperPaths(const QString &name);

} // namespace vcv
