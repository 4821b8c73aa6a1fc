// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vcv {

/// Why a connection failed or was lost, as something a user can act on: a kind, libvirt's own
/// message, and a remedy. A plain value; QtCore only, so the classification is testable alone.
struct ConnectionError
{
    enum class Kind {
        None,
        UnknownHost,          ///< the host name does not resolve
        AuthenticationFailed, ///< credentials refused or the prompt cancelled
        PermissionDenied,     ///< the daemon's socket refuses this user
        DaemonNotRunning,     ///< no daemon at the socket or port
        UnsupportedUri,       ///< malformed URI or no driver for it
        ConnectionLost,       ///< an open connection went away (EOF, keepalive, error)
        Other,
    };

    Kind kind = Kind::None;
    QString message; ///< libvirt's message, untranslated; may be empty
    QString remedy;  ///< what to do about it, translated

    bool isError() const { return kind != Kind::None; }
    /// One paragraph for a status line or dialog: a translated summary, libvirt's message, the remedy.
    QString text() const;
    /// A short translated name of the kind ("Unknown host" …).
    static QString kindText(Kind kind);

    /// Classifies a failed virConnectOpen*: `code` is virErrorPtr->code, `sysErrno` its int1 for
    /// system errors (else 0), `message` its message. `uri` helps with URIs libvirt does not
    /// recognise. Never returns Kind::None.
    static ConnectionError classify(int code, int sysErrno, const QString &message, const QString &uri);
    /// Classifies libvirt's last error of the calling thread (virGetLastError).
    static ConnectionError fromLastError(const QString &uri);
    /// A URI whose driver libvirt cannot know (empty, unparsable, unknown scheme) gives an
    /// UnsupportedUri error without asking libvirt; otherwise Kind::None.
    static ConnectionError checkUri(const QString &uri);
    /// For a connection that closed: `reason` is virConnectCloseReason.
    static ConnectionError lost(int reason);
};

} // namespace vcv
