#include "virt/ConsoleStream.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>

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

} // namespace

// libvirt refuses a second registration of the same callback function for the same connection
// and domain ("event callback already tracked"), whatever the opaque pointer. So there is one
// registration per connection (all domains), shared by every ConsoleStream on it, dispatching by
// domain UUID. GUI thread only, like the streams themselves.
struct ConsoleStream::LifecycleHub {
    struct Entry {
        int callbackId = -1;
        QList<ConsoleStream *> streams;
    };
    static QHash<virConnectPtr, Entry> &entries()
    {
        static QHash<virConnectPtr, Entry> hash;
        return hash;
    }

    static int callback(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *)
    {
        char uuid[VIR_UUID_BUFLEN];
        if (virDomainGetUUID(dom, reinterpret_cast<unsigned char *>(uuid)) < 0) {
            virResetLastError();
            return 0;
        }
        const QByteArray id(uuid, VIR_UUID_BUFLEN);
        // Copy: a stream may be destroyed by a slot run from inside the dispatch.
        const QList<QPointer<ConsoleStream>> streams = [&] {
            QList<QPointer<ConsoleStream>> list;
            for (ConsoleStream *s : entries().value(conn).streams)
                list.append(s);
            return list;
        }();
        for (const QPointer<ConsoleStream> &s : streams) {
            if (s && s->m_uuid == id)
                s->onLifecycleEvent(event, detail);
        }
        return 0;
    }

    static bool add(ConsoleStream *stream)
    {
        Entry &entry = entries()[stream->m_conn];
        if (entry.callbackId < 0) {
            entry.callbackId = virConnectDomainEventRegisterAny(stream->m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                                VIR_DOMAIN_EVENT_CALLBACK(&LifecycleHub::callback),
                                                                nullptr, nullptr);
            if (entry.callbackId < 0) {
                entries().remove(stream->m_conn);
                return false;
            }
        }
        entry.streams.append(stream);
        return true;
    }

    static void remove(ConsoleStream *stream)
    {
        auto it = entries().find(stream->m_conn);
        if (it == entries().end())
            return;
        it->streams.removeAll(stream);
        if (it->streams.isEmpty()) {
            virConnectDomainEventDeregisterAny(stream->m_conn, it->callbackId);
            virResetLastError();
            entries().erase(it);
        }
    }
};

ConsoleStream::ConsoleStream(virConnectPtr connection, const QString &domain, const QString &alias, QObject *parent)
    : QObject(parent)
    , m_domainName(domain)
    , m_alias(alias)
{
    if (connection && virConnectRef(connection) == 0)
        m_conn = connection;
    if (m_conn) {
        const QByteArray id = domain.toUtf8();
        m_domain = virDomainLookupByUUIDString(m_conn, id.constData());
        if (!m_domain)
            m_domain = virDomainLookupByName(m_conn, id.constData());
        virResetLastError();
    }
    registerLifecycle();
}

ConsoleStream::~ConsoleStream()
{
    endStream(true);
    if (m_lifecycleRegistered)
        LifecycleHub::remove(this);
    if (m_domain)
        virDomainFree(m_domain);
    if (m_conn)
        virConnectClose(m_conn);
}

void ConsoleStream::registerLifecycle()
{
    if (!m_conn || !m_domain)
        return;
    char uuid[VIR_UUID_BUFLEN];
    if (virDomainGetUUID(m_domain, reinterpret_cast<unsigned char *>(uuid)) == 0)
        m_uuid = QByteArray(uuid, VIR_UUID_BUFLEN);
    if (LifecycleHub::add(this)) {
        m_lifecycleRegistered = true;
    } else {
        // Without events the stream still works; it only cannot reattach by itself.
        qWarning("ConsoleStream: no lifecycle events for %s: %s", qUtf8Printable(m_domainName),
                 qUtf8Printable(lastErrorMessage()));
        virResetLastError();
    }
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
    endStream(true);
    setState(State::Closed, CloseCause::Requested, tr("Closed."));
}

bool ConsoleStream::domainRunning() const
{
    if (!m_domain)
        return false;
    const int active = virDomainIsActive(m_domain);
    virResetLastError();
    return active == 1;
}

