// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: one virStream's life. Attaching (with take-over and start paused),
// the non-blocking reads, the writes handed to their own thread, and the reaction to the domain's
// state all decide what happens to the same stream handle and the same queued bytes, in the
// libvirt event loop's callbacks. Lookups and other round trips are not here: they run on the
// Connection's worker (Attempt).
#include "virt/ConsoleStream.h"

#include "virt/Connection.h"
#include "virt/DomainInfo.h"
#include "virt/DomainLookup.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QScopeGuard>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <thread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace vcv {

// Each state change with its reason, for diagnosing what libvirt answered (off by default:
// QT_LOGGING_RULES=vcv.console.info=true).
Q_LOGGING_CATEGORY(lcConsole, "vcv.console", QtWarningMsg)

namespace {

constexpr int kBaseEvents = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP;
constexpr size_t kRecvSize = 64 * 1024;

QString lastErrorMessage()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}

int lastErrorCode()
{
    const virErrorPtr e = virGetLastError();
    return e ? e->code : VIR_ERR_OK;
}

// Linux input key codes (linux/input-event-codes.h) of the keys SysRq commands use.
unsigned keyCodeFor(char c)
{
    static const unsigned letters[26] = {
        30, 48, 46, 32, 18, 33, 34, 35, 23, 36, 37, 38, 50, // a … m
        49, 24, 25, 16, 19, 31, 20, 22, 47, 17, 45, 21, 44, // n … z
    };
    if (c >= 'a' && c <= 'z')
        return letters[c - 'a'];
    if (c >= 'A' && c <= 'Z')
        return letters[c - 'A'];
    if (c >= '1' && c <= '9')
        return unsigned(2 + (c - '1'));
    if (c == '0')
        return 11;
    return 0;
}

constexpr unsigned kKeyLeftCtrl = 29;
constexpr unsigned kKeyLeftAlt = 56;
constexpr unsigned kKeyDelete = 111;
constexpr unsigned kKeySysRq = 99;

/// A stream owned by a shared_ptr: released, it is aborted and freed (a round trip on a remote
/// connection, so the owner hands the last reference to the connection's worker).
std::shared_ptr<virStream> adoptStream(virStreamPtr stream)
{
    return std::shared_ptr<virStream>(stream, [](virStreamPtr s) {
        virStreamAbort(s);
        virStreamFree(s);
        virResetLastError();
    });
}

/// The domain named by a UUID string or a name (a new reference, or nullptr). Worker thread.
virDomainPtr lookUp(virConnectPtr conn, const QByteArray &key)
{
    virDomainPtr domain = virDomainLookupByUUIDString(conn, key.constData());
    if (!domain)
        domain = virDomainLookupByName(conn, key.constData());
    virResetLastError();
    return domain;
}

} // namespace

/// What one attach (or start paused) on the worker found: the opened stream, or why not.
struct ConsoleStream::Attempt
{
    enum class Outcome {
        Opened,
        NoConnection,
        NoDomain,
        NotRunning,
        InUse,
        NoSupport,
        Failed,
        AlreadyRunning,
        StartFailed
    };
    Outcome outcome = Outcome::Failed;
    std::shared_ptr<virStream> stream;
    QString uuid;
    QString message; // libvirt's words, when it said something
    QString driver;  // for NoSupport
    bool safeSupported = true;
    QString resumeError; // start paused: the resume failed (the guest stays paused)

    /// Runs on the connection's worker: looks the domain up and opens its console, starting it
    /// paused first (and resuming it after) when asked.
    static Attempt run(virConnectPtr conn, const QByteArray &key, const QByteArray &alias, bool force, bool safe,
                       bool startPaused);
};

