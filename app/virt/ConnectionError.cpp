// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/ConnectionError.h"

#include <QCoreApplication>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

ConnectionError make(ConnectionError::Kind kind, const QString &message)
{
    ConnectionError e;
    e.kind = kind;
    e.message = message;
    switch (kind) {
    case ConnectionError::Kind::UnknownHost:
        e.remedy = QCoreApplication::translate(
            "vcv::ConnectionError",
            "Check the host name in the URI; it must resolve on this machine (DNS or /etc/hosts).");
        break;
    case ConnectionError::Kind::AuthenticationFailed:
        e.remedy = QCoreApplication::translate(
            "vcv::ConnectionError",
            "Check the user name and the password or passphrase. For qemu+ssh:// make sure the ssh "
            "key is accepted by the host (ssh-copy-id) or loaded in your agent (ssh-add).");
        break;
    case ConnectionError::Kind::PermissionDenied:
        e.remedy = QCoreApplication::translate(
            "vcv::ConnectionError",
            "Your user may not use the daemon's socket: add it to the \"libvirt\" group and log in "
            "again, or connect to qemu:///session instead.");
        break;
    case ConnectionError::Kind::DaemonNotRunning:
        e.remedy = QCoreApplication::translate(
            "vcv::ConnectionError",
            "Start the libvirt daemon on that host (systemctl start libvirtd, or virtqemud for the "
            "modular daemons); for qemu+tcp:// or qemu+tls:// it must also listen on that port.");
        break;
    case ConnectionError::Kind::UnsupportedUri:
        e.remedy =
            QCoreApplication::translate("vcv::ConnectionError",
                                        "Check the URI, for example qemu:///system, qemu+ssh://user@host/system or "
                                        "test:///default; the hypervisor driver must be installed on the host.");
        break;
    case ConnectionError::Kind::ConnectionLost:
        e.remedy = QCoreApplication::translate(
            "vcv::ConnectionError",
            "The connection will be retried automatically; check that the daemon is running and the "
            "host is reachable.");
        break;
    case ConnectionError::Kind::Other:
        e.remedy = QCoreApplication::translate("vcv::ConnectionError",
                                               "See the message above; the daemon's log on the host may say more.");
        break;
    case ConnectionError::Kind::None: break;
    }
    return e;
}

bool contains(const QString &haystack, QStringView needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

QString ConnectionError::kindText(Kind kind)
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::UnknownHost: return QCoreApplication::translate("vcv::ConnectionError", "Unknown host");
    case Kind::AuthenticationFailed:
        return QCoreApplication::translate("vcv::ConnectionError", "Authentication failed");
    case Kind::PermissionDenied: return QCoreApplication::translate("vcv::ConnectionError", "Permission denied");
    case Kind::DaemonNotRunning:
        return QCoreApplication::translate("vcv::ConnectionError", "The libvirt daemon is not running");
    case Kind::UnsupportedUri: return QCoreApplication::translate("vcv::ConnectionError", "Unsupported URI");
    case Kind::ConnectionLost: return QCoreApplication::translate("vcv::ConnectionError", "Connection lost");
    case Kind::Other: return QCoreApplication::translate("vcv::ConnectionError", "Connection failed");
    }
    return QString();
}

QString ConnectionError::text() const
{
    if (!isError())
        return QString();
    QString t = kindText(kind);
    if (!message.isEmpty())
        t += u": "_s + message;
    if (!remedy.isEmpty())
        t += u"\n"_s + remedy;
    return t;
}

