// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <string_view>

namespace wm {

// One rule for every token figure WhiteMagic prints, so a report's own
// estimate and the per-file estimates agree. The rule is the usual
// "one token is about four bytes of text" approximation used for GPT-style
// BPE tokenizers; it is an estimate, documented as such in the README.
class TokenEstimator
{
public:
    static constexpr qint64 bytesPerToken = 4;

    [[nodiscard]] static constexpr qint64 forBytes(qint64 bytes) noexcept
    {
        return bytes <= 0 ? 0 : (bytes + bytesPerToken - 1) / bytesPerToken;
    }
    [[nodiscard]] static qint64 forText(std::string_view utf8) noexcept
    {
        return forBytes(static_cast<qint64>(utf8.size()));
    }

    // The calibrated estimate for WhiteMagic's own Markdown reports, whose
    // budget is what a model reads: bytes/4 undercounts them by 20-40%
    // (paths in backticks, figures, `·` and `—` cost more than prose).
    // Weights per character class, fitted by least squares to the real
    // o200k and cl100k counts of reports of four trees
    // (tests/benchmarks/calibrate-estimator.py; report-bench.sh prints the
    // error, within ±5% on those trees). The classes: runs of ASCII
    // letters, their letters past the fourth, groups of three digits, ASCII
    // punctuation, other code points, line breaks, runs of two or more blanks.
    [[nodiscard]] static qint64 forReport(std::string_view utf8) noexcept
    {
        constexpr qint64 letterRun = 1070, longLetter = 120, digitGroup = 1830, punct = 370,
                         otherCodePoint = 1450, newline = 2280, blankRun = 680; // thousandths
        const auto isLetter = [](unsigned char c) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        };
        const auto isDigit = [](unsigned char c) { return c >= '0' && c <= '9'; };
        qint64 units = 0;
        const size_t n = utf8.size();
        for (size_t i = 0; i < n;) {
            const auto c = static_cast<unsigned char>(utf8[i]);
            size_t j = i + 1;
            if (isLetter(c)) {
                while (j < n && isLetter(static_cast<unsigned char>(utf8[j])))
                    ++j;
                units += letterRun + longLetter * qint64(j - i > 4 ? j - i - 4 : 0);
            } else if (isDigit(c)) {
                while (j < n && isDigit(static_cast<unsigned char>(utf8[j])))
                    ++j;
                units += digitGroup * qint64((j - i + 2) / 3);
            } else if (c == '\n') {
                units += newline;
            } else if (c == ' ' || c == '\t') {
                while (j < n && (utf8[j] == ' ' || utf8[j] == '\t'))
                    ++j;
                units += j - i >= 2 ? blankRun : 0;
            } else if (c < 0x80) {
                units += punct;
            } else {
                // One code point: its lead byte and continuation bytes.
                while (j < n && (static_cast<unsigned char>(utf8[j]) & 0xC0) == 0x80)
                    ++j;
                units += otherCodePoint;
            }
            i = j;
        }
        return (units + 999) / 1000;
    }
};

} // namespace wm
