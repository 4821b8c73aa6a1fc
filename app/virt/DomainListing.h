// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vcv {

/// The text of `virt-console-viewer --list [-c URI]`: the domains of one connection with their
/// consoles and log paths, for scripts and tests. Blocking and synchronous (it opens its own
/// read-only connection and closes it); QtCore only; call it from any one thread.
///
/// Format (UTF-8, tab-separated, one domain per line, sorted by name, then one indented line per
/// console device; "-" where there is no value):
///
///     NAME<TAB>STATE<TAB>ID<TAB>UUID<TAB>persistent|transient
///     <TAB>ALIAS<TAB>TARGET-TYPE<TAB>LOG-FILE
class DomainListing
{
public:
    /// Returns the listing, or an empty string and *error (the connection error with its remedy)
    /// when the URI cannot be opened. An empty URI means libvirt's default URI. Passwords are
    /// asked on the terminal (virConnectAuthPtrDefault).
    static QString text(const QString &uri, QString *error);
};

} // namespace vcv