ConnectionError ConnectionError::checkUri(const QString &uri)
{
    static const QStringList drivers{u"qemu"_s,      u"test"_s,         u"xen"_s,          u"lxc"_s,    u"vbox"_s,
                                     u"vmwarews"_s,  u"vmwareplayer"_s, u"vmwarefusion"_s, u"esx"_s,    u"gsx"_s,
                                     u"vpx"_s,       u"ch"_s,           u"bhyve"_s,        u"openvz"_s, u"vz"_s,
                                     u"hyperv"_s,    u"libxl"_s,        u"remote"_s,       u"xenapi"_s, u"network"_s,
                                     u"interface"_s, u"nodedev"_s,      u"nwfilter"_s,     u"secret"_s, u"storage"_s};
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return make(Kind::UnsupportedUri, QCoreApplication::translate("vcv::ConnectionError", "The URI is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return make(Kind::UnsupportedUri,
                    QCoreApplication::translate("vcv::ConnectionError", "\"%1\" is not a URI.").arg(trimmed));
    const QString driver = url.scheme().section(u'+', 0, 0).toLower();
    if (!drivers.contains(driver))
        return make(
            Kind::UnsupportedUri,
            QCoreApplication::translate("vcv::ConnectionError", "libvirt has no driver named \"%1\".").arg(driver));
    return ConnectionError{};
}

ConnectionError ConnectionError::classify(int code, int sysErrno, const QString &message, const QString &uri)
{
    // Authentication first: ssh reports a refused key as "Permission denied (publickey…)", which
    // must not be mistaken for the local socket's permissions.
    if (code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED || code == VIR_ERR_AUTH_UNAVAILABLE ||
        contains(message, u"Permission denied (") || contains(message, u"authentication failed") ||
        contains(message, u"Host key verification failed"))
        return make(Kind::AuthenticationFailed, message);
    if (contains(message, u"Could not resolve hostname") || contains(message, u"Unable to resolve address") ||
        contains(message, u"Name or service not known") || contains(message, u"Temporary failure in name resolution"))
        return make(Kind::UnknownHost, message);
    if (contains(message, u"no connection driver available") || contains(message, u"Unable to parse URI") ||
        (contains(message, u"unexpected") && contains(message, u"URI")) ||
        (contains(message, u"unsupported") && contains(message, u"transport")))
        return make(Kind::UnsupportedUri, message);
    const bool socket = contains(message, u"Failed to connect socket") ||
        contains(message, u"unable to connect to server") || contains(message, u"connect to host");
    if (socket && (sysErrno == EACCES || sysErrno == EPERM || contains(message, u"Permission denied")))
        return make(Kind::PermissionDenied, message);
    if (socket &&
        (sysErrno == ENOENT || sysErrno == ECONNREFUSED || contains(message, u"No such file or directory") ||
         contains(message, u"Connection refused")))
        return make(Kind::DaemonNotRunning, message);
    // Without a daemon the remote driver takes any URI and then fails on the socket; a URI with an
    // unknown driver is the better explanation.
    if (ConnectionError byUri = checkUri(uri); byUri.isError()) {
        byUri.message = message;
        return byUri;
    }
    Q_UNUSED(code)
    return make(Kind::Other, message);
}

ConnectionError ConnectionError::fromLastError(const QString &uri)
{
    const virErrorPtr e = virGetLastError();
    if (!e)
        return make(Kind::Other, QCoreApplication::translate("vcv::ConnectionError", "libvirt reported no reason."));
    return classify(e->code, e->code == VIR_ERR_SYSTEM_ERROR ? e->int1 : 0,
                    e->message ? QString::fromUtf8(e->message) : QString(), uri);
}

ConnectionError ConnectionError::lost(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return make(Kind::ConnectionLost,
                    QCoreApplication::translate("vcv::ConnectionError", "The daemon closed the connection."));
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return make(
            Kind::ConnectionLost,
            QCoreApplication::translate("vcv::ConnectionError", "The host stopped answering keepalive messages."));
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
        return make(Kind::ConnectionLost,
                    QCoreApplication::translate("vcv::ConnectionError", "The connection was closed."));
    case VIR_CONNECT_CLOSE_REASON_ERROR:
    default:
        return make(Kind::ConnectionLost,
                    QCoreApplication::translate("vcv::ConnectionError", "An error broke the connection."));
    }
}

} // namespace vcv
