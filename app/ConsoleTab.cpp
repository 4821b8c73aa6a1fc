#include "ConsoleTab.h"

#include "LogSaver.h"
#include "LogStallWatch.h"

#include "bootlog/LogArchiver.h"
#include "bootlog/LogDocument.h"
#include "bootlog/RemoteLogMirror.h"
#include "bootlog/RotationChain.h"
#include "virt/Connection.h"
#include "virt/ConsoleLogConfig.h"
#include "virt/ConsoleStream.h"
#include "virt/DomainInfo.h"
#include "virt/DomainLookup.h"
#include "virt/DomainXml.h"
#include "virt/SshCommand.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"
#include "widgets/TerminalSession.h"
#include "widgets/TerminalView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <cerrno>
#include <csignal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
QString lastLibvirtError()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}
} // namespace

ConsoleTab::ConsoleTab(Connection *connection, const ConsoleTarget &target, ConsoleSplitView *view)
    : QObject(view)
    , m_connection(connection)
    , m_target(target)
    , m_view(view)
    , m_document(new LogDocument(this))
    , m_logSaver(new LogSaver(m_document, this))
    , m_archiver(std::make_unique<LogArchiver>(m_document))
    , m_logStall(new LogStallWatch(this))
{
    m_view->logPane()->setDocument(m_document);
    connect(m_archiver.get(), &LogArchiver::archived, this, [this](const QString &path) {
        Q_EMIT message(tr("Log of %1 was wiped; earlier text archived to %2").arg(m_target.name, path));
    });
    connect(m_archiver.get(), &LogArchiver::archiveFailed, this, [this](const QString &error) {
        Q_EMIT message(tr("Log of %1 was wiped, but %2").arg(m_target.name, error));
    });
    connect(m_view, &ConsoleSplitView::enableLoggingRequested, this, &ConsoleTab::enableLogging);
    connect(m_document, &LogDocument::linesAppended, this, &ConsoleTab::statusChanged);
    // virtlogd gone: the console goes on, the log does not, and libvirt cannot re-attach it.
    connect(m_document, &LogDocument::linesAppended, m_logStall, &LogStallWatch::logGrew);
    connect(m_logStall, &LogStallWatch::stalled, this, [this] {
        Q_EMIT message(tr("The log %1 no longer receives what the console shows: virtlogd has probably stopped. "
                          "libvirt cannot re-attach a running guest's log; it resumes when %2 is next started.")
                           .arg(m_logFile, m_target.name));
        Q_EMIT statusChanged();
    });
    connect(m_logStall, &LogStallWatch::recovered, this, &ConsoleTab::statusChanged);
    connect(m_document, &LogDocument::documentReset, this, &ConsoleTab::statusChanged);
    connect(m_document, &LogDocument::opened, this, &ConsoleTab::logOpened);
    connect(connection, &Connection::definitionRead, this, &ConsoleTab::showLogOf);
    connect(m_document, &LogDocument::errorOccurred, this, &ConsoleTab::message);
    connect(m_document, &LogDocument::indexingProgress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(tr("Reading the log"), done, total);
    });
    connect(m_document, &LogDocument::indexingFinished, this, [this] { Q_EMIT progress({}, 0, 0); });
    connect(m_view->logPane()->view(), &LogView::searchStatusChanged, this,
            [this](qint64, qint64, bool running, qint64 done, qint64 total) {
                Q_EMIT progress(running ? tr("Searching") : QString(), done, total);
            });
    // A connection that comes back (daemon restarted, network back): the stream reattaches by
    // itself if the user wanted the console (the terminal says "reconnecting" meanwhile); the gap
    // is marked in the terminal once it is attached again (createStream()), since what the guest
    // printed meanwhile reached only the log.
    connect(connection, &Connection::disconnected, this, [this](const ConnectionError &reason) {
        if (m_stream && m_stream->wantsAttached() && reason.kind != ConnectionError::Kind::None
            && !m_lostAt.isValid())
            m_lostAt = QDateTime::currentDateTime();
    });
    // restartPaused(): the force-off runs on the connection's worker; the start follows once the
    // domain is seen stopped.
    connect(connection, &Connection::actionFinished, this,
            [this](const QString &uuid, Connection::Action action, bool ok, const QString &error) {
                if (m_restart != Restart::ForcingOff || uuid != m_target.uuid || action != Connection::Action::Destroy)
                    return;
                if (!ok) {
                    m_restart = Restart::None;
                    Q_EMIT message(
                        tr("%1 could not be forced off, so it was not restarted: %2").arg(m_target.name, error));
                    return;
                }
                m_restart = Restart::WaitingForStop;
            });
    connect(connection, &Connection::domainChanged, this, &ConsoleTab::onDomainReported);
    connect(connection, &Connection::domainsListed, this, [this](const DomainInfoList &domains) {
        for (const DomainInfo &info : domains)
            onDomainReported(info);
    });
    connect(connection, &Connection::disconnected, this, [this] {
        if (m_restart != Restart::None)
            Q_EMIT message(tr("The connection was lost while %1 was being restarted paused.").arg(m_target.name));
        m_restart = Restart::None;
    });
}