ConsoleStream::Attempt ConsoleStream::Attempt::run(virConnectPtr conn, const QByteArray &key, const QByteArray &alias,
                                                   bool force, bool safe, bool startPaused)
{
    Attempt a;
    a.safeSupported = safe;
    if (!conn || virConnectIsAlive(conn) != 1) {
        virResetLastError();
        a.outcome = Outcome::NoConnection;
        return a;
    }
    virDomainPtr domain = lookUp(conn, key);
    if (!domain) {
        a.outcome = Outcome::NoDomain;
        return a;
    }
    const auto freeDomain = qScopeGuard([domain] { virDomainFree(domain); });
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, uuid) == 0)
        a.uuid = QString::fromLatin1(uuid);
    const bool running = virDomainIsActive(domain) == 1;
    virResetLastError();
    if (startPaused) {
        if (running) {
            a.outcome = Outcome::AlreadyRunning;
            return a;
        }
        if (virDomainCreateWithFlags(domain, VIR_DOMAIN_START_PAUSED) < 0) {
            a.outcome = Outcome::StartFailed;
            a.message = lastErrorMessage();
            virResetLastError();
            return a;
        }
    } else if (!running) {
        a.outcome = Outcome::NotRunning;
        return a;
    }
    // Resume even if attaching fails: a guest left paused by a console problem helps nobody.
    const auto resume = qScopeGuard([&] {
        if (startPaused && virDomainResume(domain) < 0) {
            a.resumeError = lastErrorMessage();
            virResetLastError();
        }
    });
    for (;;) {
        virStreamPtr stream = virStreamNew(conn, VIR_STREAM_NONBLOCK);
        if (!stream) {
            a.outcome = Outcome::Failed;
            a.message = lastErrorMessage();
            virResetLastError();
            return a;
        }
        unsigned flags = force ? VIR_DOMAIN_CONSOLE_FORCE : 0;
        if (a.safeSupported)
            flags |= VIR_DOMAIN_CONSOLE_SAFE;
        if (virDomainOpenConsole(domain, alias.isEmpty() ? nullptr : alias.constData(), stream, flags) == 0) {
            a.stream = adoptStream(stream);
            a.outcome = Outcome::Opened;
            return a;
        }
        const int code = lastErrorCode();
        a.message = lastErrorMessage();
        virResetLastError();
        virStreamFree(stream);
        if (a.safeSupported && (code == VIR_ERR_ARGUMENT_UNSUPPORTED || code == VIR_ERR_NO_SUPPORT)) {
            // This driver cannot tell whether another client holds the console: open without.
            a.safeSupported = false;
            continue;
        }
        if (!DomainLookup::isRunningWithDevices(domain)) {
            a.outcome = Outcome::NotRunning;
            return a;
        }
        // The QEMU driver reports a held console as "operation failed: Active console session
        // exists for this domain"; the code is enough (messages may be translated).
        if (!force && (code == VIR_ERR_OPERATION_FAILED || a.message.contains(u"Active console session"_s))) {
            a.outcome = Outcome::InUse;
            return a;
        }
        if (code == VIR_ERR_NO_SUPPORT) {
            const char *driver = virConnectGetType(conn);
            a.driver = driver ? QString::fromUtf8(driver) : QString();
            virResetLastError();
            a.outcome = Outcome::NoSupport;
            return a;
        }
        a.outcome = Outcome::Failed;
        return a;
    }
}

