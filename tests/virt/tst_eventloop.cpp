// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt's event loop on Qt's, driven with real pipes and timers (and once by libvirt itself).
#include "virt/EventLoop.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <libvirt/libvirt.h>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using vcv::EventLoop;

namespace {

struct Pipe
{
    int r = -1;
    int w = -1;
    Pipe()
    {
        int fds[2];
        if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
            r = fds[0];
            w = fds[1];
        }
    }
    ~Pipe()
    {
        closeRead();
        closeWrite();
    }
    void closeRead()
    {
        if (r >= 0)
            ::close(r);
        r = -1;
    }
    void closeWrite()
    {
        if (w >= 0)
            ::close(w);
        w = -1;
    }
    bool put(char c = 'x') const { return ::write(w, &c, 1) == 1; }
    int drain() const
    {
        char buf[256];
        int total = 0;
        ssize_t n;
        while ((n = ::read(r, buf, sizeof buf)) > 0)
            total += int(n);
        return total;
    }
};

// What one handle or timeout saw. Passed as libvirt's opaque pointer.
struct Probe
{
    std::atomic<int> calls{0};
    std::atomic<int> lastEvents{0};
    std::atomic<int> freed{0};
    std::atomic<bool> onGuiThread{true};
    int id = -1;
    bool removeInside = false; // remove itself from inside the callback
    bool freedDuringRemove = false;
    int removeResult = 0;
    int secondRemoveResult = 0;
    const Pipe *drainPipe = nullptr;
    Probe *addInside = nullptr; // add a handle for this probe from inside the callback
    int addInsideFd = -1;
};

void onHandle(int watch, int /*fd*/, int events, void *opaque)
{
    auto *p = static_cast<Probe *>(opaque);
    p->onGuiThread = p->onGuiThread && QThread::currentThread() == QCoreApplication::instance()->thread();
    p->calls++;
    p->lastEvents = events;
    if (p->drainPipe)
        p->drainPipe->drain();
    if (p->removeInside && p->calls == 1) {
        p->removeResult = EventLoop::removeHandle(watch);
        p->freedDuringRemove = p->freed > 0;
        p->secondRemoveResult = EventLoop::removeHandle(watch);
    }
    if (p->addInside && p->calls == 1)
        p->addInside->id =
            EventLoop::addHandle(p->addInsideFd, VIR_EVENT_HANDLE_READABLE, onHandle, p->addInside, nullptr);
}

void onTimeout(int timer, void *opaque)
{
    auto *p = static_cast<Probe *>(opaque);
    p->onGuiThread = p->onGuiThread && QThread::currentThread() == QCoreApplication::instance()->thread();
    p->calls++;
    if (p->removeInside && p->calls == 1) {
        p->removeResult = EventLoop::removeTimeout(timer);
        p->freedDuringRemove = p->freed > 0;
        p->secondRemoveResult = EventLoop::removeTimeout(timer);
    }
}

void onFree(void *opaque)
{
    auto *p = static_cast<Probe *>(opaque);
    p->onGuiThread = p->onGuiThread && QThread::currentThread() == QCoreApplication::instance()->thread();
    p->freed++;
}

// Proof that the loop has given every ready handle its turn: a witness handle on a pipe that stays
// readable, added now, dispatched `rounds` times. A handle registered before it and ready (or one
// that would be dispatched by mistake) would have been dispatched by then as well, so a check that
// nothing happened, made after this, is made when it would have happened.
bool handlesHadTheirTurn(int rounds = 3)
{
    Pipe pipe;
    Probe witness;
    if (!pipe.put())
        return false;
    witness.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &witness, onFree);
    const bool dispatched = QTest::qWaitFor([&] { return witness.calls.load() >= rounds; }, 10000);
    const bool removed = EventLoop::removeHandle(witness.id) == 0;
    return QTest::qWaitFor([&] { return witness.freed.load() == 1; }, 10000) && dispatched && removed;
}

