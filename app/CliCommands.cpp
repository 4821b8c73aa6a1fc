// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "CliCommands.h"

#include "bootlog/BootReport.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogExporter.h"
#include "bootlog/RemoteLogMirror.h"
#include "bootlog/RotationChain.h"
#include "virt/ConnectionError.h"
#include "virt/DomainListing.h"
#include "virt/DomainLookup.h"
#include "virt/DomainXml.h"
#include "virt/HelperProgram.h"
#include "virt/SshCommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "virt-console-viewer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int CliCommands::list(const CommandLineOptions &options)
{
    QString error;
    const QString text = DomainListing::text(options.connectUri, &error);
    if (!error.isEmpty())
        return fail(error);
    std::fputs(text.toUtf8().constData(), stdout);
    return 0;
}

std::optional<CliCommands::LocalLog> CliCommands::findLog(const CommandLineOptions &options, QString *error)
{
    const QByteArray uri = options.connectUri.toUtf8();
    virConnectPtr conn =
        virConnectOpenAuth(uri.isEmpty() ? nullptr : uri.constData(), virConnectAuthPtrDefault, VIR_CONNECT_RO);
    if (!conn) {
        *error = ConnectionError::fromLastError(options.connectUri).text();
        return std::nullopt;
    }

    LocalLog log;
    // The connection's own URI (the default one may be asked for): the privileged reader is
    // told it, and serves qemu:///system alone.
    char *connectedUri = virConnectGetURI(conn);
    const QString actualUri = QString::fromUtf8(connectedUri ? connectedUri : "");
    free(connectedUri);
    LogReadRequest which;
    virDomainPtr domain = DomainLookup::find(conn, options.domain, error);
    if (domain) {
        char *xml = virDomainGetXMLDesc(domain, 0);
        const auto parsed = xml ? DomainXml::parse(QByteArray(xml), error) : std::nullopt;
        free(xml);
        if (parsed) {
            const ConsoleDevice *device = parsed->console(options.consoleAlias);
            log.domain = parsed->name();
            if (!device)
                *error = options.consoleAlias.isEmpty()
                    ? tr("The domain \"%1\" has no console device.").arg(parsed->name())
                    : tr("The domain \"%1\" has no console \"%2\".").arg(parsed->name(), options.consoleAlias);
            else if (!device->hasLog())
                *error = tr("The console %1 of \"%2\" has no log. Enable it with "
                            "<log file='/var/log/libvirt/qemu/%2-%1.log' append='on'/> in its <serial> or <console> "
                            "element (virsh edit), or with \"Enable console logging\" in the window.")
                             .arg(device->alias, parsed->name());
            else {
                log.console = device->alias;
                log.path = device->logFile;
                which.uri = actualUri;
                which.uuid = parsed->uuid();
                which.alias = device->alias;
            }
        } else if (error->isEmpty()) {
            *error = tr("The domain's XML cannot be read.");
        }
        virDomainFree(domain);
    }
    // The files are read here, not through libvirt: a remote host's log comes over ssh.
    const bool remote = !QUrl(options.connectUri).host().isEmpty();
    if (remote && !log.path.isEmpty() && !SshCommand::usesSshProgram(options.connectUri)) {
        char *host = virConnectGetHostname(conn);
        *error = tr("The log %1 is on the host %2, and logs of remote hosts are read over ssh: connect with "
                    "qemu+ssh://, or run virt-console-viewer --print-log on that host.")
                     .arg(log.path, QString::fromUtf8(host ? host : "?"));
        free(host);
    }
    virConnectClose(conn);
    if (!error->isEmpty())
        return std::nullopt;

    // A log only root may read, here: through the privileged reader, as for the window.
    bool asAdministrator = false;
    if (!remote && LogReadRequest::isServedUri(actualUri)) {
        RotationChain probe;
        asAdministrator = !probe.open(log.path) && probe.isPermissionDenied();
    }
    if (!remote && !asAdministrator)
        return log;
    log.copyDir = std::make_unique<QTemporaryDir>();
    if (!log.copyDir->isValid()) {
        *error = tr("Cannot create a temporary directory: %1").arg(log.copyDir->errorString());
        return std::nullopt;
    }
    const QString copy = log.copyDir->filePath(u"log"_s);
    if (remote ? !copyRemoteLog(options.connectUri, log.path, which, copy, error)
               : !copyAsAdministrator(log.path, which, copy, error))
        return std::nullopt;
    log.path = copy;
    return log;
}