ConsoleTab::~ConsoleTab()
{
    // The local copy of a remote log is a cache of this session.
    if (m_remoteLog) {
        const QString copy = m_remoteLog->mirrorPath();
        m_remoteLog.reset();
        QFile::remove(copy);
    }
}

void ConsoleTab::open(bool startPaused)
{
    createStream();
    if (!m_stream)
        return;
    // A running domain is simply attached here (the command line's --start-paused, the domain
    // list): forcing it off is asked for only from the terminal, see restartPaused().
    // A running guest's console shows nothing until the guest prints: start the terminal from
    // the log's tail instead. The stream is attached first and its bytes held, so nothing is lost
    // between reading the log and going live. A start paused shows the whole boot live anyway.
    const bool seed = !startPaused && m_seedFromLog;
    if (seed)
        m_view->terminal()->holdOutput();
    if (startPaused)
        startPausedAndAttach();
    else
        m_stream->open();
    loadLog();
    if (seed)
        QTimer::singleShot(kSeedSettleMs, this, &ConsoleTab::seedTerminal);
}

void ConsoleTab::seedTerminal()
{
    TerminalView *terminal = m_view->terminal();
    if (!terminal->isHoldingOutput())
        return;
    if (m_document->isOpening()) {
        // The log is still being opened (on its own thread): seed from it once it is.
        connect(m_document, &LogDocument::opened, this, &ConsoleTab::seedTerminal, Qt::SingleShotConnection);
        return;
    }
    QByteArray history;
    const qint64 size = m_document->byteSize();
    if (m_stream && m_stream->state() == ConsoleStream::State::Open && size > 0) {
        const qint64 from = qMax<qint64>(0, size - kSeedBytes);
        history = m_document->chain()->read(ByteOffset(from), size - from);
        if (from > 0) // from a line start: a line cut in two would show its tail as garbage
            history.remove(0, history.indexOf('\n') + 1);
        // virtlogd writes after QEMU: while the guest prints, the log lags the stream. Wait
        // (a little, the document follows the log) until it has what the stream held at the
        // first try, so the seam is where the log has the stream's bytes, not a guess.
        if (m_seedWaits == 0)
            m_seedHeldBytes = terminal->heldOutputSize();
        if (!terminal->isHeldOutputIn(history, m_seedHeldBytes) && m_seedWaits++ < kSeedCatchUpTries) {
            QTimer::singleShot(kSeedCatchUpMs, this, &ConsoleTab::seedTerminal);
            return;
        }
    }
    m_seedWaits = 0;
    terminal->seedAndRelease(history);
}

void ConsoleTab::startPausedAndAttach()
{
    // On the connection's worker; a failure comes through the session's requestFailed().
    if (m_stream)
        m_stream->startPausedAndAttach();
}

