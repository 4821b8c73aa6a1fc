// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
//
// virt-console-viewer-logread: reads a console log that only root may read, for a user whom
// polkit (pkexec) or sudo lets do so. See docs/privileged-logs.md for the trust model.
//
// The caller names a connection (qemu:///system only), a domain by UUID and a console, or the
// domain's QEMU log; the reader asks libvirt itself, read-only, for the domain's definition and
// serves that console's <log file>, or the QEMU driver's log of the domain by its name, and its
// rotations — regular files only — in RemoteLogMirror's protocol. No path from the caller is
// ever opened. No Qt GUI, no QCoreApplication (no plugins loaded as root).
#include "bootlog/LogReadRequest.h"
#include "logread/ChainServer.h"
#include "virt/DomainXml.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>
#include <unistd.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

constexpr int ExitUsage = 2;
/// The history's list of chunks: RemoteLogMirror plans at most a few thousand.
constexpr qsizetype MaxChunks = 8192;
constexpr qsizetype MaxInput = 1024 * 1024;
/// Where qemu:///system's QEMU driver writes a domain's own log, NAME.log (its log_dir).
constexpr QLatin1StringView QemuLogDir{"/var/log/libvirt/qemu/"};

int say(int status, const QString &message)
{
    const QByteArray text = "virt-console-viewer-logread: " + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return status;
}

void quietLibvirt(void *, virErrorPtr) { }

QString libvirtError()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : u"unknown libvirt error"_s;
}

/// The QEMU driver's log of the domain named `name`: NAME.log in its folder, as the driver names
/// it. A name is no path: libvirt refuses '/' in it, and so does this.
QString qemuLogPath(const QString &name, QString *error)
{
    if (name.isEmpty() || name.contains(u'/') || name.contains(QChar(0)) || name == u"."_s || name == u".."_s) {
        *error = u"refused: the domain's name %1 is not a file name"_s.arg(name);
        return {};
    }
    return QemuLogDir + name + u".log"_s;
}

/// The log path of the request's console, or of the domain's QEMU log, from the domain as
/// libvirt has it.
QString logPathFor(const LogReadRequest &request, int *status, QString *error)
{
    *status = ChainServer::Refused;
    virConnectPtr conn = virConnectOpenReadOnly(request.uri.toUtf8().constData());
    if (!conn) {
        *status = ChainServer::Failed;
        *error = u"cannot connect to %1: %2"_s.arg(request.uri, libvirtError());
        return {};
    }
    QString path;
    virDomainPtr domain = virDomainLookupByUUIDString(conn, request.uuid.toLatin1().constData());
    if (!domain) {
        *error = u"refused: %1 has no domain %2"_s.arg(request.uri, request.uuid);
    } else if (request.log == LogReadRequest::Log::Qemu) {
        const char *name = virDomainGetName(domain);
        if (!name)
            *error = u"the domain's name cannot be read: %1"_s.arg(libvirtError());
        else
            path = qemuLogPath(QString::fromUtf8(name), error);
        virDomainFree(domain);
    } else {
        char *xml = virDomainGetXMLDesc(domain, 0);
        QString parseError;
        const auto parsed = xml ? DomainXml::parse(QByteArray(xml), &parseError) : std::nullopt;
        std::free(xml);
        const ConsoleDevice *device = parsed ? parsed->console(request.alias) : nullptr;
        if (!parsed)
            *error =
                u"the domain's definition cannot be read: %1"_s.arg(parseError.isEmpty() ? libvirtError() : parseError);
        else if (!device)
            *error = u"refused: the domain has no console %1"_s.arg(request.alias);
        else if (!device->hasLog())
            *error = u"refused: the console %1 has no log"_s.arg(device->alias);
        else
            path = device->logFile;
        virDomainFree(domain);
    }
    virConnectClose(conn);
    return path;
}

/// The history's chunks: standard input up to a line "end" (`*more`: the viewer keeps its end
/// open beyond it, to end the session early by closing it) or its end. Empty when it is longer
/// than MaxInput.
QByteArray readChunkList(bool *more)
{
    *more = false;
    QByteArray input;
    char c = 0;
    while (input.size() < MaxInput) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1); // byte by byte: not a byte past "end"
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return input;
        input.append(c);
        if (input.endsWith("\nend\n") || input == "end\n") {
            *more = true;
            return input.chopped(4);
        }
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // A caller that goes away ends us: as its child (pkexec), and through the pipe (any way).
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    std::signal(SIGPIPE, SIG_IGN); // a write to a closed pipe fails with EPIPE instead
    virSetErrorFunc(nullptr, quietLibvirt);

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments == QStringList{u"--help"_s}) {
        std::puts("Usage: virt-console-viewer-logread --connect qemu:///system --domain UUID\n"
                  "           [--console ALIAS | --qemu-log] live SKIP FOLLOW WINDOW ANCHOR ANCHOR-SIZE | history\n"
                  "Serves a domain's console log or QEMU log, which root alone may read, to virt-console-viewer.\n"
                  "Run by virt-console-viewer through pkexec or sudo, not by hand.");
        return 0;
    }
    QString error;
    const auto request = LogReadRequest::parse(arguments, &error);
    if (!request)
        return say(ExitUsage, error);

    int status = 0;
    const QString path = logPathFor(*request, &status, &error);
    if (path.isEmpty())
        return say(status, error);
    const int folder = ChainServer::openServedFolder(path, &error);
    if (folder < 0)
        return say(ChainServer::Refused, u"refused: "_s + error);

    ChainServer::Status served = ChainServer::Served;
    if (request->mode == LogReadRequest::Mode::History) {
        bool inputOpen = false;
        const auto chunks = parseLogReadChunks(readChunkList(&inputOpen), MaxChunks, &error);
        if (!chunks)
            return say(ExitUsage, error);
        ChainServer server(folder, path, STDOUT_FILENO, inputOpen ? STDIN_FILENO : -1);
        served = server.serveHistory(*chunks);
        error = server.problem();
    } else {
        // A copy that does not follow ends by itself; a follower ends with its input.
        ChainServer server(folder, path, STDOUT_FILENO, request->follow ? STDIN_FILENO : -1);
        served = server.serveLive(*request);
        error = server.problem();
    }
    if (served != ChainServer::Served)
        return say(served, error);
    return 0;
}
