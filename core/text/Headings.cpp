// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Headings.h"

#include "TextLines.h"

#include <cctype>

namespace wm {
namespace {

bool hasLetter(std::string_view s)
{
    for (unsigned char c : s)
        if (std::isalpha(c) || c >= 0x80) return true;
    return false;
}

} // namespace

std::string_view Headings::atx(std::string_view line)
{
    const std::string_view t = trimBlank(line);
    if (t.size() < 2 || t[0] != '#') return {};
    const size_t hashes = t.find_first_not_of('#');
    if (hashes == std::string_view::npos || hashes > 6 || t[hashes] != ' ') return {};
    return trimBlank(t.substr(hashes));
}

bool Headings::isUnderline(std::string_view line)
{
    const std::string_view u = trimBlank(line);
    if (u.size() < 3 || u.find_first_not_of(u[0]) != std::string_view::npos) return false;
    return u[0] == '=' || u[0] == '-' || u[0] == '~' || u[0] == '*' || u[0] == '^' || u[0] == '#';
}

std::string_view Headings::first(const std::vector<std::string_view> &lines, size_t from)
{
    for (size_t k = from; k < lines.size(); ++k) {
        const std::string_view t = trimBlank(lines[k]);
        if (const std::string_view title = atx(t); !title.empty()) return title;
        // Setext (=== or --- below) or an RST title (any rule below, with
        // the same rule above when it is not = or -).
        if (k + 1 < lines.size() && hasLetter(t) && isUnderline(lines[k + 1])) {
            const char rule = trimBlank(lines[k + 1])[0];
            if (rule == '=' || rule == '-' || (k > 0 && isUnderline(lines[k - 1]))) return t;
        }
    }
    return {};
}

} // namespace wm