void ConsoleStream::attach(bool force)
{
    endStream(true);
    if (!m_conn || !m_domain) {
        setState(State::Closed, CloseCause::Error, tr("The domain %1 does not exist.").arg(m_domainName));
        return;
    }
    if (virConnectIsAlive(m_conn) != 1) {
        virResetLastError();
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon is lost."));
        return;
    }
    if (!domainRunning()) {
        if (m_autoReattach)
            setState(State::WaitingForGuest, CloseCause::Guest,
                     tr("The guest is not running; the console opens when it starts."));
        else
            setState(State::Closed, CloseCause::Guest, tr("The guest is not running."));
        return;
    }
    setState(State::Connecting, CloseCause::None, tr("Connecting to the console…"));

    const QByteArray dev = m_alias.toUtf8();
    for (;;) {
        m_stream = virStreamNew(m_conn, VIR_STREAM_NONBLOCK);
        if (!m_stream) {
            setState(State::Closed, CloseCause::Error, tr("Cannot create a stream: %1").arg(lastErrorMessage()));
            virResetLastError();
            return;
        }
        unsigned flags = force ? VIR_DOMAIN_CONSOLE_FORCE : 0;
        if (m_safeSupported)
            flags |= VIR_DOMAIN_CONSOLE_SAFE;
        if (virDomainOpenConsole(m_domain, dev.isEmpty() ? nullptr : dev.constData(), m_stream, flags) == 0)
            break;
        const int code = lastErrorCode();
        const QString message = lastErrorMessage();
        virResetLastError();
        virStreamFree(m_stream);
        m_stream = nullptr;
        if (m_safeSupported && (code == VIR_ERR_ARGUMENT_UNSUPPORTED || code == VIR_ERR_NO_SUPPORT)) {
            // This driver cannot tell whether another client holds the console: open without.
            m_safeSupported = false;
            continue;
        }
        if (!domainRunning()) {
            setState(m_autoReattach ? State::WaitingForGuest : State::Closed, CloseCause::Guest,
                     tr("The guest stopped."));
            return;
        }
        // The QEMU driver reports a held console as "operation failed: Active console session
        // exists for this domain"; the code is enough (messages may be translated).
        if (!force && (code == VIR_ERR_OPERATION_FAILED || message.contains(u"Active console session"_s))) {
            setState(State::InUse, CloseCause::None,
                     tr("Another client is attached to this console (%1). Take it over to disconnect it.")
                         .arg(message));
            return;
        }
        if (code == VIR_ERR_NO_SUPPORT) {
            // The test driver, for one: no console to open, and no point in offering Reconnect
            // as if the next try could work.
            const char *driver = virConnectGetType(m_conn);
            setState(State::Closed, CloseCause::Error,
                     tr("This connection's driver (%1) cannot open consoles.")
                         .arg(driver ? QString::fromUtf8(driver) : tr("unknown")));
            virResetLastError();
            return;
        }
        setState(State::Closed, CloseCause::Error, tr("Cannot open the console: %1").arg(message));
        return;
    }

    m_out.clear(); // keys typed while detached are not sent to a guest that never saw the prompt
    m_outOffset = 0;
    m_events = kBaseEvents;
    if (virStreamEventAddCallback(m_stream, m_events, &ConsoleStream::streamCallback, this, nullptr) < 0) {
        const QString message = lastErrorMessage();
        virResetLastError();
        endStream(true);
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
    if (events & VIR_STREAM_EVENT_WRITABLE)
        flush();
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
        const int n = virStreamRecv(m_stream, chunk.data() + old, kRecvSize);
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
    m_out.append(bytes);
    flush();
}

void ConsoleStream::flush()
{
    while (m_stream && m_outOffset < m_out.size()) {
        const int n = virStreamSend(m_stream, m_out.constData() + m_outOffset, size_t(m_out.size() - m_outOffset));
        if (n > 0) {
            m_outOffset += n;
            continue;
        }
        if (n == -2)
            break;
        const QString message = lastErrorMessage();
        virResetLastError();
        streamEnded(message);
        return;
    }
    if (m_outOffset == m_out.size()) {
        m_out.clear();
        m_outOffset = 0;
    }
    updateEvents();
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
    int wanted = kBaseEvents | (pendingWriteBytes() > 0 ? VIR_STREAM_EVENT_WRITABLE : 0);
    if (m_receivingPaused)
        wanted &= ~VIR_STREAM_EVENT_READABLE;
    if (wanted == m_events)
        return;
    m_events = wanted;
    virStreamEventUpdateCallback(m_stream, wanted);
    virResetLastError();
}

void ConsoleStream::endStream(bool abort)
{
    if (!m_stream)
        return;
    virStreamPtr stream = m_stream;
    m_stream = nullptr;
    virStreamEventRemoveCallback(stream);
    if (abort)
        virStreamAbort(stream);
    else
        virStreamFinish(stream);
    virStreamFree(stream);
    virResetLastError();
    m_out.clear();
    m_outOffset = 0;
    m_events = 0;
}

void ConsoleStream::streamEnded(const QString &libvirtMessage)
{
    endStream(true);
    const QString detail = libvirtMessage.isEmpty() ? QString() : u" ("_s + libvirtMessage + u')';
    if (virConnectIsAlive(m_conn) != 1) {
        virResetLastError();
        setState(State::Closed, CloseCause::Daemon, tr("The connection to the libvirt daemon was lost.") + detail);
        return;
    }
    if (!domainRunning()) {
        if (m_autoReattach && m_wantOpen)
            setState(State::WaitingForGuest, CloseCause::Guest,
                     tr("The guest stopped; the console reopens when it runs again."));
        else
            setState(State::Closed, CloseCause::Guest, tr("The guest stopped."));
        return;
    }
    // Still running: the host side ended the session. A FORCE open by another client does this;
    // so does QEMU closing the device. The STOPPED event may also still be on its way.
    setState(State::Closed, CloseCause::Host,
             tr("The host closed the console; another client may have taken it over.") + detail);
}

void ConsoleStream::onLifecycleEvent(int event, int)
{
    ConsoleStream *self = this;
    switch (event) {
    case VIR_DOMAIN_EVENT_STARTED:
    case VIR_DOMAIN_EVENT_RESUMED:
        if (self->m_wantOpen && self->m_autoReattach
            && (self->m_state == State::WaitingForGuest
                || (self->m_state == State::Closed && self->m_cause == CloseCause::Guest)))
            self->attach(false);
        break;
    case VIR_DOMAIN_EVENT_STOPPED:
    case VIR_DOMAIN_EVENT_SHUTDOWN:
        if (event == VIR_DOMAIN_EVENT_SHUTDOWN)
            break; // the guest only announced it; STOPPED follows
        if (self->m_state == State::Open || self->m_state == State::Connecting) {
            // The domain runs again already (forced off and started at once, as "Start paused
            // and attach" on a running domain does): this STOPPED ends the earlier run, and the
            // stream, attached since, belongs to the new one. An old run's stream still open
            // ends through its own hang-up.
            if (self->domainRunning())
                break;
            // Drain and close now rather than wait for the stream's own hang-up.
            self->readAvailable();
            if (self->m_stream)
                self->streamEnded(QString());
        } else if (self->m_state == State::Closed && self->m_cause == CloseCause::Host && self->m_wantOpen) {
            // The stream ended just before libvirt marked the domain stopped.
            self->setState(self->m_autoReattach ? State::WaitingForGuest : State::Closed, CloseCause::Guest,
                           tr("The guest stopped; the console reopens when it runs again."));
        } else if (self->m_state == State::InUse && self->m_wantOpen) {
            self->setState(self->m_autoReattach ? State::WaitingForGuest : State::Closed, CloseCause::Guest,
                           tr("The guest stopped; the console reopens when it runs again."));
        }
        break;
    default:
        break;
    }
}

void ConsoleStream::setState(State state, CloseCause cause, const QString &reason)
{
    if (state == m_state && cause == m_cause && reason == m_reason)
        return;
    m_state = state;
    m_cause = cause;
    m_reason = reason;
    qCInfo(lcConsole, "%s%s console state: %s (%s)%s", qUtf8Printable(m_domainName),
           qUtf8Printable(m_alias.isEmpty() ? QString() : u'/' + m_alias),
           QMetaEnum::fromType<State>().valueToKey(int(state)), QMetaEnum::fromType<CloseCause>().valueToKey(int(cause)),
           qUtf8Printable(reason.isEmpty() ? QString() : u": "_s + reason));
    Q_EMIT stateChanged(state, reason);
}

bool ConsoleStream::startPausedAndAttach(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_domain)
        return fail(tr("The domain %1 does not exist.").arg(m_domainName));
    if (domainRunning())
        return fail(tr("The domain is already running; stop it first."));
    m_wantOpen = true;
    if (virDomainCreateWithFlags(m_domain, VIR_DOMAIN_START_PAUSED) < 0) {
        const QString message = lastErrorMessage();
        virResetLastError();
        return fail(tr("Cannot start the domain paused: %1").arg(message));
    }
    attach(false);
    const bool attached = m_state == State::Open;
    // Resume even if attaching failed: a guest left paused by a console problem helps nobody.
    if (virDomainResume(m_domain) < 0) {
        const QString message = lastErrorMessage();
        virResetLastError();
        return fail(tr("Cannot resume the domain: %1").arg(message));
    }
    if (!attached)
        return fail(m_reason);
    return true;
}

bool ConsoleStream::sendCtrlAltDel(QString *error)
{
    unsigned keys[] = {kKeyLeftCtrl, kKeyLeftAlt, kKeyDelete};
    if (m_domain && virDomainSendKey(m_domain, VIR_KEYCODE_SET_LINUX, 0, keys, 3, 0) == 0)
        return true;
    if (error)
        *error = tr("Cannot send Ctrl+Alt+Del: %1").arg(lastErrorMessage());
    virResetLastError();
    return false;
}

bool ConsoleStream::sendSysRq(char command, QString *error)
{
    const unsigned key = keyCodeFor(command);
    if (key == 0) {
        if (error)
            *error = tr("“%1” is not a SysRq command.").arg(QLatin1Char(command));
        return false;
    }
    unsigned keys[] = {kKeyLeftAlt, kKeySysRq, key};
    if (m_domain && virDomainSendKey(m_domain, VIR_KEYCODE_SET_LINUX, 0, keys, 3, 0) == 0)
        return true;
    if (error)
        *error = tr("Cannot send SysRq %1: %2").arg(QString(QLatin1Char(command)), lastErrorMessage());
    virResetLastError();
    return false;
}

} // namespace vcv
