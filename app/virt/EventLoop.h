// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace vcv {

/// libvirt's event loop, run by Qt's: virEventRegisterImpl() with handles on QSocketNotifier and
/// timeouts on QTimer, all living in the application's (GUI) thread.
///
/// Contracts
/// - ensureRegistered() must be called once a QCoreApplication exists and before the first
///   virConnectOpen*(); later calls do nothing. It is thread-safe and idempotent. The callbacks
///   libvirt registers are dispatched on the QCoreApplication's thread, so that thread must run its
///   event loop (QCoreApplication::exec(), QEventLoop, QTest::qWait …) for keepalive, domain events
///   and stream callbacks to happen.
/// - libvirt may add, update and remove handles and timeouts from any thread (it does so from the
///   thread that calls virConnectOpenAuth, for instance). Those calls never block: they update a
///   table under a mutex and marshal the notifier/timer work to the GUI thread.
/// - A removed handle or timeout is never dispatched again, even if its fd already became ready.
///   Its free callback runs later from the GUI thread's event loop, never inside remove: libvirt
///   requires the free callback to run from a clean stack, because remove is typically called with
///   libvirt's object locks held and the free callback releases (and may take) those locks.
/// - Removing twice, or an unknown id, returns -1; updating a removed or unknown id does nothing.
/// - Timeouts are in milliseconds; a negative interval disables the timer, 0 fires on every loop
///   iteration (as libvirt's own loop does). Updating a timeout restarts it.
/// - The write notifier of a handle exists only while libvirt asks for VIR_EVENT_HANDLE_WRITABLE
///   (a socket is almost always writable: a permanently enabled write notifier would spin).
///
/// The public functions below (other than ensureRegistered) are the exact functions registered
/// with libvirt; they are public so that tests can drive the loop without a hypervisor.
class EventLoop
{
public:
    /// Registers the implementation with libvirt once. Returns false (and registers nothing) when
    /// no QCoreApplication exists yet. Also silences libvirt's default error handler (which
    /// prints every error to stderr): read errors with virGetLastError() where they happen.
    static bool ensureRegistered();
    static bool isRegistered();

    // virEventAddHandleFunc & co. `events` are VIR_EVENT_HANDLE_* flags.
    static int addHandle(int fd, int events, void (*cb)(int watch, int fd, int events, void *opaque), void *opaque,
                         void (*ff)(void *opaque));
    static void updateHandle(int watch, int events);
    static int removeHandle(int watch);

    static int addTimeout(int intervalMs, void (*cb)(int timer, void *opaque), void *opaque, void (*ff)(void *opaque));
    static void updateTimeout(int timer, int intervalMs);
    static int removeTimeout(int timer);

    /// Counters of what the loop did since the process started, for benchmarks and diagnostics.
    /// Thread-safe; values are monotonic.
    struct Stats
    {
        quint64 handleDispatches = 0;  ///< fd callbacks run
        quint64 timeoutDispatches = 0; ///< timer callbacks run
        quint64 registrations = 0;     ///< add/update/remove calls made by libvirt
        int liveHandles = 0;
        int liveTimeouts = 0;
    };
    static Stats stats();
};

} // namespace vcv
