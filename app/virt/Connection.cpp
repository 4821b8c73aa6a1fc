// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/Connection.h"

#include "virt/DomainSummaries.h"
#include "virt/EventLoop.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMetaMethod>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace vcv {

// QT_LOGGING_RULES="vcv.connection.info=true": state changes, why a connection ended, reconnects.
Q_LOGGING_CATEGORY(lcConnection, "vcv.connection", QtWarningMsg)

namespace {
std::atomic<quint64> g_calls{0};

void counted(int n = 1)
{
    g_calls.fetch_add(quint64(n), std::memory_order_relaxed);
}

QString lastErrorMessage()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message)
                           : QCoreApplication::translate("vcv::Connection", "libvirt reported no reason.");
}

bool lastErrorIsNoDomain()
{
    const virErrorPtr e = virGetLastError();
    return e && e->code == VIR_ERR_NO_DOMAIN;
}

/// How a connection's opens are scheduled (Connection.h, m_openQueue). Every driver reached through
/// libvirt's remote driver may fork (ssh, ext, a session daemon to start). The local test driver
/// never does, but its open parses its whole node description: CPU work, which at the GUI thread's
/// priority (the benchmark opens ten nodes of 1000 domains at once) competes with the window's
/// first paints as an equal. It stays below, like the rest of the work.
WorkQueue::Priority openPriority(const QString &uri)
{
    return QUrl(uri).scheme().compare(QLatin1StringView("test"), Qt::CaseInsensitive) == 0
        ? WorkQueue::Priority::Background
        : WorkQueue::Priority::Interactive;
}

} // namespace

// Shared by the Connection and the opaque pointers handed to libvirt: a callback may arrive on
// any thread after the Connection is gone, so it reaches the owner only through here.
struct Connection::Guard
{
    std::mutex mutex;
    Connection *owner = nullptr; // guarded by mutex

    // Runs fn on the owner's thread if the owner still exists.
    template<typename Fn>
    void post(Fn &&fn)
    {
        std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::forward<Fn>(fn), Qt::QueuedConnection);
    }
};

// The credential exchange of one open: the worker asks and waits, the GUI answers.
struct Connection::AuthBroker
{
    std::mutex mutex;
    std::condition_variable cv;
    quint64 pendingId = 0;         // guarded by mutex; 0: nothing pending
    bool answered = false;         // guarded by mutex
    bool cancelled = false;        // guarded by mutex; once set, every later question fails at once
    CredentialRequestList answers; // guarded by mutex
    static inline std::atomic<quint64> nextId{1};

    quint64 begin()
    {
        std::lock_guard lock(mutex);
        pendingId = nextId++;
        answered = false;
        return pendingId;
    }
    bool wait(quint64 id, CredentialRequestList *out)
    {
        std::unique_lock lock(mutex);
        // A person answers: give them minutes, not forever (a forgotten dialog must not pin the
        // worker thread for the life of the process).
        cv.wait_for(lock, std::chrono::minutes(10), [&] { return cancelled || (answered && pendingId == id); });
        const bool ok = !cancelled && answered && pendingId == id;
        if (ok)
            *out = answers;
        pendingId = 0;
        return ok;
    }
    void answer(quint64 id, const CredentialRequestList &a, bool cancel)
    {
        std::lock_guard lock(mutex);
        if (id != pendingId)
            return;
        if (cancel)
            cancelled = true;
        answers = a;
        answered = true;
        cv.notify_all();
    }
    void cancelAll()
    {
        std::lock_guard lock(mutex);
        cancelled = true;
        cv.notify_all();
    }
};

struct ConnectionCallbacks
{
    struct Link
    {
        std::shared_ptr<Connection::Guard> guard;
        quint64 generation;
    };
    struct AuthContext
    {
        std::shared_ptr<Connection::AuthBroker> broker;
        const WorkQueue::Deliver *deliver;
        Connection *self; // only dereferenced inside delivered functions (on the owner's thread)
    };

    static void freeLink(void *opaque) { delete static_cast<Link *>(opaque); }

    // Any thread: libvirt calls it from whichever thread notices the end of the connection.
    static void onClose(virConnectPtr, int reason, void *opaque)
    {
        auto *link = static_cast<Link *>(opaque);
        const quint64 generation = link->generation;
        std::lock_guard lock(link->guard->mutex);
        if (Connection *owner = link->guard->owner)
            QMetaObject::invokeMethod(
                owner, [owner, generation, reason] { owner->onClosed(generation, reason); }, Qt::QueuedConnection);
    }

