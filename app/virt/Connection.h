// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/ConnectionError.h"
#include "virt/CredentialRequest.h"
#include "virt/DomainConsoleLoader.h"
#include "virt/DomainInfo.h"
#include "virt/DomainXml.h"
#include "virt/WorkQueue.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

struct _virConnect; // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

/// One libvirt connection (a URI), kept open: opened with virConnectOpenAuth on a worker thread,
/// kept alive with keepalive, watched with a close callback, reopened with backoff when lost.
/// It also reports the connection's domains: after each open a list of names and states from two
/// bulk calls (domainsListed), then their consoles in batches as each domain's XML is read
/// (domainConsolesLoaded … domainConsolesComplete), then one change per lifecycle event (polling
/// only when the driver has no events). An event for a domain whose consoles are still being read
/// is fetched whole and delivered in order with the batches, so the last word on a domain is always
/// the newest read; closing, losing or re-listing the connection drops a load in progress.
///
/// Threads: create and use it on the GUI thread (the thread of QCoreApplication, where
/// EventLoop dispatches). Every libvirt call that may block runs on the connection's own worker
/// thread; results come back as signals on the GUI thread. Destroying it never waits for the
/// network: a blocked open finishes in the background and is closed there.
///
/// Credentials: when libvirt asks (SASL, libssh2, a key passphrase …) the worker emits
/// credentialsRequested() and waits; answer with answerCredentials() or cancelCredentials(). With
/// no receiver connected, requests are cancelled at once (the open fails with
/// AuthenticationFailed).
class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    /// What perform() can do to a domain.
    enum class Action { Start, StartPaused, Resume, Shutdown, Destroy, Reboot };
    Q_ENUM(Action)

    explicit Connection(const QString &uri, QObject *parent = nullptr);
    ~Connection() override;

    QString uri() const { return m_uri; }
    State state() const { return m_state; }
    /// Why the last open failed or the connection was lost; Kind::None after a successful open.
    ConnectionError lastError() const { return m_lastError; }
    /// Whether the driver delivers lifecycle events (else the list is polled). Valid when Connected.
    bool hasDomainEvents() const { return m_eventCallback >= 0; }

    /// Starts opening (Disconnected → Connecting → Connected, or back to Disconnected with
    /// disconnected(error)). Does nothing unless Disconnected. Cancels a scheduled reconnect.
    void open();
    /// Closes on request: no reconnect follows. disconnected() is emitted with Kind::None.
    void close();

    /// Reopen automatically after the connection was lost (default on). Retries after 1 s, 2 s,
    /// 4 s … up to maxDelayMs, until it succeeds or the error cannot heal by waiting
    /// (authentication, permissions, unsupported URI).
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    bool autoReconnect() const { return m_autoReconnect; }
    void setReconnectDelays(int firstDelayMs, int maxDelayMs);
    /// Keepalive for the next open: a ping every intervalSec, dead after `count` unanswered.
    /// intervalSec <= 0 disables it. Default 5 s × 3.
    void setKeepAlive(int intervalSec, unsigned count);
    /// The polling period used only when the driver has no domain events. Default 5000 ms.
    void setPollInterval(int ms) { m_pollTimer.setInterval(ms); }

    /// Lists the domains again (domainsListed() and the console batches follow; a console load in
    /// progress is dropped). Does nothing unless Connected.
    void refreshDomains();
    /// Acts on a domain; actionFinished() follows. Does nothing unless Connected.
    void perform(const QString &uuid, Action action);
    /// Reads a domain's definition (its live XML) on the worker; definitionRead() follows,
    /// also when it fails. Does nothing unless Connected.
    void readDefinition(const QString &uuid);

    /// Runs `job` on the connection's worker, in order with every other call this connection
    /// makes, given the connection open at the time of the call (nullptr when not Connected then:
    /// the job must say so in its result). `done` then gets the result on the GUI thread — unless
    /// `context` is gone by then, or this Connection is: the result is then released on the worker,
    /// so a result that owns libvirt objects (a stream to abort, say) never releases them on the
    /// GUI thread. GUI thread.
    template<typename Result>
    void call(QObject *context, std::function<Result(_virConnect *)> job, std::function<void(Result &)> done)
    {
        // Deliveries run only while this Connection exists (WorkQueue's promise), so `self` is
        // safe there; without it, the result dies with the dropped delivery, on the worker.
        m_queue.post([self = this, conn = m_conn, job = std::move(job), done = std::move(done),
                      context = QPointer<QObject>(context)](const WorkQueue::Deliver &deliver) {
            auto result = std::make_shared<Result>(job(conn.get()));
            deliver([self, result, done, context]() mutable {
                if (context)
                    done(*result);
                // The last reference, moved into a job: released on the worker.
                self->release([result = std::move(result)]() mutable { result.reset(); });
            });
        });
    }
    /// Runs `job` on the worker, after what is queued, even if this Connection is destroyed before
    /// it starts: for releasing libvirt objects (aborting a stream …) off the GUI thread.
    void release(std::function<void()> job)
    {
        m_queue.post([job = std::move(job)](const WorkQueue::Deliver &) { job(); }, /*cleanup=*/true);
    }

    /// The open connection for other parts of the virt layer (ConsoleStream …). Null unless
    /// Connected. GUI thread. Do not close it; keep it past the next disconnected() only with
    /// virConnectRef()/virConnectClose() of your own.
    _virConnect *handle() const { return m_conn.get(); }
    /// The same, shared: the connection stays usable (if the daemon does) while you hold it.
    std::shared_ptr<_virConnect> sharedHandle() const { return m_conn; }

    /// Answers the credential request `requestId` (from credentialsRequested); fill `answer` of
    /// each entry. GUI thread. Unknown or stale ids are ignored.
    void answerCredentials(quint64 requestId, const vcv::CredentialRequestList &answers);
    void cancelCredentials(quint64 requestId);

    /// For tests and benchmarks: libvirt API calls this object has made (all threads).
    static quint64 libvirtCallCount();