namespace {
/// What restartPaused() needs to know of the domain, read on the connection's worker.
struct RunState {
    QString error; // set when the domain is not found or its state cannot be read
    bool active = false;
    bool persistent = false;
};

RunState readRunState(virConnectPtr conn, const QString &uuid)
{
    RunState state;
    // A connection lost since the call (conn null) is DomainLookup's "Not connected." too.
    virDomainPtr domain = DomainLookup::find(conn, uuid, &state.error);
    if (!domain)
        return state;
    const int active = virDomainIsActive(domain);
    const int persistent = virDomainIsPersistent(domain);
    if (active < 0 || persistent < 0)
        state.error = lastLibvirtError(); // libvirt's errors are per thread: read here, on the worker
    virDomainFree(domain);
    state.active = active == 1;
    state.persistent = persistent == 1;
    return state;
}

/// Enable Console Logging's outcome, from the connection's worker: an empty error is success.
struct LoggingEnabled {
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
    const ConsoleDevice *device =
        current ? (alias.isEmpty() ? current->defaultConsole() : current->console(alias)) : nullptr;
    if (!device) {
        outcome.error = ConsoleTab::tr("the domain's definition has no such console.");
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

void ConsoleTab::restartPaused()
{
    if (m_restart != Restart::None) {
        Q_EMIT message(tr("%1 is already being restarted paused.").arg(m_target.name));
        return;
    }
    if (!m_connection || m_connection->state() != Connection::State::Connected || !m_stream) {
        Q_EMIT message(tr("Not connected to %1.").arg(m_target.uri));
        return;
    }
    // Whether it runs, and whether it would survive a force-off: asked on the connection's worker.
    m_restart = Restart::Checking;
    Q_EMIT statusChanged();
    m_connection->call<RunState>(
        this, [uuid = m_target.uuid](virConnectPtr conn) { return readRunState(conn, uuid); },
        [this](RunState &state) { restartPausedChecked(state.error, state.active, state.persistent); });
}

void ConsoleTab::restartPausedChecked(const QString &error, bool active, bool persistent)
{
    // The connection was lost meanwhile (and said so), or the tab gave up: nothing to continue.
    if (m_restart != Restart::Checking)
        return;
    m_restart = Restart::None;
    if (!error.isEmpty()) {
        Q_EMIT message(tr("The state of %1 cannot be read: %2").arg(m_target.name, error));
        return;
    }
    if (!active) {
        startPausedAndAttach();
        return;
    }
    if (!persistent) {
        Q_EMIT message(tr("%1 is a transient domain: forced off, it would be gone, so it cannot be restarted paused. "
                          "Define it first (virsh define) to restart it.")
                           .arg(m_target.name));
        return;
    }
    const QPointer<ConsoleTab> self(this);
    if (!confirmForceOff() || !self || !m_connection)
        return;
    m_restart = Restart::ForcingOff;
    Q_EMIT message(tr("Forcing %1 off to restart it paused…").arg(m_target.name));
    m_connection->perform(m_target.uuid, Connection::Action::Destroy);
}

bool ConsoleTab::confirmForceOff()
{
    QMessageBox box(QMessageBox::Warning, tr("Restart %1 Paused?").arg(m_target.name),
                    tr("%1 is running. Force it off and start it paused so the next boot is shown from its first "
                       "line?")
                        .arg(m_target.name),
                    QMessageBox::NoButton, m_view);
    box.setTextFormat(Qt::PlainText); // the domain's name is the guest owner's text, not markup
    box.setInformativeText(tr("Forcing off is like pulling the plug: what the guest has not written to its disks "
                              "is lost, and its file systems may need a check."));
    QPushButton *restart = box.addButton(tr("Force Off and Restart Paused"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == restart;
}

void ConsoleTab::setDomainState(const DomainInfo &info)
{
    m_domainActive = info.isActive();
    m_domainId = info.id;
}

void ConsoleTab::onDomainReported(const DomainInfo &info)
{
    if (info.uuid != m_target.uuid)
        return;
    // A start brings the domain's current definition to life: a log enabled since (Enable
    // Console Logging) or a log file that did not exist yet is there now. Look again, unless a
    // log is shown already. Only a start: other events (a define, say, Enable Console Logging's
    // own) leave the running domain's live definition, still without its log, as it was. A new
    // run has a new ID: a destroy and a start read after both happened are still a start.
    const bool started = info.isActive() && (!m_domainActive || info.id != m_domainId);
    setDomainState(info);
    if (started && m_logSource == LogSource::Console && !m_view->logUnavailableMessage().isEmpty())
        loadLog();
    onDomainSeen(info.uuid, info.isActive());
}

void ConsoleTab::onDomainSeen(const QString &uuid, bool active)
{
    // Started once the connection reports the domain stopped (its lifecycle event, or its poll)
    // rather than as soon as the destroy returns: the console stream, which gets the same event,
    // then usually has seen the old run end. A STOPPED it gets later still is ignored by it,
    // since the domain runs again by then.
    if (m_restart != Restart::WaitingForStop || uuid != m_target.uuid || active)
        return;
    m_restart = Restart::None;
    if (!m_stream) {
        Q_EMIT message(tr("%1 was forced off, but its console is gone; start it again from the domain list.")
                           .arg(m_target.name));
        return;
    }
    startPausedAndAttach();
}

void ConsoleTab::createStream()
{
    delete m_session;
    delete m_stream;
    m_session = nullptr;
    m_stream = nullptr;
    if (!m_connection) {
        m_view->terminal()->setStatus(TerminalView::Status::Disconnected, tr("Not connected to %1.").arg(m_target.uri));
        return;
    }
    m_stream = new ConsoleStream(m_connection, m_target.uuid, m_target.alias, this);
    // The user's choice (Console → Reattach When the Domain Runs Again) outlives the stream.
    m_stream->setAutoReattach(m_autoReattach);
    connect(m_stream, &ConsoleStream::bytesReceived, m_logStall,
            [this](const QByteArray &bytes) { m_logStall->consoleBytes(bytes.size()); });
    m_session = new TerminalSession(m_view->terminal(), m_stream, this);
    connect(m_session, &TerminalSession::requestFailed, this, &ConsoleTab::message);
    connect(m_session, &TerminalSession::startPausedRequested, this, &ConsoleTab::restartPaused);
    connect(m_stream, &ConsoleStream::stateChanged, this, &ConsoleTab::statusChanged);
    connect(m_stream, &ConsoleStream::stateChanged, this, [this](ConsoleStream::State state) {
        if (state != ConsoleStream::State::Open || !m_lostAt.isValid())
            return;
        m_view->terminal()->showNote(tr("── the connection to libvirt was lost at %1 and is back: reattached; "
                                        "what the guest printed meanwhile is in the log ──")
                                         .arg(QLocale().toString(m_lostAt.time(), QLocale::ShortFormat)));
        m_lostAt = {};
    });
    m_view->terminal()->resetStream();
}

void ConsoleTab::setSeedFromLog(bool on)
{
    m_seedFromLog = on;
}

void ConsoleTab::setAutoReattach(bool on)
{
    m_autoReattach = on;
    if (m_stream)
        m_stream->setAutoReattach(on);
}

void ConsoleTab::setLogSource(LogSource source)
{
    if (source == m_logSource)
        return;
    m_logSource = source;
    m_logStall->setWatching(false);
    m_document->close();
    m_logFile.clear();
    loadLog();
}

QString ConsoleTab::qemuLogFile() const
{
    const QUrl uri(m_target.uri);
    if (!uri.scheme().startsWith(u"qemu"_s))
        return {};
    // The QEMU driver keeps a per-domain log: system instances under /var/log, session ones
    // in the user's cache.
    if (uri.path() == u"/session"_s)
        return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/libvirt/qemu/log/"_s
            + m_target.name + u".log"_s;
    return u"/var/log/libvirt/qemu/"_s + m_target.name + u".log"_s;
}

void ConsoleTab::loadLog()
{
    if (!m_connection || !m_connection->handle())
        return;
    if (m_logSource == LogSource::Qemu) {
        m_logFile = qemuLogFile();
        if (m_logFile.isEmpty()) {
            m_view->showLogUnavailable(tr("This connection's driver keeps no QEMU log."));
            return;
        }
        m_logAlias = u"qemu"_s;
        updateArchiveDestination();
        openLogFile();
        return;
    }
    // The definition is read on the connection's worker (a round trip, 200 ms over a WAN):
    // definitionRead() goes on in showLogOf().
    m_awaitingDefinition = true;
    m_connection->readDefinition(m_target.uuid);
}

void ConsoleTab::showLogOf(const QString &uuid, const std::optional<DomainXml> &parsed, const QString &error)
{
    if (uuid != m_target.uuid || !m_awaitingDefinition)
        return; // another tab's question
    m_awaitingDefinition = false;
    if (m_logSource != LogSource::Console)
        return;
    if (!parsed) {
        m_view->showLogUnavailable(tr("The domain's definition cannot be read: %1").arg(error));
        return;
    }
    const ConsoleDevice *device = m_target.alias.isEmpty() ? parsed->defaultConsole() : parsed->console(m_target.alias);
    if (!device) {
        m_view->showLogUnavailable(tr("The domain has no console device \"%1\".").arg(m_target.alias));
        return;
    }
    if (!device->hasLog()) {
        m_view->showLogUnavailable(
            tr("The console %1 has no log, so there is no boot history to show.\n\n"
               "virtlogd can keep one for it: this adds <log file='%2' append='on'/> to the device in the domain's "
               "persistent definition. It takes effect the next time the domain starts.")
                .arg(device->alias, ConsoleLogConfig::defaultLogPath(parsed->name(), device->alias)),
            true);
        return;
    }
    m_logFile = device->logFile;
    m_logAlias = device->alias;
    updateArchiveDestination();
    openLogFile();
}

void ConsoleTab::openLogFile()
{
    QString localFile = m_logFile;
    if (isRemote()) {
        if (!startRemoteMirror())
            return;
        localFile = m_remoteLog->mirrorPath();
    }
    m_document->open(localFile, true); // opened() follows, see logOpened()
}

void ConsoleTab::logOpened(bool ok)
{
    if (!ok) {
        m_view->showLogUnavailable(
            tr("The log %1 cannot be read: %2\n\nvirtlogd writes console logs readable by root only. "
               "Run virt-console-viewer as root, or make the log readable for your user (an ACL on %3).")
                .arg(m_logFile, m_document->errorString(), m_logFile.section(u'/', 0, -2)));
        return;
    }
    m_view->showLog();
    // Compared with the console only where both carry the same bytes at once.
    m_logStall->setWatching(m_logSource == LogSource::Console && !isRemote());
    Q_EMIT statusChanged();
}

void ConsoleTab::removeStaleRemoteCopies(const QString &copiesDir)
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
        if (isPid && pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0
            && errno == ESRCH)
            QFile::remove(file.filePath());
    }
}

bool ConsoleTab::isRemote() const
{
    return !QUrl(m_target.uri).host().isEmpty();
}

bool ConsoleTab::startRemoteMirror()
{
    const QUrl url(m_target.uri);
    QString error;
    const auto ssh = SshCommand::argumentsForUri(m_target.uri, &error);
    if (!ssh) {
        m_view->showLogUnavailable(
            tr("The log of this console is %1 on the host %2, and logs of remote hosts are read over ssh: connect "
               "with qemu+ssh://, or run virt-console-viewer --print-log on that host.")
                .arg(m_logFile, url.host()));
        return false;
    }
    // A copy per process and console: two windows on the same log do not write into one file.
    const QString copies = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + u"/virt-console-viewer/remote-logs"_s;
    const QString dir = copies + u'/' + url.host() + (url.port() > 0 ? u"-%1"_s.arg(url.port()) : QString());
    // Owner-only folders: the copies hold what the host lets root alone read.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    removeStaleRemoteCopies(copies);
    if (!QDir().mkpath(dir) || !QFile::setPermissions(copies, ownerOnly) || !QFile::setPermissions(dir, ownerOnly)) {
        m_view->showLogUnavailable(tr("The folder %1 for the local copy of the log cannot be created.").arg(dir));
        return false;
    }
    const QString copy = dir + u"/%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QFileInfo(m_logFile).fileName());
    // A reload starts a fresh copy; the console's and the QEMU log's copies have different names.
    if (m_remoteLog) {
        const QString previous = m_remoteLog->mirrorPath();
        m_remoteLog.reset();
        if (previous != copy)
            QFile::remove(previous);
    }
    m_remoteLog = std::make_unique<RemoteLogMirror>(*ssh, m_logFile, copy);
    connect(m_remoteLog.get(), &RemoteLogMirror::errorOccurred, this, [this](const QString &text) {
        // Nothing copied yet: the pane explains; otherwise the text stays and the status bar says it.
        if (m_remoteLog->state() == RemoteLogMirror::State::Failed && m_remoteLog->bytesMirrored() == 0)
            m_view->showLogUnavailable(text);
        else
            Q_EMIT message(text);
    });
    m_remoteLog->start(true);
    return m_remoteLog->state() == RemoteLogMirror::State::Running;
}

void ConsoleTab::setArchiveSettings(bool enabled, const QString &root, int keepLast)
{
    m_archiveRoot = root;
    m_archiver->setKeepLast(keepLast);
    updateArchiveDestination();
    m_archiver->setEnabled(enabled);
}

void ConsoleTab::updateArchiveDestination()
{
    const QString root = m_archiveRoot.isEmpty() ? LogArchiver::defaultRoot() : m_archiveRoot;
    const QString alias = m_logAlias.isEmpty() ? m_target.alias : m_logAlias;
    m_archiver->setDestination(LogArchiver::directoryFor(root, m_target.uri), LogArchiver::fileStem(m_target.name, m_target.uuid, alias));
}

void ConsoleTab::enableLogging()
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
            m_view->showLogUnavailable(tr("Console logging is enabled in the domain's definition. "
                                          "The log starts with the next start of the domain."));
            Q_EMIT message(tr("Console logging enabled for %1; it applies from the next start.").arg(m_target.name));
        });
}