    static int onLifecycle(virConnectPtr, virDomainPtr dom, int /*event*/, int /*detail*/, void *opaque)
    {
        auto *link = static_cast<Link *>(opaque);
        char buf[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(dom, buf) < 0) // local: no round trip
            return 0;
        const QString uuid = QString::fromLatin1(buf);
        const quint64 generation = link->generation;
        std::lock_guard lock(link->guard->mutex);
        if (Connection *owner = link->guard->owner)
            QMetaObject::invokeMethod(
                owner, [owner, generation, uuid] { owner->onDomainEvent(generation, uuid); }, Qt::QueuedConnection);
        return 0;
    }

    // Worker thread, inside virConnectOpenAuth.
    static int onAuth(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)
    {
        auto *ctx = static_cast<AuthContext *>(cbdata);
        CredentialRequestList requests;
        for (unsigned i = 0; i < ncred; ++i) {
            CredentialRequest r;
            r.libvirtType = cred[i].type;
            switch (cred[i].type) {
            case VIR_CRED_USERNAME:
            case VIR_CRED_AUTHNAME: r.type = CredentialRequest::Type::Username; break;
            case VIR_CRED_PASSPHRASE: r.type = CredentialRequest::Type::Password; break;
            case VIR_CRED_ECHOPROMPT: r.type = CredentialRequest::Type::EchoPrompt; break;
            case VIR_CRED_NOECHOPROMPT: r.type = CredentialRequest::Type::NoEchoPrompt; break;
            case VIR_CRED_REALM: r.type = CredentialRequest::Type::Realm; break;
            default: return -1; // a type we did not offer
            }
            r.prompt = cred[i].prompt ? QString::fromUtf8(cred[i].prompt) : QString();
            r.challenge = cred[i].challenge ? QString::fromUtf8(cred[i].challenge) : QString();
            r.defaultAnswer = cred[i].defresult ? QString::fromUtf8(cred[i].defresult) : QString();
            requests.append(r);
        }
        const quint64 id = ctx->broker->begin();
        Connection *self = ctx->self;
        if (!(*ctx->deliver)([self, id, requests] { self->requestCredentials(id, requests); }))
            return -1;
        CredentialRequestList answers;
        if (!ctx->broker->wait(id, &answers) || answers.size() != requests.size())
            return -1;
        for (unsigned i = 0; i < ncred; ++i) {
            const QByteArray a = answers.at(i).answer.toUtf8();
            cred[i].result = static_cast<char *>(std::malloc(size_t(a.size()) + 1));
            if (!cred[i].result)
                return -1;
            std::memcpy(cred[i].result, a.constData(), size_t(a.size()) + 1);
            cred[i].resultlen = unsigned(a.size());
        }
        return 0;
    }
};

Connection::Connection(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri.trimmed())
    , m_guard(std::make_shared<Guard>())
    , m_openQueue(this, openPriority(m_uri))
    , m_queue(this)
{
    qRegisterMetaType<vcv::DomainInfo>();
    qRegisterMetaType<vcv::DomainInfoList>();
    qRegisterMetaType<vcv::DomainConsolesList>();
    qRegisterMetaType<vcv::CredentialRequestList>();
    qRegisterMetaType<vcv::ConnectionError>();
    qRegisterMetaType<vcv::Connection::Action>();
    qRegisterMetaType<vcv::Connection::State>();
    m_guard->owner = this;
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Disconnected)
            open();
    });
    m_pollTimer.setInterval(5000);
    connect(&m_pollTimer, &QTimer::timeout, this, &Connection::refreshDomains);
}

Connection::~Connection()
{
    {
        std::lock_guard lock(m_guard->mutex);
        m_guard->owner = nullptr;
    }
    if (m_auth)
        m_auth->cancelAll();
    teardown();
}

void Connection::setReconnectDelays(int firstDelayMs, int maxDelayMs)
{
    m_firstDelayMs = qMax(1, firstDelayMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxDelayMs);
}

void Connection::setKeepAlive(int intervalSec, unsigned count)
{
    m_keepAliveInterval = intervalSec;
    m_keepAliveCount = count;
}

quint64 Connection::libvirtCallCount()
{
    return g_calls.load();
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcConnection, "%s: %s", qUtf8Printable(m_uri), QMetaEnum::fromType<State>().valueToKey(int(state)));
    Q_EMIT stateChanged(state);
}

