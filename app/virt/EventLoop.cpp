// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/EventLoop.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <array>
#include <atomic>
#include <csignal>
#include <mutex>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <poll.h>

namespace vcv {

namespace {

// The one mapping between libvirt's event flags, Qt's notifier types and poll(2) bits. Everything
// below (creating notifiers, reporting what happened) goes through this table.
struct EventKind
{
    int virFlag;
    QSocketNotifier::Type qtType;
    short pollBits;
};
constexpr std::array<EventKind, 3> kKinds{{
    {VIR_EVENT_HANDLE_READABLE, QSocketNotifier::Read, POLLIN},
    {VIR_EVENT_HANDLE_WRITABLE, QSocketNotifier::Write, POLLOUT},
    // libvirt's "error" is what Qt calls an exception condition (POLLPRI) plus POLLERR, which poll
    // reports unasked; HANGUP has no notifier of its own and is only ever reported.
    {VIR_EVENT_HANDLE_ERROR, QSocketNotifier::Exception, POLLPRI},
}};

short toPollBits(int virEvents)
{
    short bits = 0;
    for (const EventKind &k : kKinds)
        if (virEvents & k.virFlag)
            bits |= k.pollBits;
    return bits;
}

int fromPollBits(short revents)
{
    int events = 0;
    for (const EventKind &k : kKinds)
        if (revents & k.pollBits)
            events |= k.virFlag;
    if (revents & POLLERR)
        events |= VIR_EVENT_HANDLE_ERROR;
    if (revents & POLLHUP)
        events |= VIR_EVENT_HANDLE_HANGUP;
    return events;
}

struct Handle
{
    int fd = -1;
    int events = 0;
    virEventHandleCallback cb = nullptr;
    void *opaque = nullptr;
    virFreeCallback ff = nullptr;
    bool removed = false;
};

struct Timeout
{
    int interval = -1;
    virEventTimeoutCallback cb = nullptr;
    void *opaque = nullptr;
    virFreeCallback ff = nullptr;
    bool removed = false;
};

class Core : public QObject
{
public:
    Core() = default;

    int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
    {
        int id;
        {
            QMutexLocker lock(&m_mutex);
            id = ++m_lastId;
            m_handles.insert(id, Handle{fd, events, cb, opaque, ff, false});
            ++m_stats.registrations;
        }
        syncHandleSoon(id);
        return id;
    }

    void updateHandle(int watch, int events)
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_stats.registrations;
            auto it = m_handles.find(watch);
            if (it == m_handles.end() || it->removed)
                return;
            it->events = events;
        }
        syncHandleSoon(watch);
    }

    int removeHandle(int watch)
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_stats.registrations;
            auto it = m_handles.find(watch);
            if (it == m_handles.end() || it->removed)
                return -1;
            it->removed = true;
        }
        syncHandleSoon(watch);
        return 0;
    }

    int addTimeout(int interval, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
    {
        int id;
        {
            QMutexLocker lock(&m_mutex);
            id = ++m_lastId;
            m_timeouts.insert(id, Timeout{interval, cb, opaque, ff, false});
            ++m_stats.registrations;
        }
        syncTimeoutSoon(id);
        return id;
    }

    void updateTimeout(int timer, int interval)
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_stats.registrations;
            auto it = m_timeouts.find(timer);
            if (it == m_timeouts.end() || it->removed)
                return;
            it->interval = interval;
        }
        syncTimeoutSoon(timer);
    }

    int removeTimeout(int timer)
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_stats.registrations;
            auto it = m_timeouts.find(timer);
            if (it == m_timeouts.end() || it->removed)
                return -1;
            it->removed = true;
        }
        syncTimeoutSoon(timer);
        return 0;
    }

    EventLoop::Stats stats() const
    {
        QMutexLocker lock(&m_mutex);
        EventLoop::Stats s = m_stats;
        s.liveHandles = 0;
        for (const Handle &h : m_handles)
            s.liveHandles += h.removed ? 0 : 1;
        s.liveTimeouts = 0;
        for (const Timeout &t : m_timeouts)
            s.liveTimeouts += t.removed ? 0 : 1;
        return s;
    }

