// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <string_view>
#include <vector>

namespace wm {

// Headings of prose (Markdown ATX "# Title", setext and reStructuredText
// titles underlined or overlined with ===, ---, ~~~ ...). Shared by the
// audit's one-line summary and the folder descriptions of the report map,
// so "the title of a README" means the same thing to both.
class Headings
{
public:
    // The text of the first heading at or after line `from`, without its
    // markers; empty when there is none.
    [[nodiscard]] static std::string_view first(const std::vector<std::string_view> &lines,
                                                size_t from = 0);
    // "# Title" / "## Title": the title; empty when the line is no ATX heading.
    [[nodiscard]] static std::string_view atx(std::string_view line);
    // True for a line of one repeated punctuation character (=, -, ~, *, ^, #),
    // three or more long: the underline of a setext or RST title.
    [[nodiscard]] static bool isUnderline(std::string_view line);
};

} // namespace wm