void Connection::open()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_state != State::Disconnected)
        return;
    m_reconnectTimer.stop();
    if (const ConnectionError bad = ConnectionError::checkUri(m_uri); bad.isError()) {
        fail(bad);
        return;
    }
    EventLoop::ensureRegistered();
    setState(State::Connecting);
    const quint64 generation = ++m_generation;
    if (m_auth)
        m_auth->cancelAll();
    m_auth = std::make_shared<AuthBroker>();
    m_openQueue.post([self = this, uri = m_uri.toUtf8(), generation, guard = m_guard, broker = m_auth,
                      kaInterval = m_keepAliveInterval, kaCount = m_keepAliveCount](const WorkQueue::Deliver &deliver) {
        ConnectionCallbacks::AuthContext ctx{broker, &deliver, self};
        int credTypes[] = {VIR_CRED_USERNAME,   VIR_CRED_AUTHNAME,     VIR_CRED_PASSPHRASE,
                           VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};
        virConnectAuth auth{credTypes, sizeof credTypes / sizeof credTypes[0], &ConnectionCallbacks::onAuth, &ctx};
        counted();
        virConnectPtr raw = virConnectOpenAuth(uri.constData(), &auth, 0);
        if (!raw) {
            const ConnectionError error = ConnectionError::fromLastError(QString::fromUtf8(uri));
            deliver([self, generation, error] { self->onOpenFailed(generation, error); });
            return;
        }
        // The close callback's link is ours to free, not libvirt's: a driver without close
        // notifications (test://) accepts the registration but never calls its free callback, so
        // handing libvirt freeLink leaked one link per connection (LeakSanitizer, asan preset).
        // The connection's deleter keeps it until after the final virConnectClose(); every path
        // that drops the connection unregisters the callback first.
        const auto closeLink =
            std::make_shared<ConnectionCallbacks::Link>(ConnectionCallbacks::Link{guard, generation});
        ConnPtr conn(raw, [closeLink](virConnectPtr c) { virConnectClose(c); });
        counted(3);
        // 1: the driver has no keepalive (local drivers such as test://); not an error.
        const int keepAlive = kaInterval > 0 ? virConnectSetKeepAlive(raw, kaInterval, kaCount) : 1;
        virConnectRegisterCloseCallback(raw, &ConnectionCallbacks::onClose, closeLink.get(), nullptr);
        auto *eventLink = new ConnectionCallbacks::Link{guard, generation};
        const int eventCallback = virConnectDomainEventRegisterAny(
            raw, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(&ConnectionCallbacks::onLifecycle),
            eventLink, &ConnectionCallbacks::freeLink);
        if (eventCallback < 0)
            delete eventLink;
        virResetLastError();
        deliver([self, generation, conn, eventCallback, keepAlive] {
            self->onOpened(generation, conn, eventCallback >= 0, eventCallback, keepAlive);
        });
    });
}

void Connection::requestCredentials(quint64 requestId, const CredentialRequestList &requests)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&Connection::credentialsRequested))) {
        cancelCredentials(requestId);
        return;
    }
    Q_EMIT credentialsRequested(requestId, requests);
}

void Connection::answerCredentials(quint64 requestId, const CredentialRequestList &answers)
{
    if (m_auth)
        m_auth->answer(requestId, answers, false);
}

void Connection::cancelCredentials(quint64 requestId)
{
    if (m_auth)
        m_auth->answer(requestId, {}, true);
}

void Connection::onOpened(quint64 generation, ConnPtr conn, bool eventsOk, int eventCallback, int keepAliveResult)
{
    Q_UNUSED(keepAliveResult)
    if (generation != m_generation || m_state != State::Connecting) {
        // Closed or reopened meanwhile: this connection is not wanted; close it off the GUI thread.
        m_queue.post(
            [conn, eventCallback](const WorkQueue::Deliver &) {
                if (eventCallback >= 0)
                    virConnectDomainEventDeregisterAny(conn.get(), eventCallback);
                virConnectUnregisterCloseCallback(conn.get(), &ConnectionCallbacks::onClose);
            },
            /*cleanup=*/true);
        return;
    }
    m_conn = std::move(conn);
    m_eventCallback = eventsOk ? eventCallback : -1;
    m_lastError = ConnectionError{};
    m_wasConnected = true;
    m_reconnectAttempt = 0;
    if (!eventsOk)
        m_pollTimer.start();
    setState(State::Connected);
    Q_EMIT connected();
    // Registered for events before this listing: nothing that happens from now on is missed.
    listDomains();
}

