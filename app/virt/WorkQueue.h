// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace vcv {

/// One worker thread that runs blocking libvirt calls in order, so the GUI thread never waits on
/// the network. Jobs hand results back with `deliver`, which runs a function on the owner's
/// thread — or drops it when the owner is gone by then.
///
/// The queue may be destroyed while a job blocks (an ssh connection that hangs, say): the
/// destructor does not wait. Queued jobs that have not started are dropped (unless posted as
/// cleanup), the running one finishes in the background and its deliveries go nowhere. Jobs must therefore own (by value or
/// shared_ptr) everything they use; they must never touch the owner directly.
class WorkQueue
{
public:
    /// Runs `fn` on the owner's thread if the owner still exists; returns false if it is gone
    /// (then `fn` is destroyed unrun). Callable from the job's thread.
    using Deliver = std::function<bool(std::function<void()> fn)>;
    using Job = std::function<void(const Deliver &deliver)>;

    /// How the worker thread is scheduled: Background below the GUI thread
    /// (lowerCurrentThreadPriority), Interactive as the GUI thread, for work a user waits on
    /// (the keys typed into a console).
    enum class Priority { Background, Interactive };

    /// `owner` lives in the thread that deliveries go to; it must outlive the WorkQueue object
    /// (make the queue a member of the owner).
    explicit WorkQueue(QObject *owner, Priority priority = Priority::Background);
    ~WorkQueue();
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    /// Queues a job. Owner's thread. A job posted with `cleanup` still runs when the queue is
    /// destroyed before it started (closing a connection, say); other jobs are then dropped.
    void post(Job job, bool cleanup = false);
    /// Jobs queued or running. Owner's thread.
    int pending() const;

private:
    struct State;
    static void run(const std::shared_ptr<State> &state);
    std::shared_ptr<State> m_state;
};

} // namespace vcv