ConsoleStream::ConsoleStream(Connection *connection, const QString &domain, const QString &alias, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_domainKey(domain)
    , m_alias(alias)
{
    // A UUID is known at once; a name is matched to its UUID by the first attach.
    if (!QUuid::fromString(domain).isNull())
        m_uuid = domain.toLower();
    if (!connection)
        return;
    connect(connection, &Connection::domainChanged, this,
            [this](const DomainInfo &info) { onDomainState(info.uuid, info.isActive()); });
    connect(connection, &Connection::domainRemoved, this, [this](const QString &uuid) { onDomainState(uuid, false); });
    connect(connection, &Connection::domainsListed, this, [this](const DomainInfoList &domains) {
        for (const DomainInfo &info : domains)
            onDomainState(info.uuid, info.isActive());
    });
    // A stream on a connection that died may never hear of it: libvirt calls no stream callback
    // once the connection is closed. So the connection's word decides, and its return reattaches.
    connect(connection, &Connection::disconnected, this, [this] {
        if (!m_wantOpen)
            return;
        endStream();
        m_startingPaused = false;
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon was lost."));
    });
    connect(connection, &Connection::connected, this, [this] {
        if (m_wantOpen && m_state == State::Closed && m_cause == CloseCause::Daemon)
            attach(false); // safe: a console another client holds now shows as in use
    });
}

ConsoleStream::~ConsoleStream()
{
    endStream();
}

Connection *ConsoleStream::connection() const
{
    return m_connection;
}

void ConsoleStream::setAutoReattach(bool on)
{
    m_autoReattach = on;
    if (!on && m_state == State::WaitingForGuest)
        setState(State::Closed, CloseCause::Guest, tr("The guest is not running."));
}

void ConsoleStream::open()
{
    m_wantOpen = true;
    attach(false);
}

void ConsoleStream::takeOver()
{
    m_wantOpen = true;
    attach(true);
}

void ConsoleStream::close()
{
    m_wantOpen = false;
    m_startingPaused = false;
    endStream();
    setState(State::Closed, CloseCause::Requested, tr("Closed."));
}

void ConsoleStream::attach(bool force)
{
    endStream();
    m_startingPaused = false;
    if (!m_connection) {
        setState(State::Closed, CloseCause::Error, tr("The connection to the libvirt daemon is gone."));
        return;
    }
    if (m_connection->state() != Connection::State::Connected) {
        // Reattached by the connection's return (connected()).
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon is lost."));
        return;
    }
    setState(State::Connecting, CloseCause::None, tr("Connecting to the console…"));
    const quint64 attempt = m_attempt;
    m_connection->call<Attempt>(
        this,
        [key = m_domainKey.toUtf8(), alias = m_alias.toUtf8(), force, safe = m_safeSupported](virConnectPtr conn) {
            return Attempt::run(conn, key, alias, force, safe, false);
        },
        [this, attempt](Attempt &result) {
            if (attempt == m_attempt)
                installAttempt(result);
        });
}

void ConsoleStream::startPausedAndAttach()
{
    endStream();
    m_wantOpen = true;
    m_startingPaused = true;
    if (!m_connection || m_connection->state() != Connection::State::Connected) {
        m_startingPaused = false;
        Q_EMIT requestFailed(tr("Cannot start the domain paused: not connected."));
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon is lost."));
        return;
    }
    setState(State::Connecting, CloseCause::None, tr("Starting the domain paused…"));
    const quint64 attempt = m_attempt;
    m_connection->call<Attempt>(
        this,
        [key = m_domainKey.toUtf8(), alias = m_alias.toUtf8(), safe = m_safeSupported](virConnectPtr conn) {
            return Attempt::run(conn, key, alias, false, safe, true);
        },
        [this, attempt](Attempt &result) {
            if (attempt != m_attempt)
                return;
            m_startingPaused = false;
            using O = Attempt::Outcome;
            if (result.outcome == O::AlreadyRunning || result.outcome == O::StartFailed) {
                Q_EMIT requestFailed(result.outcome == O::AlreadyRunning
                                         ? tr("The domain is already running; stop it first.")
                                         : tr("Cannot start the domain paused: %1").arg(result.message));
                if (m_wantOpen)
                    attach(false); // what open() would have done
                return;
            }
            installAttempt(result);
            if (!result.resumeError.isEmpty())
                Q_EMIT requestFailed(tr("Cannot resume the domain: %1").arg(result.resumeError));
            else if (m_state != State::Open && !m_reason.isEmpty())
                Q_EMIT requestFailed(m_reason);
        });
}

void ConsoleStream::installAttempt(Attempt &result)
{
    if (!result.uuid.isEmpty())
        m_uuid = result.uuid;
    m_safeSupported = result.safeSupported;
    using O = Attempt::Outcome;
    switch (result.outcome) {
    case O::NoConnection:
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon is lost."));
        return;
    case O::NoDomain:
        setState(State::Closed, CloseCause::Error, tr("The domain %1 does not exist.").arg(m_domainKey));
        return;
    case O::NotRunning:
        if (m_autoReattach)
            setState(State::WaitingForGuest, CloseCause::Guest,
                     tr("The guest is not running; the console opens when it starts."));
        else
            setState(State::Closed, CloseCause::Guest, tr("The guest is not running."));
        return;
    case O::InUse:
        setState(
            State::InUse, CloseCause::None,
            tr("Another client is attached to this console (%1). Take it over to disconnect it.").arg(result.message));
        return;
    case O::NoSupport:
        // The test driver, for one: no console to open, and no point in offering Reconnect as
        // if the next try could work.
        setState(State::Closed, CloseCause::Unsupported,
                 tr("This connection's driver (%1) cannot open consoles.")
                     .arg(result.driver.isEmpty() ? tr("unknown") : result.driver));
        return;
    case O::Failed:
    case O::AlreadyRunning:
    case O::StartFailed:
        setState(State::Closed, CloseCause::Error, tr("Cannot open the console: %1").arg(result.message));
        return;
    case O::Opened: break;
    }
    m_stream = std::move(result.stream);
    m_writesCancelled = std::make_shared<std::atomic_bool>(false);
    m_events = kBaseEvents;
    if (virStreamEventAddCallback(m_stream.get(), m_events, &ConsoleStream::streamCallback, this, nullptr) < 0) {
        const QString message = lastErrorMessage();
        virResetLastError();
        m_events = 0;
        endStream();
        setState(State::Closed, CloseCause::Error,
                 tr("Cannot watch the console stream (is the event loop registered?): %1").arg(message));
        return;
    }
    updateEvents(); // a pause asked for before this attach still holds
    setState(State::Open, CloseCause::None, QString());
}

void ConsoleStream::streamCallback(virStreamPtr, int events, void *opaque)
{
    static_cast<ConsoleStream *>(opaque)->onStreamEvent(events);
}

void ConsoleStream::onStreamEvent(int events)
{
    QPointer<ConsoleStream> self(this);
    if (m_stream && (events & VIR_STREAM_EVENT_READABLE))
        readAvailable();
    if (!self || !m_stream)
        return;
    if (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP)) {
        readAvailable(); // what arrived before the hang-up still belongs to the user
        if (self && m_stream)
            streamEnded(QString());
    }
}

