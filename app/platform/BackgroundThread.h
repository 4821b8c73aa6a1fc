// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>

namespace vcv {

/// How much lower than the GUI thread a background thread is scheduled (a nice increment).
inline constexpr int kBackgroundNiceIncrement = 10;

/// Lowers the calling thread's scheduling weight below the GUI thread's. Not for threads that
/// something waits for soon (the live log's I/O and appending threads, which the terminal's seed
/// waits for; a one-off load the GUI thread will block on): below a busy guest they fall behind. On Linux every thread
/// has a nice value of its own, inherited by the threads it starts. Without this, ten connections
/// parsing their domain lists, or a log being indexed, share two cores with the GUI thread as
/// equals, and the window answers its window manager 150–300 ms late; at nice 10 a worker
/// weighs a tenth of the GUI thread, which therefore runs as soon as it has something to do,
/// while the workers still take every cycle it leaves (unlike SCHED_IDLE, which would starve
/// them whenever anything else runs). The level is relative to the main thread's, so calling
/// it again (a pooled thread, a thread started by a lowered one) changes nothing. Failure is
/// harmless: the thread keeps its priority.
inline void lowerCurrentThreadPriority()
{
#ifdef __linux__
    errno = 0;
    const int mainThread = ::getpriority(PRIO_PROCESS, id_t(::getpid())); // its TID is the PID
    if (errno != 0)
        return;
    const int target = mainThread + kBackgroundNiceIncrement < 19 ? mainThread + kBackgroundNiceIncrement : 19;
    const id_t self = id_t(::gettid());
    const int current = ::getpriority(PRIO_PROCESS, self);
    if (errno == 0 && current < target)
        ::setpriority(PRIO_PROCESS, self, target);
#endif
}

} // namespace vcv
