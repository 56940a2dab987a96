// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LibArchiveOnDemand.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

namespace wm {

void *LibArchiveOnDemand::symbol(const char *name)
{
    // The soname of libarchive 3 (Debian's libarchive13).
    static void *const library = dlopen("libarchive.so.13", RTLD_NOW | RTLD_LOCAL);
    void *address = library != nullptr ? dlsym(library, name) : nullptr;
    if (address == nullptr) {
        const char *why = dlerror();
        std::fprintf(stderr, "wm: cannot load %s from libarchive.so.13: %s\n", name,
                     why != nullptr ? why : "not found");
        std::_Exit(1);
    }
    return address;
}

} // namespace wm

// One forwarder per function: the declaration's name and type, the real
// function's address looked up once.
#define WM_FORWARD(ret, name, params, args)                                                        \
    extern "C" ret name params                                                                     \
    {                                                                                              \
        static const auto real =                                                                   \
            reinterpret_cast<decltype(&name)>(wm::LibArchiveOnDemand::symbol(#name));              \
        return real args;                                                                          \
    }

// clang-format off
WM_FORWARD(void, archive_entry_copy_gname, (struct archive_entry *a, const char *b), (a, b))
WM_FORWARD(void, archive_entry_copy_pathname, (struct archive_entry *a, const char *b), (a, b))
WM_FORWARD(void, archive_entry_copy_symlink, (struct archive_entry *a, const char *b), (a, b))
WM_FORWARD(void, archive_entry_copy_uname, (struct archive_entry *a, const char *b), (a, b))
WM_FORWARD(__LA_MODE_T, archive_entry_filetype, (struct archive_entry *a), (a))
WM_FORWARD(void, archive_entry_free, (struct archive_entry *a), (a))
WM_FORWARD(const char *, archive_entry_hardlink, (struct archive_entry *a), (a))
WM_FORWARD(const char *, archive_entry_hardlink_utf8, (struct archive_entry *a), (a))
WM_FORWARD(void, archive_entry_linkify, (struct archive_entry_linkresolver *a, struct archive_entry **b, struct archive_entry **c), (a, b, c))
WM_FORWARD(void, archive_entry_linkresolver_free, (struct archive_entry_linkresolver *a), (a))
WM_FORWARD(struct archive_entry_linkresolver *, archive_entry_linkresolver_new, (), ())
WM_FORWARD(void, archive_entry_linkresolver_set_strategy, (struct archive_entry_linkresolver *a, int b), (a, b))
WM_FORWARD(time_t, archive_entry_mtime, (struct archive_entry *a), (a))
WM_FORWARD(long, archive_entry_mtime_nsec, (struct archive_entry *a), (a))
WM_FORWARD(struct archive_entry *, archive_entry_new, (), ())
WM_FORWARD(const char *, archive_entry_pathname, (struct archive_entry *a), (a))
WM_FORWARD(const char *, archive_entry_pathname_utf8, (struct archive_entry *a), (a))
WM_FORWARD(__LA_MODE_T, archive_entry_perm, (struct archive_entry *a), (a))
WM_FORWARD(void, archive_entry_set_dev, (struct archive_entry *a, dev_t b), (a, b))
WM_FORWARD(void, archive_entry_set_filetype, (struct archive_entry *a, unsigned int b), (a, b))
WM_FORWARD(void, archive_entry_set_gid, (struct archive_entry *a, la_int64_t b), (a, b))
WM_FORWARD(void, archive_entry_set_ino64, (struct archive_entry *a, la_int64_t b), (a, b))
WM_FORWARD(void, archive_entry_set_mtime, (struct archive_entry *a, time_t b, long c), (a, b, c))
WM_FORWARD(void, archive_entry_set_nlink, (struct archive_entry *a, unsigned int b), (a, b))
WM_FORWARD(void, archive_entry_set_perm, (struct archive_entry *a, __LA_MODE_T b), (a, b))
WM_FORWARD(void, archive_entry_set_size, (struct archive_entry *a, la_int64_t b), (a, b))
WM_FORWARD(void, archive_entry_set_uid, (struct archive_entry *a, la_int64_t b), (a, b))
WM_FORWARD(la_int64_t, archive_entry_size, (struct archive_entry *a), (a))
WM_FORWARD(int, archive_entry_size_is_set, (struct archive_entry *a), (a))
WM_FORWARD(const char *, archive_entry_symlink, (struct archive_entry *a), (a))
WM_FORWARD(const char *, archive_entry_symlink_utf8, (struct archive_entry *a), (a))
WM_FORWARD(const char *, archive_error_string, (struct archive *a), (a))
WM_FORWARD(int, archive_format, (struct archive *a), (a))
WM_FORWARD(la_ssize_t, archive_read_data, (struct archive *a, void *b, size_t c), (a, b, c))
WM_FORWARD(int, archive_read_free, (struct archive *a), (a))
WM_FORWARD(struct archive *, archive_read_new, (), ())
WM_FORWARD(int, archive_read_next_header, (struct archive *a, struct archive_entry **b), (a, b))
WM_FORWARD(int, archive_read_open, (struct archive *a, void *b, archive_open_callback *c, archive_read_callback *d, archive_close_callback *e), (a, b, c, d, e))
WM_FORWARD(int, archive_read_support_format_tar, (struct archive *a), (a))
WM_FORWARD(int, archive_write_close, (struct archive *a), (a))
WM_FORWARD(la_ssize_t, archive_write_data, (struct archive *a, const void *b, size_t c), (a, b, c))
WM_FORWARD(int, archive_write_free, (struct archive *a), (a))
WM_FORWARD(int, archive_write_header, (struct archive *a, struct archive_entry *b), (a, b))
WM_FORWARD(struct archive *, archive_write_new, (), ())
WM_FORWARD(int, archive_write_open, (struct archive *a, void *b, archive_open_callback *c, archive_write_callback *d, archive_close_callback *e), (a, b, c, d, e))
WM_FORWARD(int, archive_write_set_format_pax_restricted, (struct archive *a), (a))
// clang-format on

// Variadic: formatted here, passed on as one string.
extern "C" void archive_set_error(struct archive *a, int err, const char *format, ...)
{
    static const auto real = reinterpret_cast<decltype(&archive_set_error)>(
        wm::LibArchiveOnDemand::symbol("archive_set_error"));
    char message[1024];
    va_list list;
    va_start(list, format);
    std::vsnprintf(message, sizeof message, format, list);
    va_end(list);
    real(a, err, "%s", message);
}
