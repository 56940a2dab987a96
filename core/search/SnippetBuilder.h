// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SearchHit.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wm {

// Where a text given to SnippetBuilder comes from when it is itself a
// stretch of a document.
struct SnippetOrigin
{
    bool cutBefore = false; // the document goes on before / after the text
    bool cutAfter = false;
    int firstLine = 1; // the line the text starts on
};

// Cuts a one-line snippet out of a document's text around its hits and
// maps the hits' byte ranges to UTF-16 offsets in the snippet.
class SnippetBuilder
{
public:
    using Range = std::pair<size_t, size_t>; // [begin, end) in bytes

    struct Snippet
    {
        QString text;
        QList<HitSpan> hits;
        int line = 0;
    };

    // The window with the most hits, about `maxChars` long, whitespace
    // runs collapsed to one space; "…" marks cut ends.
    [[nodiscard]] static Snippet build(std::string_view text, std::vector<Range> hits,
                                       int maxChars = 160, const SnippetOrigin &origin = {});

    // Splits highlight() output (hits between 0x01 and 0x02) into the plain
    // text and the hits' byte ranges in it.
    static void unmark(std::string_view marked, std::string &plain, std::vector<Range> &hits);

    // Every occurrence of each term, ASCII case-insensitively (the
    // substring mode's rule), as byte ranges; also returns the count.
    static size_t findAll(std::string_view text, const std::vector<std::string> &terms,
                          std::vector<Range> &hits);

    // The whole of a short text (a title) with its hits mapped.
    [[nodiscard]] static QList<HitSpan> spans(std::string_view text,
                                              const std::vector<Range> &hits);
};

} // namespace wm
