// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vcv {

/// The path of one of the viewer's helper programs (virt-console-viewer-askpass,
/// virt-console-viewer-logread): beside the executable (the build tree) or in the installation's
/// libexec folder; canonical, empty when neither has it.
QString findHelperProgram(const QString &name);

/// Where the installation puts its helpers: PREFIX/libexec/virt-console-viewer, as an absolute
/// path. What another host with the same package has, for `sudo` over ssh.
QString installedHelperPath(const QString &name);

} // namespace vcv
