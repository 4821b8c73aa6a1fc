#include "CliCommands.h"

#include "bootlog/LogExporter.h"
#include "virt/ConnectionError.h"
#include "virt/DomainListing.h"
#include "virt/DomainLookup.h"
#include "virt/DomainXml.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdio>

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

int CliCommands::printLog(const CommandLineOptions &options)
{
    const QByteArray uri = options.connectUri.toUtf8();
    virConnectPtr conn = virConnectOpenAuth(uri.isEmpty() ? nullptr : uri.constData(), virConnectAuthPtrDefault,
                                            VIR_CONNECT_RO);
    if (!conn)
        return fail(ConnectionError::fromLastError(options.connectUri).text());

    QString error;
    virDomainPtr domain = DomainLookup::find(conn, options.domain, &error);
    QString logFile;
    if (domain) {
        char *xml = virDomainGetXMLDesc(domain, 0);
        const auto parsed = xml ? DomainXml::parse(QByteArray(xml), &error) : std::nullopt;
        free(xml);
        if (parsed) {
            const ConsoleDevice *device = options.consoleAlias.isEmpty() ? parsed->defaultConsole()
                                                                         : parsed->console(options.consoleAlias);
            if (!device)
                error = options.consoleAlias.isEmpty()
                    ? tr("The domain \"%1\" has no console device.").arg(parsed->name())
                    : tr("The domain \"%1\" has no console \"%2\".").arg(parsed->name(), options.consoleAlias);
            else if (!device->hasLog())
                error = tr("The console %1 of \"%2\" has no log. Enable it with "
                           "<log file='/var/log/libvirt/qemu/%2-%1.log' append='on'/> in its <serial> or <console> "
                           "element (virsh edit), or with \"Enable console logging\" in the window.")
                            .arg(device->alias, parsed->name());
            else
                logFile = device->logFile;
        } else if (error.isEmpty()) {
            error = tr("The domain's XML cannot be read.");
        }
        virDomainFree(domain);
    }
    if (conn) {
        // Whether the log is on this machine: the files are read here, not through libvirt.
        char *host = virConnectGetHostname(conn);
        const bool remote = !QUrl(options.connectUri).host().isEmpty();
        if (remote && !logFile.isEmpty())
            error = tr("The log %1 is on the host %2; reading logs of remote hosts is not supported yet. "
                       "Run virt-console-viewer --print-log on that host.")
                        .arg(logFile, QString::fromUtf8(host ? host : "?"));
        free(host);
        virConnectClose(conn);
    }
    if (!error.isEmpty())
        return fail(error);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(tr("Cannot write to standard output."));
    if (!LogExporter::exportChain(logFile, &out, options.strip ? LogExporter::Mode::Strip : LogExporter::Mode::Raw,
                                  &error))
        return fail(error);
    return 0;
}

} // namespace vcv
