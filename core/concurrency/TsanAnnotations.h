// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Happens-before annotations for ThreadSanitizer. A task handed to a
// QThreadPool is ordered by the pool's QMutex, which TSan cannot see when Qt
// itself is not built with TSan (Debian's Qt): release before handing a task
// over, acquire first thing in the task. No-ops in other builds.

#if defined(__SANITIZE_THREAD__)
#define WM_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define WM_TSAN 1
#endif
#endif

#ifdef WM_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace wm {

inline void tsanRelease([[maybe_unused]] const void *addr)
{
#ifdef WM_TSAN
    __tsan_release(const_cast<void *>(addr));
#endif
}

inline void tsanAcquire([[maybe_unused]] const void *addr)
{
#ifdef WM_TSAN
    __tsan_acquire(const_cast<void *>(addr));
#endif
}

} // namespace wm
