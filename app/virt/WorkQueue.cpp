// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/WorkQueue.h"

#include "platform/BackgroundThread.h"

#include <QMetaObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace vcv {

struct WorkQueue::State
{
    std::mutex mutex;
    std::condition_variable wake;
    struct Entry
    {
        Job job;
        bool cleanup = false;
    };
    std::deque<Entry> jobs;     // guarded by mutex
    QObject *owner = nullptr;   // guarded by mutex; null once the queue is destroyed
    bool threadRunning = false; // guarded by mutex
    int busy = 0;               // guarded by mutex: jobs queued or running
    Priority priority = Priority::Background;
};

WorkQueue::WorkQueue(QObject *owner, Priority priority)
    : m_state(std::make_shared<State>())
{
    m_state->owner = owner;
    m_state->priority = priority;
}

WorkQueue::~WorkQueue()
{
    std::lock_guard lock(m_state->mutex);
    m_state->owner = nullptr;
    std::erase_if(m_state->jobs, [](const State::Entry &e) { return !e.cleanup; });
    m_state->busy = int(m_state->jobs.size());
    m_state->wake.notify_all();
}

void WorkQueue::post(Job job, bool cleanup)
{
    std::lock_guard lock(m_state->mutex);
    m_state->jobs.push_back(State::Entry{std::move(job), cleanup});
    ++m_state->busy;
    if (!m_state->threadRunning) {
        m_state->threadRunning = true;
        // Detached: the destructor must not wait for a job that blocks in the network.
        std::thread([state = m_state] { run(state); }).detach();
    }
    m_state->wake.notify_one();
}

int WorkQueue::pending() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->busy;
}

void WorkQueue::run(const std::shared_ptr<State> &state)
{
    if (state->priority == Priority::Background)
        lowerCurrentThreadPriority(); // and of the threads its jobs start (DomainConsoleLoader's)
    const WorkQueue::Deliver deliver = [weak = std::weak_ptr(state)](std::function<void()> fn) {
        const auto s = weak.lock();
        if (!s)
            return false;
        std::lock_guard lock(s->mutex);
        if (!s->owner)
            return false;
        // Posted under the mutex: the owner cannot be destroyed in between (its destructor
        // destroys the queue first, which takes the mutex). Qt drops the event if the owner dies
        // before it runs.
        QMetaObject::invokeMethod(s->owner, std::move(fn), Qt::QueuedConnection);
        return true;
    };
    std::unique_lock lock(state->mutex);
    for (;;) {
        // An idle thread ends after a while; post() starts a new one when needed.
        if (!state->wake.wait_for(lock, std::chrono::seconds(30),
                                  [&] { return !state->jobs.empty() || !state->owner; })) {
            state->threadRunning = false;
            return;
        }
        if (state->jobs.empty()) { // abandoned, nothing left to clean up
            state->threadRunning = false;
            return;
        }
        WorkQueue::Job job = std::move(state->jobs.front().job);
        state->jobs.pop_front();
        lock.unlock();
        job(deliver);
        job = nullptr; // destroy captures off the lock
        lock.lock();
        --state->busy;
    }
}

} // namespace vcv