int CliCommands::printLog(const CommandLineOptions &options)
{
    QString error;
    const auto log = findLog(options, &error);
    if (!log)
        return fail(error);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(tr("Cannot write to standard output."));
    // Raw guest bytes on the user's own terminal would let the guest retitle it, rewrite its
    // clipboard (OSC 52) or answer queries in its name: to a terminal, strip unless asked.
    const bool strip = options.strip || (!options.raw && ::isatty(STDOUT_FILENO));
    if (!LogExporter::exportChain(log->path, &out, strip ? LogExporter::Mode::Strip : LogExporter::Mode::Raw, &error))
        return fail(error);
    return 0;
}

int CliCommands::bootReport(const CommandLineOptions &options)
{
    QString error;
    const auto log = findLog(options, &error);
    if (!log)
        return fail(error);

    // The document indexes on its own threads; this waits for the whole log (not following it).
    LogDocument document;
    QEventLoop loop;
    bool opened = false;
    bool failed = false;
    QObject::connect(&document, &LogDocument::opened, &loop, [&](bool ok) {
        opened = true;
        failed = !ok;
        loop.quit();
    });
    QObject::connect(&document, &LogDocument::indexingFinished, &loop, &QEventLoop::quit);
    document.open(log->path, false);
    while (!failed && !(opened && !document.isOpening() && document.isIndexComplete()))
        loop.exec();
    if (failed)
        return fail(document.errorString());

    BootReport report = BootReport::build(document);
    report.domain = log->domain;
    report.console = log->console;
    if (options.boot >= 0 && !report.keepOnly(options.boot)) {
        return fail(report.boots.isEmpty()
                        ? tr("The log %1 is empty: it has no boot.").arg(log->path)
                        : tr("The log has %n boot(s); there is no boot %1.", nullptr, int(report.boots.size()))
                              .arg(options.boot));
    }
    const QByteArray text = options.json ? report.toJson() : report.toText().toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    return report.hasProblems() ? kExitProblems : 0;
}

bool CliCommands::copyRemoteLog(const QString &uri, const QString &remotePath, const LogReadRequest &which,
                                const QString &localPath, QString *error)
{
    const auto ssh = SshCommand::argumentsForUri(uri, error);
    if (!ssh)
        return false;
    // ssh asks its questions (passphrase, host key) on the terminal, as virsh's ssh does.
    bool unreadable = false;
    if (copyLog(RemoteLogMirror::Transport::ssh(*ssh), remotePath, localPath, error, &unreadable))
        return true;
    if (!unreadable)
        return false;
    error->clear();
    // The ssh user may not read it: the host's privileged reader, through sudo, may.
    LogReadRequest onHost = which;
    const QUrl url(uri);
    onHost.uri = url.scheme().section(u'+', 0, 0) + u"://"_s + url.path();
    return copyLog(
        RemoteLogMirror::Transport::sshSudo(*ssh, remoteHelperPaths(u"virt-console-viewer-logread"_s), onHost),
        remotePath, localPath, error);
}

bool CliCommands::copyAsAdministrator(const QString &path, const LogReadRequest &which, const QString &localPath,
                                      QString *error)
{
    const QString reader = findHelperProgram(u"virt-console-viewer-logread"_s);
    if (reader.isEmpty()) {
        *error = tr("The log %1 is readable by root only, and virt-console-viewer-logread, which reads it with "
                    "administrator rights, is not installed.")
                     .arg(path);
        return false;
    }
    // On a terminal, pkexec may ask for a password there (its text agent); elsewhere the
    // desktop's agent asks, or it is refused with the remedy.
    return copyLog(RemoteLogMirror::Transport::pkexec(reader, which, ::isatty(STDIN_FILENO) != 0), path, localPath,
                   error);
}

bool CliCommands::copyLog(const RemoteLogMirror::Transport &transport, const QString &remotePath,
                          const QString &localPath, QString *error, bool *unreadable)
{
    RemoteLogMirror copy(transport, remotePath, localPath);
    QEventLoop loop;
    QObject::connect(&copy, &RemoteLogMirror::finished, &loop, &QEventLoop::quit);
    copy.start(false);
    if (copy.state() == RemoteLogMirror::State::Running)
        loop.exec();
    if (unreadable)
        *unreadable = copy.failedUnreadable();
    if (copy.state() != RemoteLogMirror::State::Finished) {
        *error = copy.errorString();
        return false;
    }
    return true;
}

} // namespace vcv