private:
    // The table (m_handles, m_timeouts) is the truth; the notifiers and timers are brought in line
    // with it by syncHandle()/syncTimeout() on the GUI thread. Because a sync only reads the
    // current state, several queued syncs for one id in any order converge to the same result.
    void syncHandleSoon(int watch)
    {
        if (QThread::currentThread() == thread())
            syncHandle(watch);
        else
            QMetaObject::invokeMethod(this, [this, watch] { syncHandle(watch); }, Qt::QueuedConnection);
    }

    void syncTimeoutSoon(int timer)
    {
        if (QThread::currentThread() == thread())
            syncTimeout(timer, true);
        else
            QMetaObject::invokeMethod(this, [this, timer] { syncTimeout(timer, true); }, Qt::QueuedConnection);
    }

    // GUI thread.
    void syncHandle(int watch)
    {
        int fd = -1;
        int events = 0;
        bool gone = false;
        virFreeCallback ff = nullptr;
        void *opaque = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_handles.find(watch);
            if (it == m_handles.end()) {
                gone = true;
            } else if (it->removed) {
                gone = true;
                ff = it->ff;
                opaque = it->opaque;
                m_handles.erase(it);
            } else {
                fd = it->fd;
                events = it->events;
            }
        }
        auto &notifiers = m_notifiers[watch];
        if (gone) {
            for (QSocketNotifier *&n : notifiers) {
                if (n) {
                    n->setEnabled(false);
                    // We may be inside this notifier's activated() signal: delete it later.
                    n->deleteLater();
                    n = nullptr;
                }
            }
            m_notifiers.remove(watch);
            if (ff) {
                // Never from remove's stack (see the header): the next turn of the event loop.
                QMetaObject::invokeMethod(this, [ff, opaque] { ff(opaque); }, Qt::QueuedConnection);
            }
            return;
        }
        for (std::size_t i = 0; i < kKinds.size(); ++i) {
            const bool wanted = events & kKinds[i].virFlag;
            QSocketNotifier *&n = notifiers[i];
            if (wanted && !n) {
                n = new QSocketNotifier(fd, kKinds[i].qtType, this);
                const int virFlag = kKinds[i].virFlag;
                connect(n, &QSocketNotifier::activated, this,
                        [this, watch, virFlag] { dispatchHandle(watch, virFlag); });
            }
            if (n && n->isEnabled() != wanted)
                n->setEnabled(wanted);
        }
    }

    // GUI thread.
    void dispatchHandle(int watch, int activatedFlag)
    {
        virEventHandleCallback cb = nullptr;
        void *opaque = nullptr;
        int fd = -1;
        int wanted = 0;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_handles.constFind(watch);
            if (it == m_handles.constEnd() || it->removed || !(it->events & activatedFlag))
                return;
            cb = it->cb;
            opaque = it->opaque;
            fd = it->fd;
            wanted = it->events;
            ++m_stats.handleDispatches;
        }
        // Qt reports readiness per notifier; libvirt wants all conditions at once, including
        // hang-up and error, which Qt folds into "readable". Ask the kernel what is true now.
        pollfd p{fd, toPollBits(wanted), 0};
        int events = 0;
        if (::poll(&p, 1, 0) > 0)
            events = fromPollBits(p.revents) & (wanted | VIR_EVENT_HANDLE_ERROR | VIR_EVENT_HANDLE_HANGUP);
        if (events == 0)
            events = activatedFlag;
        // No lock held: the callback may add, update or remove handles, this one included.
        cb(watch, fd, events, opaque);
    }

    // GUI thread.
    void syncTimeout(int id, bool restart)
    {
        int interval = -1;
        bool gone = false;
        virFreeCallback ff = nullptr;
        void *opaque = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_timeouts.find(id);
            if (it == m_timeouts.end()) {
                gone = true;
            } else if (it->removed) {
                gone = true;
                ff = it->ff;
                opaque = it->opaque;
                m_timeouts.erase(it);
            } else {
                interval = it->interval;
            }
        }
        if (gone) {
            if (QTimer *t = m_timers.take(id)) {
                t->stop();
                t->deleteLater(); // we may be inside its timeout()
            }
            if (ff)
                QMetaObject::invokeMethod(this, [ff, opaque] { ff(opaque); }, Qt::QueuedConnection);
            return;
        }
        QTimer *&t = m_timers[id];
        if (!t) {
            t = new QTimer(this);
            t->setTimerType(Qt::PreciseTimer); // keepalive intervals are in seconds; be exact anyway
            connect(t, &QTimer::timeout, this, [this, id] { dispatchTimeout(id); });
        }
        if (interval < 0)
            t->stop();
        else if (restart || !t->isActive())
            t->start(interval);
    }

    // GUI thread.
    void dispatchTimeout(int id)
    {
        virEventTimeoutCallback cb = nullptr;
        void *opaque = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_timeouts.constFind(id);
            if (it == m_timeouts.constEnd() || it->removed || it->interval < 0)
                return;
            cb = it->cb;
            opaque = it->opaque;
            ++m_stats.timeoutDispatches;
        }
        cb(id, opaque);
    }

    mutable QMutex m_mutex;
    int m_lastId = 0;               // guarded by m_mutex; handles and timeouts share the id space
    QHash<int, Handle> m_handles;   // guarded by m_mutex
    QHash<int, Timeout> m_timeouts; // guarded by m_mutex
    EventLoop::Stats m_stats;       // guarded by m_mutex
    QHash<int, std::array<QSocketNotifier *, kKinds.size()>> m_notifiers; // GUI thread only
    QHash<int, QTimer *> m_timers;                                        // GUI thread only
};