QString ConsoleTab::statusText() const
{
    QStringList parts;
    if (m_stream) {
        switch (m_stream->state()) {
        case ConsoleStream::State::Open: parts << tr("Console attached"); break;
        case ConsoleStream::State::Connecting: parts << tr("Console connecting"); break;
        case ConsoleStream::State::InUse: parts << tr("Console in use by another client"); break;
        case ConsoleStream::State::WaitingForGuest: parts << tr("Waiting for the guest to run"); break;
        case ConsoleStream::State::Closed: parts << tr("Console closed"); break;
        }
    }
    if (!m_logFile.isEmpty() && m_document->lineCount() > 0) {
        const QString label = m_logSource == LogSource::Qemu ? tr("QEMU log") : tr("Console log");
        const QString size = QLocale().formattedDataSize(m_document->byteSize());
        const int lines = int(qMin<qint64>(m_document->lineCount(), std::numeric_limits<int>::max()));
        if (m_remoteLog) {
            parts << tr("%1 on %2, copied over ssh: %Ln line(s), %3", nullptr, lines)
                         .arg(label, QUrl(m_target.uri).host(), size);
        } else {
            // Rotations since the log was opened count too (the chain's count, kept while it
            // follows: no stat of the files here, on the GUI thread).
            const int rotations = m_document->chain()->rotatedFileCount();
            parts << tr("%1: %Ln line(s), %2", nullptr, lines).arg(label, size)
                         + tr(", %n rotated file(s)", nullptr, rotations);
        }
        parts << (m_document->isFollowing() ? tr("following") : tr("not following"));
        if (m_logStall->isStalled())
            parts << tr("the log stopped (virtlogd?)");
    }
    return parts.join(u"  ·  "_s);
}

} // namespace vcv