void Connection::onOpenFailed(quint64 generation, const ConnectionError &error)
{
    if (generation != m_generation || m_state != State::Connecting)
        return;
    fail(error);
}

void Connection::fail(const ConnectionError &error)
{
    qCInfo(lcConnection, "%s: %s", qUtf8Printable(m_uri), qUtf8Printable(error.text()));
    m_lastError = error;
    setState(State::Disconnected);
    Q_EMIT disconnected(error);
    scheduleReconnect();
}

void Connection::scheduleReconnect()
{
    if (!m_autoReconnect || !m_wasConnected)
        return;
    switch (m_lastError.kind) {
    case ConnectionError::Kind::AuthenticationFailed:
    case ConnectionError::Kind::PermissionDenied:
    case ConnectionError::Kind::UnsupportedUri:
    case ConnectionError::Kind::None: return; // waiting will not heal these
    default: break;
    }
    const int shift = qMin(m_reconnectAttempt, 16);
    const qint64 delay = qMin<qint64>(qint64(m_firstDelayMs) << shift, m_maxDelayMs);
    ++m_reconnectAttempt;
    m_reconnectTimer.start(int(delay));
    qCInfo(lcConnection, "%s: reconnecting in %lld ms", qUtf8Printable(m_uri), static_cast<long long>(delay));
    Q_EMIT reconnectScheduled(int(delay));
}

void Connection::onClosed(quint64 generation, int reason)
{
    qCInfo(lcConnection, "%s: libvirt reports the connection closed (reason %d)%s", qUtf8Printable(m_uri), reason,
           generation != m_generation ? " for an earlier connection" : "");
    if (generation != m_generation || m_state != State::Connected)
        return;
    ++m_generation;
    teardown();
    fail(ConnectionError::lost(reason));
}

void Connection::close()
{
    m_reconnectTimer.stop();
    m_wasConnected = false; // no reconnect after a requested close
    if (m_auth)
        m_auth->cancelAll();
    if (m_state == State::Disconnected)
        return;
    ++m_generation;
    teardown();
    m_lastError = ConnectionError{};
    setState(State::Disconnected);
    Q_EMIT disconnected(m_lastError);
}

void Connection::teardown()
{
    m_pollTimer.stop();
    cancelConsoleLoad();
    if (!m_conn)
        return;
    // Deregistering talks to the daemon: do it, and the final close, on the worker.
    m_queue.post(
        [conn = std::move(m_conn), eventCallback = m_eventCallback](const WorkQueue::Deliver &) {
            counted(3);
            if (eventCallback >= 0)
                virConnectDomainEventDeregisterAny(conn.get(), eventCallback);
            virConnectUnregisterCloseCallback(conn.get(), &ConnectionCallbacks::onClose);
        },
        /*cleanup=*/true);
    m_conn.reset();
    m_eventCallback = -1;
}

void Connection::onDomainEvent(quint64 generation, const QString &uuid)
{
    if (generation != m_generation || !m_conn)
        return;
    m_queue.post([self = this, conn = m_conn, generation, uuid](const WorkQueue::Deliver &deliver) {
        counted();
        virDomainPtr dom = virDomainLookupByUUIDString(conn.get(), uuid.toLatin1().constData());
        bool gone = !dom && lastErrorIsNoDomain();
        DomainInfo info;
        if (dom) {
            info = DomainInfo::fetch(dom, &gone);
            counted(5);
            virDomainFree(dom);
        }
        if (!dom && !gone)
            return; // the connection broke: the close callback will tell
        deliver([self, generation, uuid, gone, info] {
            if (generation != self->m_generation)
                return;
            if (gone)
                Q_EMIT self->domainRemoved(uuid);
            else
                Q_EMIT self->domainChanged(info);
        });
    });
}

void Connection::refreshDomains()
{
    if (m_state != State::Connected || !m_conn)
        return;
    if (m_queue.pending() > 0 && m_pollTimer.isActive())
        return; // a slow connection: do not pile up polls
    listDomains();
}

namespace {
// Domains whose XML one worker job reads: big enough that the calls in flight stay busy, small
// enough that a lifecycle event waits at most one batch for the worker.
constexpr size_t kConsoleBatch = 64;
} // namespace

