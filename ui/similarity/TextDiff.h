// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <vector>

namespace wm::ui {

// A word-level difference of two texts, for the side-by-side views: which
// stretches of the left text are gone and which of the right are new.
// Tokens are words, runs of spaces and single punctuation marks; the common
// prefix and suffix are cut first, then the longest common subsequence of
// the rest (up to maxCells table cells; beyond, lines are compared instead,
// and beyond that the whole middle counts as changed).
class TextDiff
{
public:
    struct Range
    {
        int start = 0; // UTF-16 offset
        int length = 0;
    };
    struct Result
    {
        std::vector<Range> removed; // in the left text
        std::vector<Range> added;   // in the right text
        int removedWords = 0;
        int addedWords = 0;
        bool coarse = false; // too large for words: compared by lines or as a block
        [[nodiscard]] bool identical() const { return removed.empty() && added.empty(); }
    };

    static constexpr qint64 maxCells = 4'000'000;

    [[nodiscard]] static Result compare(const QString &left, const QString &right);

    struct Token
    {
        int start;
        int length;
        bool word;
    };
    [[nodiscard]] static std::vector<Token> wordTokens(const QString &text);
    [[nodiscard]] static std::vector<Token> lineTokens(const QString &text);
};

} // namespace wm::ui
