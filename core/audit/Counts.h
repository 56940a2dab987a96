// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

namespace wm {

// What the audit counts in a file, and what every total and group adds up:
// one type so a new measure is added once and summed everywhere.
struct Counts
{
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 words = 0;
    qint64 code = 0;
    qint64 comments = 0;
    qint64 blanks = 0;
    qint64 tokens = 0;

    Counts &operator+=(const Counts &o)
    {
        bytes += o.bytes;
        lines += o.lines;
        words += o.words;
        code += o.code;
        comments += o.comments;
        blanks += o.blanks;
        tokens += o.tokens;
        return *this;
    }
    [[nodiscard]] friend Counts operator+(Counts a, const Counts &b) { return a += b; }
    bool operator==(const Counts &) const = default;
};

} // namespace wm
