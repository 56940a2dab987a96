// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LibUringOnDemand.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <liburing.h>

namespace wm {

void *LibUringOnDemand::symbol(const char *name)
{
    // The soname of liburing 2 (Debian's liburing2).
    static void *const library = dlopen("liburing.so.2", RTLD_NOW | RTLD_LOCAL);
    return library != nullptr ? dlsym(library, name) : nullptr;
}

} // namespace wm

namespace {

// For the functions only called on a ring that was set up: liburing was
// loaded then, so a missing one is a broken installation.
[[noreturn]] void missing(const char *name)
{
    std::fprintf(stderr, "wm: cannot load %s from liburing.so.2\n", name);
    std::_Exit(1);
}

template <typename F> F real(const char *name, bool required)
{
    void *address = wm::LibUringOnDemand::symbol(name);
    if (address == nullptr && required) missing(name);
    return reinterpret_cast<F>(address);
}

} // namespace

// Setting a ring up: -ENOSYS without liburing, as without io_uring.
extern "C" int io_uring_queue_init_params(unsigned entries, struct io_uring *ring,
                                          struct io_uring_params *p)
{
    static const auto f =
        real<decltype(&io_uring_queue_init_params)>("io_uring_queue_init_params", false);
    return f != nullptr ? f(entries, ring, p) : -ENOSYS;
}

extern "C" int io_uring_queue_init(unsigned entries, struct io_uring *ring, unsigned flags)
{
    static const auto f = real<decltype(&io_uring_queue_init)>("io_uring_queue_init", false);
    return f != nullptr ? f(entries, ring, flags) : -ENOSYS;
}

// Using and closing a ring that was set up.
extern "C" void io_uring_queue_exit(struct io_uring *ring)
{
    static const auto f = real<decltype(&io_uring_queue_exit)>("io_uring_queue_exit", true);
    f(ring);
}

extern "C" int io_uring_submit_and_wait(struct io_uring *ring, unsigned wait_nr)
{
    static const auto f =
        real<decltype(&io_uring_submit_and_wait)>("io_uring_submit_and_wait", true);
    return f(ring, wait_nr);
}

extern "C" int __io_uring_get_cqe(struct io_uring *ring, struct io_uring_cqe **cqe_ptr,
                                  unsigned submit, unsigned wait_nr, sigset_t *sigmask)
{
    static const auto f = real<decltype(&__io_uring_get_cqe)>("__io_uring_get_cqe", true);
    return f(ring, cqe_ptr, submit, wait_nr, sigmask);
}
