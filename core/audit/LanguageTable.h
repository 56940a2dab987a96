// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Language.h"

#include <span>
#include <string_view>

namespace wm {

// The data LanguageDetector decides with: every language's comment and
// string syntax, and which file names, extensions and shebang interpreters
// select which language. Plain tables; the lookups live in LanguageDetector.
class LanguageTable
{
public:
    // Which names select which language, as a space-separated list.
    struct NameList
    {
        std::string_view language;
        std::string_view names;
    };

    // Comment syntax per language, built on first use.
    [[nodiscard]] static std::span<const Language> languages();
    // File name extensions (after the last dot).
    [[nodiscard]] static std::span<const NameList> extensions();
    // Whole file names.
    [[nodiscard]] static std::span<const NameList> fileNames();
    // Interpreters named on a shebang line.
    [[nodiscard]] static std::span<const NameList> interpreters();
};

} // namespace wm