// The same for timeouts: a witness timeout of `intervalMs`, added now, fired `rounds` times. A
// timeout armed before it with that interval or a shorter one would have fired by then.
bool timeoutsHadTheirTurn(int intervalMs, int rounds)
{
    Probe witness;
    witness.id = EventLoop::addTimeout(intervalMs, onTimeout, &witness, onFree);
    const bool fired = QTest::qWaitFor([&] { return witness.calls.load() >= rounds; }, 10000);
    const bool removed = EventLoop::removeTimeout(witness.id) == 0;
    return QTest::qWaitFor([&] { return witness.freed.load() == 1; }, 10000) && fired && removed;
}

struct LifecycleSeen
{
    int events = 0;
    int lastEvent = -1;
};

void onLifecycle(virConnectPtr, virDomainPtr, int event, int, void *opaque)
{
    auto *s = static_cast<LifecycleSeen *>(opaque);
    s->events++;
    s->lastEvent = event;
}

} // namespace

class TestEventLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(EventLoop::ensureRegistered());
        QVERIFY(EventLoop::isRegistered());
    }

    void aDeadDaemonsSocketDoesNotEndTheProcess()
    {
        // A write to a socket whose other end is gone (libvirtd killed) must fail with EPIPE,
        // not kill the viewer with SIGPIPE.
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        ::close(fds[0]);
        errno = 0;
        QCOMPARE(::write(fds[1], "x", 1), ssize_t(-1));
        QCOMPARE(errno, EPIPE);
        ::close(fds[1]);
    }

    void registrationIsIdempotentAcrossThreads()
    {
        std::vector<QThread *> threads;
        std::atomic<int> ok{0};
        for (int i = 0; i < 4; ++i)
            threads.push_back(QThread::create([&ok] { ok += EventLoop::ensureRegistered() ? 1 : 0; }));
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        QCOMPARE(ok.load(), 4);
        QVERIFY(EventLoop::isRegistered());
    }

    void readableHandleFires()
    {
        Pipe pipe;
        QVERIFY(pipe.r >= 0);
        Probe p;
        p.drainPipe = &pipe;
        p.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &p, onFree);
        QVERIFY(p.id > 0);
        QVERIFY(pipe.put());
        QTRY_COMPARE(p.calls.load(), 1);
        QVERIFY(p.lastEvents & VIR_EVENT_HANDLE_READABLE);
        QVERIFY(p.onGuiThread);
        QVERIFY(pipe.put());
        QTRY_COMPARE(p.calls.load(), 2);
        QCOMPARE(EventLoop::removeHandle(p.id), 0);
        QCOMPARE(p.freed.load(), 0); // never inside remove
        QTRY_COMPARE(p.freed.load(), 1);
    }

    void hangupIsReported()
    {
        Pipe pipe;
        Probe p;
        p.removeInside = true; // a hung-up pipe stays ready: stop after the first report
        p.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &p, onFree);
        pipe.closeWrite();
        QTRY_COMPARE(p.calls.load(), 1);
        QVERIFY2(p.lastEvents & VIR_EVENT_HANDLE_HANGUP, qPrintable(QString::number(p.lastEvents)));
        QTRY_COMPARE(p.freed.load(), 1);
    }

    void writeNotifierOnlyWhileAskedFor()
    {
        Pipe pipe;
        Probe p;
        // An empty pipe is writable at once: with no WRITABLE asked for, nothing may fire.
        p.id = EventLoop::addHandle(pipe.w, 0, onHandle, &p, onFree);
        QVERIFY(handlesHadTheirTurn());
        QCOMPARE(p.calls.load(), 0);
        EventLoop::updateHandle(p.id, VIR_EVENT_HANDLE_WRITABLE);
        QTRY_VERIFY(p.calls.load() >= 1);
        QVERIFY(p.lastEvents & VIR_EVENT_HANDLE_WRITABLE);
        QVERIFY(!(p.lastEvents & VIR_EVENT_HANDLE_READABLE));
        EventLoop::updateHandle(p.id, 0);
        QCoreApplication::processEvents();
        const int calls = p.calls;
        QVERIFY(handlesHadTheirTurn());
        QCOMPARE(p.calls.load(), calls);
        QCOMPARE(EventLoop::removeHandle(p.id), 0);
        QTRY_COMPARE(p.freed.load(), 1);
    }

    void removeFromInsideCallback()
    {
        Pipe pipe;
        Probe p;
        p.removeInside = true;
        p.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &p, onFree);
        QVERIFY(pipe.put()); // never drained: the fd stays readable after the removal
        QTRY_COMPARE(p.calls.load(), 1);
        QCOMPARE(p.removeResult, 0);
        QCOMPARE(p.secondRemoveResult, -1);
        QVERIFY(!p.freedDuringRemove);
        QTRY_COMPARE(p.freed.load(), 1);
        QVERIFY(handlesHadTheirTurn());
        QCOMPARE(p.calls.load(), 1); // a removed handle is never dispatched again
        QVERIFY(p.onGuiThread);
    }

    void addFromInsideCallback()
    {
        Pipe first, second;
        Probe outer, inner;
        outer.drainPipe = &first;
        inner.drainPipe = &second;
        outer.addInside = &inner;
        outer.addInsideFd = second.r;
        outer.id = EventLoop::addHandle(first.r, VIR_EVENT_HANDLE_READABLE, onHandle, &outer, onFree);
        QVERIFY(first.put());
        QTRY_COMPARE(outer.calls.load(), 1);
        QVERIFY(inner.id > 0);
        QVERIFY(second.put());
        QTRY_COMPARE(inner.calls.load(), 1);
        QCOMPARE(EventLoop::removeHandle(outer.id), 0);
        QCOMPARE(EventLoop::removeHandle(inner.id), 0);
        QTRY_COMPARE(outer.freed.load(), 1);
    }

    void addAndRemoveFromAnotherThread()
    {
        Pipe pipe;
        Probe p;
        p.drainPipe = &pipe;
        QThread *adder = QThread::create([&] {
            p.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &p, onFree);
            pipe.put();
        });
        adder->start();
        QVERIFY(adder->wait(10000));
        delete adder;
        QVERIFY(p.id > 0);
        QTRY_COMPARE(p.calls.load(), 1);
        QVERIFY(p.onGuiThread); // dispatched on the GUI thread, not on the thread that added it

        std::atomic<int> result{1};
        QThread *remover = QThread::create([&] {
            result = EventLoop::removeHandle(p.id);
            pipe.put(); // ready again, but removed: must not be dispatched
        });
        remover->start();
        QVERIFY(remover->wait(10000));
        delete remover;
        QCOMPARE(result.load(), 0);
        QTRY_COMPARE(p.freed.load(), 1);
        QVERIFY(handlesHadTheirTurn());
        QCOMPARE(p.calls.load(), 1);
        QVERIFY(p.onGuiThread); // the free callback ran on the GUI thread as well
    }

    void addFromThreadThenRemoveBeforeTheLoopRuns()
    {
        Pipe pipe;
        Probe p;
        QVERIFY(pipe.put());
        // Add and remove on another thread before the GUI thread gets to create the notifier.
        QThread *t = QThread::create([&] {
            p.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &p, onFree);
            p.removeResult = EventLoop::removeHandle(p.id);
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QCOMPARE(p.removeResult, 0);
        QTRY_COMPARE(p.freed.load(), 1);
        QVERIFY(handlesHadTheirTurn());
        QCOMPARE(p.calls.load(), 0);
        QCOMPARE(p.freed.load(), 1);
    }

    void removeTwiceAndUpdateAfterRemove()
    {
        Pipe pipe;
        Probe p;
        p.id = EventLoop::addHandle(pipe.r, VIR_EVENT_HANDLE_READABLE, onHandle, &p, onFree);
        QCOMPARE(EventLoop::removeHandle(p.id), 0);
        QCOMPARE(EventLoop::removeHandle(p.id), -1);
        EventLoop::updateHandle(p.id, VIR_EVENT_HANDLE_READABLE); // harmless
        QVERIFY(pipe.put());
        QTRY_COMPARE(p.freed.load(), 1);
        QVERIFY(handlesHadTheirTurn());
        QCOMPARE(p.calls.load(), 0);
        QCOMPARE(p.freed.load(), 1);
        QCOMPARE(EventLoop::removeHandle(123456789), -1);
        EventLoop::updateHandle(123456789, VIR_EVENT_HANDLE_READABLE);
        QCOMPARE(EventLoop::removeTimeout(123456789), -1);
        EventLoop::updateTimeout(123456789, 5);
    }

    void timeoutFiresRepeatedlyAndCanBeDisabled()
    {
        Probe p;
        p.id = EventLoop::addTimeout(5, onTimeout, &p, onFree);
        QVERIFY(p.id > 0);
        QTRY_VERIFY(p.calls.load() >= 3);
        QVERIFY(p.onGuiThread);
        EventLoop::updateTimeout(p.id, -1); // negative: disabled
        QCoreApplication::processEvents();
        const int calls = p.calls;
        QVERIFY(timeoutsHadTheirTurn(5, 3));
        QCOMPARE(p.calls.load(), calls);
        EventLoop::updateTimeout(p.id, 0); // zero: every loop iteration
        QTRY_VERIFY(p.calls.load() >= calls + 3);
        QCOMPARE(EventLoop::removeTimeout(p.id), 0);
        QCOMPARE(EventLoop::removeTimeout(p.id), -1);
        EventLoop::updateTimeout(p.id, 1); // harmless after removal
        QCOMPARE(p.freed.load(), 0);
        QTRY_COMPARE(p.freed.load(), 1);
        const int after = p.calls;
        QVERIFY(timeoutsHadTheirTurn(0, 3));
        QCOMPARE(p.calls.load(), after);
    }

    void timeoutDisabledFromTheStartNeverFires()
    {
        Probe p;
        p.id = EventLoop::addTimeout(-1, onTimeout, &p, onFree);
        QVERIFY(timeoutsHadTheirTurn(5, 3)); // as if it had been armed with up to 5 ms
        QCOMPARE(p.calls.load(), 0);
        EventLoop::updateTimeout(p.id, 1);
        QTRY_VERIFY(p.calls.load() >= 1);
        QCOMPARE(EventLoop::removeTimeout(p.id), 0);
        QTRY_COMPARE(p.freed.load(), 1);
    }

    void timeoutRemovedInsideCallback()
    {
        Probe p;
        p.removeInside = true;
        p.id = EventLoop::addTimeout(0, onTimeout, &p, onFree);
        QTRY_COMPARE(p.freed.load(), 1);
        QCOMPARE(p.removeResult, 0);
        QCOMPARE(p.secondRemoveResult, -1);
        QVERIFY(!p.freedDuringRemove);
        QVERIFY(timeoutsHadTheirTurn(0, 3));
        QCOMPARE(p.calls.load(), 1);
    }

    void timeoutFromAnotherThread()
    {
        Probe p;
        QThread *t = QThread::create([&] { p.id = EventLoop::addTimeout(1, onTimeout, &p, onFree); });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QTRY_VERIFY(p.calls.load() >= 2);
        QVERIFY(p.onGuiThread);
        std::atomic<int> result{1};
        t = QThread::create([&] { result = EventLoop::removeTimeout(p.id); });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QCOMPARE(result.load(), 0);
        QTRY_COMPARE(p.freed.load(), 1);
        QVERIFY(p.onGuiThread);
    }

    // libvirt itself on this loop: the test driver queues its domain events on a timeout of ours.
    void libvirtDomainEventsArriveThroughTheLoop()
    {
        virConnectPtr conn = virConnectOpen("test:///default");
        QVERIFY(conn);
        const auto before = EventLoop::stats();
        LifecycleSeen seen;
        const int cb = virConnectDomainEventRegisterAny(conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                        VIR_DOMAIN_EVENT_CALLBACK(onLifecycle), &seen, nullptr);
        QVERIFY(cb >= 0);
        virDomainPtr dom = virDomainLookupByName(conn, "test");
        QVERIFY(dom);
        QCOMPARE(virDomainDestroy(dom), 0);
        QTRY_VERIFY(seen.events >= 1);
        QCOMPARE(seen.lastEvent, int(VIR_DOMAIN_EVENT_STOPPED));
        QVERIFY(EventLoop::stats().timeoutDispatches > before.timeoutDispatches);
        virDomainFree(dom);
        virConnectDomainEventDeregisterAny(conn, cb);
        virConnectClose(conn);
    }
};

QTEST_GUILESS_MAIN(TestEventLoop)
#include "tst_eventloop.moc"
