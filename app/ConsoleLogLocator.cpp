// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ConsoleLogLocator.h"

#include "bootlog/RemoteLogCopies.h"
#include "bootlog/RemoteLogMirror.h"
#include "virt/Connection.h"
#include "virt/ConsoleLogConfig.h"
#include "virt/DomainLookup.h"
#include "virt/HelperProgram.h"
#include "virt/SshCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <cerrno>
#include <csignal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

QString lastLibvirtError()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}

/// Enable Console Logging's outcome, from the connection's worker: an empty error is success.
struct LoggingEnabled
{
    QString error;
};

/// Adds a virtlogd log to the console `alias` (empty: the domain's first console) in the domain's
/// persistent definition and defines it again. On the connection's worker.
LoggingEnabled defineWithLog(virConnectPtr conn, const QString &uuid, const QString &alias)
{
    LoggingEnabled outcome;
    virDomainPtr domain = DomainLookup::find(conn, uuid, &outcome.error);
    if (!domain)
        return outcome;
    char *inactive = virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (!inactive)
        outcome.error = lastLibvirtError();
    virDomainFree(domain);
    if (!inactive)
        return outcome;
    const QString xml = QString::fromUtf8(inactive);
    const auto current = DomainXml::parse(QByteArray(inactive));
    free(inactive);
    const ConsoleDevice *device = nullptr;
    if (current)
        device = current->console(alias);
    if (!current || !device) {
        outcome.error = ConsoleLogLocator::tr("the domain's definition has no such console.");
        return outcome;
    }
    const std::optional<QString> updated = ConsoleLogConfig::withLog(
        xml, device->alias, ConsoleLogConfig::defaultLogPath(current->name(), device->alias), &outcome.error);
    if (!updated)
        return outcome;
    virDomainPtr defined = virDomainDefineXML(conn, updated->toUtf8().constData());
    if (!defined) {
        outcome.error = lastLibvirtError();
        return outcome;
    }
    virDomainFree(defined);
    return outcome;
}

} // namespace

ConsoleLogLocator::ConsoleLogLocator(Connection *connection, const ConsoleTarget &target, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_target(target)
{
    if (connection)
        connect(connection, &Connection::definitionRead, this, &ConsoleLogLocator::definitionRead);
}

ConsoleLogLocator::~ConsoleLogLocator()
{
    retireMirror();
}

void ConsoleLogLocator::retireMirror(const QString &unlessCopy)
{
    if (!m_remoteLog)
        return;
    // The copy stays for this run: opening the log again copies only what is new.
    m_remoteLog->stop();
    if (m_remoteLog->mirrorPath() != unlessCopy)
        RemoteLogCopies::instance().keep(m_remoteLog->mirrorPath(), remoteSource(m_remoteLog->remotePath()),
                                         m_remoteLog->resumePoint());
    m_remoteLog.reset();
}

QString ConsoleLogLocator::remoteSource(const QString &remotePath) const
{
    const QUrl url(m_target.uri);
    return url.userName() + u'@' + url.host() + u':' + QString::number(url.port()) + u':' + remotePath;
}

void ConsoleLogLocator::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_logFile.clear();
    locate();
}

QString ConsoleLogLocator::qemuLogFile() const
{
    const QUrl uri(m_target.uri);
    if (!uri.scheme().startsWith(u"qemu"_s))
        return {};
    // The QEMU driver keeps a per-domain log: system instances under /var/log, session ones
    // in the user's cache.
    if (uri.path() == u"/session"_s)
        return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/libvirt/qemu/log/"_s +
            m_target.name + u".log"_s;
    return u"/var/log/libvirt/qemu/"_s + m_target.name + u".log"_s;
}

void ConsoleLogLocator::locate()
{
    if (!m_connection || !m_connection->handle())
        return;
    if (m_source == Source::Qemu) {
        const QString file = qemuLogFile();
        if (file.isEmpty()) {
            Q_EMIT unavailable(tr("This connection's driver keeps no QEMU log."), false);
            return;
        }
        useLogFile(file, u"qemu"_s);
        return;
    }
    if (m_knownDomain) {
        if (const ConsoleDevice *device = findConsole(m_knownDomain->consoles, m_target.alias)) {
            m_awaitingDefinition = false; // an older question's answer would only repeat this
            useConsole(*device, m_knownDomain->name);
            return;
        }
    }
    // Not known, or not there as far as the list knows: the definition is read on the
    // connection's worker (a round trip, 200 ms over a WAN) and definitionRead() goes on.
    m_awaitingDefinition = true;
    m_connection->readDefinition(m_target.uuid);
}