Q_SIGNALS:
    void stateChanged(vcv::Connection::State state);
    void connected();
    /// The open failed, the connection was lost (reason.kind is the cause) or close() was called
    /// (reason.kind == None).
    void disconnected(const vcv::ConnectionError &reason);
    /// A reconnect will be tried in delayMs.
    void reconnectScheduled(int delayMs);
    void credentialsRequested(quint64 requestId, const vcv::CredentialRequestList &requests);
    /// All domains of the connection, after each open and refreshDomains(): replaces what was
    /// known. Names, UUIDs, IDs, states and persistence only: consoles are not loaded yet
    /// (DomainInfo::consolesLoaded false); they follow in domainConsolesLoaded().
    void domainsListed(const vcv::DomainInfoList &domains);
    /// The consoles of some of the domains just listed (a batch, in name order), read from their
    /// XML. Domains that vanished meanwhile are left out. Never emitted after a domainsListed() for
    /// a batch of an older listing.
    void domainConsolesLoaded(const vcv::DomainConsolesList &batch);
    /// Every listed domain's consoles have been delivered (not emitted if the load was dropped).
    void domainConsolesComplete();
    /// A domain appeared or changed (state, id, persistence, consoles).
    void domainChanged(const vcv::DomainInfo &domain);
    /// A domain is gone (undefined, or a transient domain stopped).
    void domainRemoved(const QString &uuid);
    void actionFinished(const QString &uuid, vcv::Connection::Action action, bool ok, const QString &error);
    /// readDefinition()'s answer: the parsed XML, or nullopt with `error` (no such domain, the
    /// call failed, XML that does not parse).
    void definitionRead(const QString &uuid, const std::optional<vcv::DomainXml> &definition, const QString &error);

private:
    friend struct ConnectionCallbacks;
    struct Guard;
    struct AuthBroker;
    using ConnPtr = std::shared_ptr<_virConnect>;

    void setState(State state);
    void onOpened(quint64 generation, ConnPtr conn, bool eventsOk, int eventCallback, int keepAliveResult);
    void onOpenFailed(quint64 generation, const ConnectionError &error);
    void onClosed(quint64 generation, int reason);
    void onDomainEvent(quint64 generation, const QString &uuid);
    void listDomains();
    void loadConsoleBatch(const std::shared_ptr<const DomainHandles> &handles, size_t first,
                          const std::shared_ptr<std::atomic<bool>> &cancelled);
    void cancelConsoleLoad();
    void teardown();
    void scheduleReconnect();
    void fail(const ConnectionError &error);
    void requestCredentials(quint64 requestId, const CredentialRequestList &requests);

    QString m_uri;
    State m_state = State::Disconnected;
    ConnectionError m_lastError;
    ConnPtr m_conn;
    quint64 m_generation = 0; // bumps on every open/close: late results of older attempts are dropped
    int m_eventCallback = -1;
    bool m_autoReconnect = true;
    bool m_wasConnected = false;
    int m_reconnectAttempt = 0;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
    int m_keepAliveInterval = 5;
    unsigned m_keepAliveCount = 3;
    // The console load in progress: set to drop it (its worker job stops between calls).
    std::shared_ptr<std::atomic<bool>> m_consoleLoadCancelled;
    QTimer m_reconnectTimer;
    QTimer m_pollTimer;
    std::shared_ptr<Guard> m_guard;     // shared with libvirt callbacks; cleared in the destructor
    std::shared_ptr<AuthBroker> m_auth; // the credential exchange of the current open
    // Opens run on a thread of their own at the GUI thread's priority, everything else on the
    // lowered m_queue. An open may fork() (the ssh of qemu+ssh://, the session daemon of
    // qemu:///session), and fork() holds glibc's malloc locks and the process's memory map while
    // it copies the page tables. On a lowered thread, preempted by anything at normal priority, it
    // held them while the GUI thread painted its first frames: that thread waited, in page faults
    // and on locks the forking workers then released, for tens of ms (docs/benchmarks.md,
    // "Responsiveness"). A thread cannot raise its priority back, so opens get their own
    // (lowered too for the test driver, which never forks: openPriority()).
    WorkQueue m_openQueue;
    WorkQueue m_queue; // last: destroyed first
};

} // namespace vcv