void ConsoleStream::readAvailable()
{
    QByteArray chunk;
    bool ended = false;
    QString message;
    while (chunk.size() < m_maxChunk) {
        const qsizetype old = chunk.size();
        chunk.resize(old + qsizetype(kRecvSize));
        const int n = virStreamRecv(m_stream.get(), chunk.data() + old, kRecvSize);
        chunk.resize(old + qMax(n, 0));
        if (n > 0)
            continue;
        if (n == -2)
            break; // nothing more for now; libvirt calls again when there is
        ended = true;
        if (n < 0)
            message = lastErrorMessage();
        virResetLastError();
        break;
    }
    // A capped read leaves data in the stream: libvirt dispatches READABLE again on the next loop
    // iteration, so the GUI repaints between chunks.
    QPointer<ConsoleStream> self(this);
    if (!chunk.isEmpty()) {
        m_received += chunk.size();
        Q_EMIT bytesReceived(chunk);
    }
    if (ended && self && m_stream)
        streamEnded(message);
}

void ConsoleStream::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_state != State::Open || !m_stream) {
        qWarning("ConsoleStream: %lld bytes typed while the console is not open were dropped",
                 static_cast<long long>(bytes.size()));
        return;
    }
    // A remote stream's virStreamSend never answers -2 ("try later"): it waits until the
    // connection's socket takes the packet, and a guest that does not read its console (paused,
    // hung, its UART full) fills the daemon's queue and then that socket. So the sends run on the
    // writer's own thread, in order; the GUI thread only counts what is still on its way.
    m_unsentBytes += bytes.size();
    const quint64 attempt = m_attempt;
    m_writer.post(
        [this, stream = m_stream, cancelled = m_writesCancelled, bytes, attempt](const WorkQueue::Deliver &deliver) {
            const QString failure = sendAll(stream.get(), bytes, *cancelled);
            deliver([this, attempt, size = bytes.size(), failure] { onWritten(attempt, size, failure); });
        });
}