void ConsoleLogLocator::definitionRead(const QString &uuid, const std::optional<DomainXml> &parsed,
                                       const QString &error)
{
    if (uuid != m_target.uuid || !m_awaitingDefinition)
        return; // another tab's question
    m_awaitingDefinition = false;
    if (m_source != Source::Console)
        return;
    if (!parsed) {
        Q_EMIT unavailable(tr("The domain's definition cannot be read: %1").arg(error), false);
        return;
    }
    const ConsoleDevice *device = parsed->console(m_target.alias);
    if (!device) {
        Q_EMIT unavailable(m_target.alias.isEmpty()
                               ? tr("The domain has no console device.")
                               : tr("The domain has no console device \"%1\".").arg(m_target.alias),
                           false);
        return;
    }
    useConsole(*device, parsed->name());
}

void ConsoleLogLocator::knowDomain(const DomainInfo &info)
{
    if (info.uuid == m_target.uuid && info.consolesLoaded)
        m_knownDomain = info;
}

void ConsoleLogLocator::useConsole(const ConsoleDevice &device, const QString &domainName)
{
    if (!device.hasLog()) {
        Q_EMIT unavailable(
            tr("The console %1 has no log, so there is no boot history to show.\n\n"
               "virtlogd can keep one for it: this adds <log file='%2' append='on'/> to the device in the domain's "
               "persistent definition. It takes effect the next time the domain starts.")
                .arg(device.alias, ConsoleLogConfig::defaultLogPath(domainName, device.alias)),
            true);
        return;
    }
    useLogFile(device.logFile, device.alias);
}

void ConsoleLogLocator::useLogFile(const QString &path, const QString &alias)
{
    m_logFile = path;
    m_logAlias = alias;
    if (!isRemote()) {
        if (m_asAdministrator) {
            readAsAdministrator();
            return;
        }
        retireMirror(); // the console log's copy, when the QEMU log is shown instead
        Q_EMIT located(m_logFile, 0);
        return;
    }
    startRemoteMirror(); // located() when the copy's first bytes are on their way
}

namespace {
const QString kLogReader = u"virt-console-viewer-logread"_s;
}

LogReadRequest ConsoleLogLocator::readerRequest(const QString &uri) const
{
    LogReadRequest request;
    request.uri = uri;
    request.uuid = m_target.uuid;
    // The QEMU log by the domain: the reader derives its path from the domain's name.
    if (m_source == Source::Qemu)
        request.log = LogReadRequest::Log::Qemu;
    else
        request.alias = m_logAlias;
    return request;
}

bool ConsoleLogLocator::canReadAsAdministrator() const
{
    return !isRemote() && LogReadRequest::isServedUri(m_target.uri) && hasLogReader();
}

bool ConsoleLogLocator::hasLogReader()
{
    return !findHelperProgram(kLogReader).isEmpty();
}

bool ConsoleLogLocator::readsAsAdministrator() const
{
    return m_remoteLog && m_remoteLog->transport().usesReader();
}

void ConsoleLogLocator::readAsAdministrator()
{
    m_asAdministrator = true;
    if (m_logFile.isEmpty()) {
        locate(); // useLogFile() comes back here
        return;
    }
    const QString reader = findHelperProgram(kLogReader);
    if (reader.isEmpty() || !canReadAsAdministrator()) {
        Q_EMIT unavailable(tr("The log %1 is readable by root only, and virt-console-viewer-logread, which reads it "
                              "with administrator rights, is not installed.")
                               .arg(m_logFile),
                           false);
        return;
    }
    // The copy goes where remote logs' copies go (owner-only), in a folder of its own.
    startMirror(RemoteLogMirror::Transport::pkexec(reader, readerRequest(m_target.uri)), u"local-administrator"_s);
}

void ConsoleLogLocator::cancelHistory()
{
    if (m_remoteLog)
        m_remoteLog->cancelHistory();
}

bool ConsoleLogLocator::isRemote() const
{
    return !QUrl(m_target.uri).host().isEmpty();
}

void ConsoleLogLocator::removeStaleRemoteCopies(const QString &copiesDir)
{
    // Copies are named PID-FILE and removed when their tab closes; a crashed viewer leaves its
    // copies behind: remove those whose process is gone, once per run.
    static bool done = false;
    if (done)
        return;
    done = true;
    QDirIterator it(copiesDir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        bool isPid = false;
        const qint64 pid = file.fileName().section(u'-', 0, 0).toLongLong(&isPid);
        if (isPid && pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 &&
            errno == ESRCH)
            QFile::remove(file.filePath());
    }
}

