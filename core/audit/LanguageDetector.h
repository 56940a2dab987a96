// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Language.h"

#include <string_view>

namespace wm {

// Decides a file's language from its name, its extension and, for files
// without a known extension, its shebang line or an Emacs modeline
// ("-*- C++ -*-" on the first two lines, which also decides .cfg files).
class LanguageDetector
{
public:
    // `name` is the file name (no directories); `head` the first bytes of
    // the content, used for the shebang and modeline. Returns nullptr when unknown.
    [[nodiscard]] static const Language *detect(std::string_view name, std::string_view head);
    [[nodiscard]] static const Language *byName(std::string_view languageName);
    [[nodiscard]] static const Language &plainText();
    [[nodiscard]] static int languageCount();
};

} // namespace wm
