#include "virt/SshCommand.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vcv {

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