void Connection::listDomains()
{
    cancelConsoleLoad();
    m_queue.post([self = this, conn = m_conn, generation = m_generation](const WorkQueue::Deliver &deliver) {
        counted(2);
        auto summaries = DomainSummaries::fetch(conn.get());
        if (!summaries)
            return; // the connection broke: the close callback will tell
        deliver([self, generation, summaries = std::move(*summaries)] {
            if (generation != self->m_generation || self->m_state != State::Connected)
                return;
            Q_EMIT self->domainsListed(summaries.domains);
            if (generation != self->m_generation) // a receiver closed the connection
                return;
            self->cancelConsoleLoad();
            self->m_consoleLoadCancelled = std::make_shared<std::atomic<bool>>(false);
            self->loadConsoleBatch(summaries.handles, 0, self->m_consoleLoadCancelled);
        });
    });
}

void Connection::loadConsoleBatch(const std::shared_ptr<const DomainHandles> &handles, size_t first,
                                  const std::shared_ptr<std::atomic<bool>> &cancelled)
{
    if (cancelled->load()) // a receiver of the last batch closed or re-listed the connection
        return;
    if (first >= handles->size()) {
        Q_EMIT domainConsolesComplete();
        return;
    }
    // One batch per job, the next posted only when this one is delivered: events that arrived
    // meanwhile are queued before it and so run between two batches.
    m_queue.post([self = this, handles, first, cancelled](const WorkQueue::Deliver &deliver) {
        if (cancelled->load())
            return;
        DomainConsoleLoader::Outcome outcome{};
        DomainConsolesList batch = DomainConsoleLoader::load(*handles, first, kConsoleBatch, *cancelled, &outcome);
        counted(int(qMin(kConsoleBatch, handles->size() - first)));
        if (outcome != DomainConsoleLoader::Outcome::Complete)
            return; // dropped, or the connection broke (the close callback will tell)
        deliver([self, handles, first, cancelled, batch = std::move(batch)] {
            if (cancelled->load())
                return;
            if (!batch.isEmpty())
                Q_EMIT self->domainConsolesLoaded(batch);
            self->loadConsoleBatch(handles, first + kConsoleBatch, cancelled);
        });
    });
}

void Connection::cancelConsoleLoad()
{
    if (m_consoleLoadCancelled)
        m_consoleLoadCancelled->store(true);
    m_consoleLoadCancelled.reset();
}

void Connection::perform(const QString &uuid, Action action)
{
    if (m_state != State::Connected || !m_conn)
        return;
    m_queue.post([self = this, conn = m_conn, uuid, action](const WorkQueue::Deliver &deliver) {
        counted(2);
        virDomainPtr dom = virDomainLookupByUUIDString(conn.get(), uuid.toLatin1().constData());
        int rc = -1;
        if (dom) {
            switch (action) {
            case Action::Start: rc = virDomainCreate(dom); break;
            case Action::StartPaused: rc = virDomainCreateWithFlags(dom, VIR_DOMAIN_START_PAUSED); break;
            case Action::Resume: rc = virDomainResume(dom); break;
            case Action::Shutdown: rc = virDomainShutdown(dom); break;
            case Action::Destroy: rc = virDomainDestroy(dom); break;
            case Action::Reboot: rc = virDomainReboot(dom, 0); break;
            }
        }
        const QString error = rc < 0 ? lastErrorMessage() : QString();
        if (dom)
            virDomainFree(dom);
        deliver([self, uuid, action, rc, error] { Q_EMIT self->actionFinished(uuid, action, rc >= 0, error); });
    });
}

void Connection::readDefinition(const QString &uuid)
{
    if (m_state != State::Connected || !m_conn)
        return;
    m_queue.post([self = this, conn = m_conn, uuid](const WorkQueue::Deliver &deliver) {
        counted(3);
        std::optional<DomainXml> definition;
        QString error;
        virDomainPtr dom = virDomainLookupByUUIDString(conn.get(), uuid.toLatin1().constData());
        if (!dom) {
            error = lastErrorMessage();
        } else {
            char *xml = virDomainGetXMLDesc(dom, 0);
            if (!xml)
                error = lastErrorMessage();
            else
                definition = DomainXml::parse(QByteArray(xml), &error);
            free(xml);
            virDomainFree(dom);
        }
        deliver([self, uuid, definition, error] { Q_EMIT self->definitionRead(uuid, definition, error); });
    });
}

} // namespace vcv