QString ConsoleStream::sendAll(virStreamPtr stream, const QByteArray &bytes, const std::atomic_bool &cancelled)
{
    qsizetype offset = 0;
    while (offset < bytes.size() && !cancelled) {
        const int n = virStreamSend(stream, bytes.constData() + offset, size_t(bytes.size() - offset));
        if (n > 0) {
            offset += n;
        } else if (n == -2) {
            // Only a driver inside this process answers so (no console there yet): try again soon.
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        } else {
            const QString message = lastErrorMessage();
            virResetLastError();
            return message.isEmpty() ? tr("The console stream refused the bytes.") : message;
        }
    }
    return {};
}

void ConsoleStream::onWritten(quint64 attempt, qint64 bytes, const QString &failure)
{
    if (attempt != m_attempt || !m_stream)
        return; // for a stream that has ended since; m_unsentBytes was reset then
    m_unsentBytes -= bytes;
    if (!failure.isEmpty())
        streamEnded(failure);
}

void ConsoleStream::setReceivingPaused(bool paused)
{
    if (m_receivingPaused == paused)
        return;
    m_receivingPaused = paused;
    updateEvents();
    // READABLE is level-triggered: bytes that arrived while paused are dispatched again now.
}

void ConsoleStream::updateEvents()
{
    if (!m_stream)
        return;
    int wanted = kBaseEvents;
    if (m_receivingPaused)
        wanted &= ~VIR_STREAM_EVENT_READABLE;
    if (wanted == m_events)
        return;
    m_events = wanted;
    virStreamEventUpdateCallback(m_stream.get(), wanted);
    virResetLastError();
}

void ConsoleStream::endStream()
{
    ++m_attempt; // an attach or a check under way answers an older question now
    // Keys not yet sent are not sent to a guest behind a new session (it never saw the prompt
    // they answered); a send under way finishes on the writer's thread, which then lets go of
    // the stream.
    if (m_writesCancelled)
        *m_writesCancelled = true;
    m_writesCancelled.reset();
    m_unsentBytes = 0;
    if (!m_stream)
        return;
    std::shared_ptr<virStream> stream = std::move(m_stream);
    if (m_events)
        virStreamEventRemoveCallback(stream.get());
    virResetLastError();
    m_events = 0;
    // The abort is a round trip: the last reference goes to the connection's worker.
    if (m_connection)
        m_connection->release([stream = std::move(stream)]() mutable { stream.reset(); });
}

void ConsoleStream::streamEnded(const QString &libvirtMessage)
{
    endStream();
    const QString detail = libvirtMessage.isEmpty() ? QString() : u" ("_s + libvirtMessage + u')';
    if (!m_connection || m_connection->state() != Connection::State::Connected) {
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon was lost.") + detail);
        return;
    }
    // Why did it end? Ask the daemon (on the worker) whether it is there and the guest runs.
    enum class Health { Dead, Stopped, Running };
    const quint64 attempt = m_attempt;
    m_connection->call<Health>(
        this,
        [key = m_domainKey.toUtf8()](virConnectPtr conn) {
            if (!conn || virConnectIsAlive(conn) != 1) {
                virResetLastError();
                return Health::Dead;
            }
            virDomainPtr domain = lookUp(conn, key);
            const bool running = domain && virDomainIsActive(domain) == 1;
            virResetLastError();
            if (domain)
                virDomainFree(domain);
            return running ? Health::Running : Health::Stopped;
        },
        [this, attempt, detail](Health &health) {
            if (attempt != m_attempt)
                return;
            switch (health) {
            case Health::Dead:
                qCInfo(lcConsole, "%s: the stream ended and the daemon does not answer", qUtf8Printable(m_domainKey));
                setState(State::Closed, CloseCause::Daemon,
                         tr("The connection to the libvirt daemon was lost.") + detail);
                return;
            case Health::Stopped: stopped(); return;
            case Health::Running:
                // Still running: the host side ended the session. A FORCE open by another client
                // does this; so does QEMU closing the device. The guest's stop may also still be
                // on its way (the connection's domainChanged then ends this state).
                setState(State::Closed, CloseCause::Host,
                         tr("The host closed the console; another client may have taken it over.") + detail);
                return;
            }
        });
}

