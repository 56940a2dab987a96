// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ShortProcess.h"

#include "HugePageHeap.h"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

namespace wm::cli {
namespace {

bool isPlainC(const char *name)
{
    return std::strcmp(name, "C") == 0 || std::strcmp(name, "POSIX") == 0 ||
           std::strcmp(name, "C.UTF-8") == 0 || std::strcmp(name, "C.utf8") == 0;
}

// The locale setlocale(LC_ALL, "") would pick for `category`: LC_ALL, else
// the category's own variable, else LANG, else C.
const char *localeFor(const char *category)
{
    for (const char *name : {"LC_ALL", category, "LANG"}) {
        const char *v = std::getenv(name);
        if (v != nullptr && *v != '\0') return v;
    }
    return "C";
}

// True when setlocale(LC_ALL, "") would change nothing a search prints: the
// C locale, or C.UTF-8, its UTF-8 twin. (Qt 6 takes "local 8-bit" text as
// UTF-8 on Unix whatever the C locale; what the locale changes is the
// language of strerror()'s messages and printf()'s decimal point.)
bool environmentIsPlainC()
{
    for (const char *category : {"LC_MESSAGES", "LC_NUMERIC", "LC_CTYPE"})
        if (!isPlainC(localeFor(category))) return false;
    return true;
}

} // namespace

void ShortProcess::start()
{
    HugePageHeap::prepare();
    // What QCoreApplication does first (messages in the user's language),
    // skipped where it would only cost the reading of a dozen locale files.
    if (!environmentIsPlainC()) std::setlocale(LC_ALL, "");
}

int ShortProcess::exit(int code)
{
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define WM_SANITIZED 1
#endif
#endif
#if defined(WM_SANITIZED) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return code;
#else
    std::fflush(stderr);
    std::_Exit(code);
#endif
}

} // namespace wm::cli
