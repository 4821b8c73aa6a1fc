// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRunnable>
#include <QThreadPool>

#include <type_traits>
#include <utility>

// Work that the engine hands to another thread through Qt (QThreadPool::start(), a queued
// QMetaObject::invokeMethod()) crosses threads by Qt's own locks. Qt is not built with
// ThreadSanitizer, so under the tsan preset those locks are invisible to it, and everything the
// receiving thread reads of what the sending thread wrote would be reported as a data race. The
// helpers below state the handoff to TSan (the sender's writes happen before the work runs) at
// the one place where it happens. Without TSan they cost nothing: handedOver() is the functor
// itself, startHandedOver() a QRunnable as QThreadPool::start(functor) would make.

#if defined(__SANITIZE_THREAD__)
#define VCV_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define VCV_TSAN 1
#endif
#endif

#ifdef VCV_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace vcv {

namespace detail {
inline void handoffRelease([[maybe_unused]] void *token)
{
#ifdef VCV_TSAN
    __tsan_release(token);
#endif
}
inline void handoffAcquire([[maybe_unused]] void *token)
{
#ifdef VCV_TSAN
    __tsan_acquire(token);
#endif
}

/// A zero-argument functor that releases on its own address when it is constructed (last, after
/// whatever object holds it was written) and acquires it before running or being destroyed there.
template<typename F>
class HandedOver
{
public:
    explicit HandedOver(F f)
        : m_f(std::move(f))
    {
        handoffRelease(this);
    }
    HandedOver(HandedOver &&other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : m_f(std::move(other.m_f))
    {
        handoffRelease(this);
    }
    HandedOver(const HandedOver &other)
        : m_f(other.m_f)
    {
        handoffRelease(this);
    }
    HandedOver &operator=(const HandedOver &) = delete;
    ~HandedOver() { handoffAcquire(this); }
    void operator()()
    {
        handoffAcquire(this);
        m_f();
    }

private:
    F m_f;
};

template<typename F>
class HandedOverRunnable final : public QRunnable
{
public:
    explicit HandedOverRunnable(F f)
        : m_f(std::move(f))
    {
        handoffRelease(this);
    }
    void run() override
    {
        handoffAcquire(this);
        m_f();
    }

private:
    F m_f;
};
} // namespace detail

/// For QMetaObject::invokeMethod(receiver, handedOver([…] { … }), Qt::QueuedConnection) from a
/// worker thread.
template<typename F>
auto handedOver(F &&f)
{
#ifdef VCV_TSAN
    return detail::HandedOver<std::decay_t<F>>(std::forward<F>(f));
#else
    return std::decay_t<F>(std::forward<F>(f));
#endif
}

/// QThreadPool::start(f), with the handoff stated.
template<typename F>
void startHandedOver(QThreadPool *pool, F &&f)
{
    pool->start(new detail::HandedOverRunnable<std::decay_t<F>>(std::forward<F>(f)));
}

} // namespace vcv
