// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/SshCommand.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vcv {

QString SshCommand::destinationOf(const QStringList &argv)
{
    // ssh's options that take an argument (OpenSSH 9/10, ssh(1)).
    static const QString withArgument = u"BbcDEeFIiJLlmOoPpQRSWw"_s;
    QString user;
    QString port;
    QString destination;
    for (qsizetype i = 1; i < argv.size() && destination.isEmpty(); ++i) {
        const QString &arg = argv.at(i);
        if (arg == u"--"_s) {
            destination = argv.value(i + 1);
            break;
        }
        if (!arg.startsWith(u'-') || arg.size() < 2) {
            destination = arg;
            break;
        }
        // Flags may be bundled ("-Tp22"): walk them until one takes an argument.
        for (qsizetype k = 1; k < arg.size(); ++k) {
            const QChar flag = arg.at(k);
            if (!withArgument.contains(flag))
                continue;
            const QString value = k + 1 < arg.size() ? arg.mid(k + 1) : argv.value(++i);
            if (flag == u'l')
                user = value;
            else if (flag == u'p')
                port = value;
            break;
        }
    }
    if (destination.isEmpty())
        return {};
    QString host = destination;
    if (host.startsWith(u"ssh://"_s)) {
        const QUrl url(host);
        if (!url.userName().isEmpty())
            user = url.userName();
        if (url.port() > 0)
            port = QString::number(url.port());
        host = url.host();
    } else if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0) {
        user = host.left(at);
        host = host.mid(at + 1);
    }
    if (host.contains(u':'))
        host = u'[' + host + u']';
    QString out = user.isEmpty() ? host : user + u'@' + host;
    if (!port.isEmpty() && port != u"22"_s)
        out += u':' + port;
    return out;
}

bool SshCommand::usesSshProgram(const QString &uri)
{
    const QUrl url(uri);
    // driver+ssh:// and driver+ext:// with ssh are libvirt's; +libssh / +libssh2 are libraries.
    return url.isValid() && url.scheme().endsWith(u"+ssh"_s) && !url.host().isEmpty();
}

std::optional<QStringList> SshCommand::argumentsForUri(const QString &uri, QString *error)
{
    if (!usesSshProgram(uri)) {
        if (error)
            *error = QCoreApplication::translate("vcv::SshCommand", "%1 does not connect through ssh.").arg(uri);
        return std::nullopt;
    }
    const QUrl url(uri);
    const QUrlQuery query(url);
    QStringList args;
    // No terminal (-T), no escape character: the output is a byte stream, not a session.
    args << u"-T"_s << u"-e"_s << u"none"_s;
    // A dead network is noticed in about 15 s instead of the kernel's TCP timeout.
    args << u"-o"_s << u"ServerAliveInterval=5"_s << u"-o"_s << u"ServerAliveCountMax=3"_s;
    if (url.port() > 0)
        args << u"-p"_s << QString::number(url.port());
    if (!url.userName().isEmpty())
        args << u"-l"_s << url.userName();
    if (query.hasQueryItem(u"keyfile"_s))
        args << u"-i"_s << query.queryItemValue(u"keyfile"_s, QUrl::FullyDecoded);
    if (query.queryItemValue(u"no_verify"_s) == u"1"_s)
        args << u"-o"_s << u"StrictHostKeyChecking=no"_s;
    if (query.queryItemValue(u"no_tty"_s) == u"1"_s)
        args << u"-o"_s << u"BatchMode=yes"_s;
    args << u"--"_s << url.host();
    return args;
}

} // namespace vcv
