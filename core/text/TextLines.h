// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace wm {

// Line helpers shared by everything that reads a file's head (summaries,
// search fields, front matter). They work on views of the bytes, so a
// file's head is split once and never copied.

// Without leading and trailing spaces, tabs and carriage returns.
[[nodiscard]] inline std::string_view trimBlank(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The first `maxLines` lines of `text`, without their '\n'.
[[nodiscard]] inline std::vector<std::string_view> splitLines(std::string_view text,
                                                              size_t maxLines = 400)
{
    std::vector<std::string_view> out;
    while (!text.empty() && out.size() < maxLines) {
        const size_t nl = text.find('\n');
        out.push_back(text.substr(0, nl));
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return out;
}

// `s` without a leading UTF-8 byte order mark.
[[nodiscard]] inline std::string_view withoutBom(std::string_view s)
{
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    return s;
}

[[nodiscard]] inline QString fromUtf8View(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A one-line summary of at most `maxChars` characters: whitespace runs
// collapsed, an ellipsis where it was cut, never half a surrogate pair.
[[nodiscard]] inline QString clipLine(QString text, int maxChars = 120)
{
    text = text.simplified();
    if (text.size() <= maxChars) return text;
    int cut = maxChars - 1;
    if (text.at(cut - 1).isHighSurrogate()) --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace wm