bool ConsoleLogLocator::startRemoteMirror(bool throughSudo)
{
    const QUrl url(m_target.uri);
    QString error;
    const auto ssh = SshCommand::argumentsForUri(m_target.uri, &error);
    if (!ssh) {
        Q_EMIT unavailable(
            tr("The log of this console is %1 on the host %2, and logs of remote hosts are read over ssh: connect "
               "with qemu+ssh://, or run virt-console-viewer --print-log on that host.")
                .arg(m_logFile, url.host()),
            false);
        return false;
    }
    // One ssh connection per host for all its logs; the sockets live with this user's runtime
    // files (owner-only, and short: a socket path has room for about 100 bytes).
    QStringList sshArguments = *ssh;
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QString sockets =
        QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u"/virt-console-viewer"_s;
    if (QDir().mkpath(sockets) && QFile::setPermissions(sockets, ownerOnly) && sockets.size() < 44)
        sshArguments = RemoteLogMirror::multiplexingOptions(sockets) + sshArguments;
    const QString folder = url.host() + (url.port() > 0 ? u"-%1"_s.arg(url.port()) : QString());
    // The host's own system instance is what its reader serves (the path of qemu+ssh://h/system).
    const auto transport = throughSudo
        ? RemoteLogMirror::Transport::sshSudo(sshArguments, remoteHelperPaths(kLogReader),
                                              readerRequest(url.scheme().section(u'+', 0, 0) + u"://"_s + url.path()))
        : RemoteLogMirror::Transport::ssh(sshArguments);
    return startMirror(transport, folder);
}

bool ConsoleLogLocator::startMirror(const RemoteLogMirror::Transport &transport, const QString &folderName)
{
    // A copy per process and console: two windows on the same log do not write into one file;
    // a tab opened again continues the copy its predecessor left (RemoteLogCopies).
    const QString copies =
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/virt-console-viewer/remote-logs"_s;
    const QString dir = copies + u'/' + folderName;
    // Owner-only folders: the copies hold what the host lets root alone read.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    removeStaleRemoteCopies(copies);
    if (!QDir().mkpath(dir) || !QFile::setPermissions(copies, ownerOnly) || !QFile::setPermissions(dir, ownerOnly)) {
        Q_EMIT unavailable(tr("The folder %1 for the local copy of the log cannot be created.").arg(dir), false);
        return false;
    }
    const QString copy = dir + u"/%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QFileInfo(m_logFile).fileName());
    // A reload starts a fresh copy; a switch between the console's and the QEMU log (copies of
    // different names) keeps the other one for coming back to.
    retireMirror(copy);
    m_remoteLog = std::make_unique<RemoteLogMirror>(transport, m_logFile, copy);
    connect(m_remoteLog.get(), &RemoteLogMirror::ready, this,
            [this](qint64 historyPendingBefore) { Q_EMIT located(m_remoteLog->mirrorPath(), historyPendingBefore); });
    connect(m_remoteLog.get(), &RemoteLogMirror::historyProgress, this, &ConsoleLogLocator::historyProgress);
    connect(m_remoteLog.get(), &RemoteLogMirror::historyPartlyCopied, this, &ConsoleLogLocator::historyPartlyArrived);
    connect(m_remoteLog.get(), &RemoteLogMirror::historyComplete, this, &ConsoleLogLocator::historyArrived);
    connect(m_remoteLog.get(), &RemoteLogMirror::errorOccurred, this, [this](const QString &text) {
        // The ssh user may not read it: through the host's privileged reader and sudo, if the
        // host allows it (its refusal explains what to change there).
        if (m_remoteLog->failedUnreadable()) {
            QMetaObject::invokeMethod(this, [this] { startRemoteMirror(true); }, Qt::QueuedConnection);
            return;
        }
        // Nothing copied yet: the pane explains; otherwise the text stays and the status bar says it.
        if (m_remoteLog->state() == RemoteLogMirror::State::Failed && m_remoteLog->bytesMirrored() == 0)
            Q_EMIT unavailable(text, false);
        else
            Q_EMIT message(text);
    });
    if (const auto point = RemoteLogCopies::instance().take(copy, remoteSource(m_logFile)))
        m_remoteLog->resume(*point);
    else
        m_remoteLog->start(true);
    return m_remoteLog->state() == RemoteLogMirror::State::Running;
}

void ConsoleLogLocator::enableLogging()
{
    if (m_enablingLogging)
        return;
    if (!m_connection || m_connection->state() != Connection::State::Connected) {
        Q_EMIT message(tr("Not connected to %1.").arg(m_target.uri));
        return;
    }
    m_enablingLogging = true;
    m_connection->call<LoggingEnabled>(
        this,
        [uuid = m_target.uuid, alias = m_target.alias](virConnectPtr conn) { return defineWithLog(conn, uuid, alias); },
        [this](LoggingEnabled &outcome) {
            m_enablingLogging = false;
            if (!outcome.error.isEmpty()) {
                Q_EMIT message(tr("Console logging cannot be enabled: %1").arg(outcome.error));
                return;
            }
            Q_EMIT unavailable(tr("Console logging is enabled in the domain's definition. "
                                  "The log starts with the next start of the domain."),
                               false);
            Q_EMIT message(tr("Console logging enabled for %1; it applies from the next start.").arg(m_target.name));
        });
}

} // namespace vcv