void ConsoleStream::stopped()
{
    if (m_autoReattach && m_wantOpen)
        setState(State::WaitingForGuest, CloseCause::Guest,
                 tr("The guest stopped; the console reopens when it runs again."));
    else
        setState(State::Closed, CloseCause::Guest, tr("The guest stopped."));
}

void ConsoleStream::onDomainState(const QString &uuid, bool active)
{
    if (m_uuid.isEmpty() || uuid.compare(m_uuid, Qt::CaseInsensitive) != 0)
        return;
    if (active) {
        if (m_wantOpen && m_autoReattach && !m_startingPaused &&
            (m_state == State::WaitingForGuest || (m_state == State::Closed && m_cause == CloseCause::Guest)))
            attach(false);
        return;
    }
    // The connection reads the domain's state after each event, so "not running" is the present,
    // not an old run's late STOPPED.
    switch (m_state) {
    case State::Open:
        readAvailable(); // drain and close now rather than wait for the stream's own hang-up
        if (m_stream) {
            endStream();
            stopped();
        }
        break;
    case State::Connecting: break; // the attempt under way finds it out
    case State::Closed:
        if (m_cause == CloseCause::Host && m_wantOpen)
            stopped(); // the stream ended just before libvirt marked the domain stopped
        break;
    case State::InUse:
        if (m_wantOpen)
            stopped();
        break;
    case State::WaitingForGuest: break;
    }
}

void ConsoleStream::setState(State state, CloseCause cause, const QString &reason)
{
    if (state == m_state && cause == m_cause && reason == m_reason)
        return;
    m_state = state;
    m_cause = cause;
    m_reason = reason;
    qCInfo(lcConsole, "%s%s console state: %s (%s)%s", qUtf8Printable(m_domainKey),
           qUtf8Printable(m_alias.isEmpty() ? QString() : u'/' + m_alias),
           QMetaEnum::fromType<State>().valueToKey(int(state)),
           QMetaEnum::fromType<CloseCause>().valueToKey(int(cause)),
           qUtf8Printable(reason.isEmpty() ? QString() : u": "_s + reason));
    Q_EMIT stateChanged(state, reason);
}

void ConsoleStream::sendCtrlAltDel()
{
    sendKeys({kKeyLeftCtrl, kKeyLeftAlt, kKeyDelete}, tr("Cannot send Ctrl+Alt+Del: %1"));
}

bool ConsoleStream::sendSysRq(char command, QString *error)
{
    const unsigned key = keyCodeFor(command);
    if (key == 0) {
        if (error)
            *error = tr("“%1” is not a SysRq command.").arg(QLatin1Char(command));
        return false;
    }
    sendKeys({kKeyLeftAlt, kKeySysRq, key}, tr("Cannot send SysRq %1: %2").arg(QString(QLatin1Char(command)), u"%1"_s));
    return true;
}

void ConsoleStream::sendKeys(const QList<unsigned> &keys, const QString &failure)
{
    if (!m_connection || m_connection->state() != Connection::State::Connected) {
        Q_EMIT requestFailed(failure.arg(tr("not connected")));
        return;
    }
    m_connection->call<QString>(
        this,
        [key = m_domainKey.toUtf8(), keys](virConnectPtr conn) -> QString {
            virDomainPtr domain = conn ? lookUp(conn, key) : nullptr;
            if (!domain)
                return tr("The domain %1 does not exist.").arg(QString::fromUtf8(key));
            QList<unsigned> codes = keys;
            const int rc = virDomainSendKey(domain, VIR_KEYCODE_SET_LINUX, 0, codes.data(), int(codes.size()), 0);
            const QString message = rc == 0 ? QString() : lastErrorMessage();
            virResetLastError();
            virDomainFree(domain);
            return rc == 0 ? QString() : (message.isEmpty() ? tr("unknown error") : message);
        },
        [this, failure](QString &error) {
            if (!error.isEmpty())
                Q_EMIT requestFailed(failure.arg(error));
        });
}

} // namespace vcv
