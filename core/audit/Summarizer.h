// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <string_view>

namespace wm {

struct Language;

// The one-line summary of a file: the front matter's `title:`, else (for
// Markdown and other prose) the first heading, else the first meaningful
// line. Front matter, shebangs, licence headers, include/import lines and
// comment markers are skipped. At most `maxChars` characters.
class Summarizer
{
public:
    static constexpr int maxChars = 120;
    // Only the first bytes of a file are looked at.
    static constexpr size_t headBytes = 16 * 1024;

    [[nodiscard]] static QString summarize(std::string_view head, const Language *language);

    // Exposed for tests: the value of `title:` in front matter, if any.
    [[nodiscard]] static QString frontMatterTitle(std::string_view head);
    [[nodiscard]] static QString clip(QString text);
};

} // namespace wm