std::atomic<Core *> g_core{nullptr};
std::once_flag g_once;

} // namespace

bool EventLoop::ensureRegistered()
{
    if (!QCoreApplication::instance())
        return false;
    std::call_once(g_once, [] {
        auto *core = new Core; // lives as long as the process: libvirt cannot unregister an impl
        core->moveToThread(QCoreApplication::instance()->thread());
        g_core.store(core);
        // libvirt's default error handler prints every error to stderr, including the expected
        // ones (an unsupported keepalive, a domain that just vanished). Errors are reported to
        // the user through the callers' own error values instead.
        virSetErrorFunc(nullptr, [](void *, virErrorPtr) { });
        // libvirt writes to its sockets with write(): when the daemon dies (or the ssh under a
        // qemu+ssh:// connection), a write gets SIGPIPE, whose default action ends the process.
        // libvirt asks its clients to ignore it, as virsh does; the write then fails with EPIPE
        // and the connection reports the loss.
        std::signal(SIGPIPE, SIG_IGN);
        virEventRegisterImpl(&EventLoop::addHandle, &EventLoop::updateHandle, &EventLoop::removeHandle,
                             &EventLoop::addTimeout, &EventLoop::updateTimeout, &EventLoop::removeTimeout);
    });
    return true;
}

bool EventLoop::isRegistered()
{
    return g_core.load() != nullptr;
}

int EventLoop::addHandle(int fd, int events, void (*cb)(int, int, int, void *), void *opaque, void (*ff)(void *))
{
    Core *core = g_core.load();
    return core ? core->addHandle(fd, events, cb, opaque, ff) : -1;
}

void EventLoop::updateHandle(int watch, int events)
{
    if (Core *core = g_core.load())
        core->updateHandle(watch, events);
}

int EventLoop::removeHandle(int watch)
{
    Core *core = g_core.load();
    return core ? core->removeHandle(watch) : -1;
}

int EventLoop::addTimeout(int intervalMs, void (*cb)(int, void *), void *opaque, void (*ff)(void *))
{
    Core *core = g_core.load();
    return core ? core->addTimeout(intervalMs, cb, opaque, ff) : -1;
}

void EventLoop::updateTimeout(int timer, int intervalMs)
{
    if (Core *core = g_core.load())
        core->updateTimeout(timer, intervalMs);
}

int EventLoop::removeTimeout(int timer)
{
    Core *core = g_core.load();
    return core ? core->removeTimeout(timer) : -1;
}

EventLoop::Stats EventLoop::stats()
{
    Core *core = g_core.load();
    return core ? core->stats() : Stats{};
}

} // namespace vcv
