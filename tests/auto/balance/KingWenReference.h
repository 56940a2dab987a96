// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// An independent transcription of the King Wen sequence for the tests: the
// "Key for Identifying the Hexagrams" chart of Wilhelm/Baynes (also the
// lookup table of Wikipedia, "Hexagram (I Ching)"): the number at each
// (lower trigram, upper trigram). It is typed from the chart, not generated
// from core/balance/data/kingwen.tsv, so the two catch each other's typos.

#include <QString>
#include <array>

namespace kwref {

// Trigrams in the chart's order, with their lines bottom first.
inline const std::array<const char *, 8> kChartOrder{"qian", "zhen", "kan", "gen",
                                                     "kun",  "xun",  "li",  "dui"};
inline const std::array<const char *, 8> kChartLines{"111", "100", "010", "001",
                                                     "000", "011", "101", "110"};

// kChart[upper][lower], both indices in kChartOrder.
inline constexpr int kChart[8][8] = {
    /* upper qian */ {1, 25, 6, 33, 12, 44, 13, 10},
    /* upper zhen */ {34, 51, 40, 62, 16, 32, 55, 54},
    /* upper kan  */ {5, 3, 29, 39, 8, 48, 63, 60},
    /* upper gen  */ {26, 27, 4, 52, 23, 18, 22, 41},
    /* upper kun  */ {11, 24, 7, 15, 2, 46, 36, 19},
    /* upper xun  */ {9, 42, 59, 53, 20, 57, 37, 61},
    /* upper li   */ {14, 21, 64, 56, 35, 50, 30, 38},
    /* upper dui  */ {43, 17, 47, 31, 45, 28, 49, 58},
};

// Lines (bottom first, "1" yang) of King Wen number n, from the chart.
inline QString linesOf(int n)
{
    for (int u = 0; u < 8; ++u)
        for (int l = 0; l < 8; ++l)
            if (kChart[u][l] == n)
                return QString::fromLatin1(kChartLines[size_t(l)]) +
                       QString::fromLatin1(kChartLines[size_t(u)]);
    return {};
}

// King Wen number of a line string, from the chart.
inline int numberOf(const QString &lines)
{
    for (int u = 0; u < 8; ++u)
        for (int l = 0; l < 8; ++l)
            if (lines == QString::fromLatin1(kChartLines[size_t(l)]) +
                             QString::fromLatin1(kChartLines[size_t(u)]))
                return kChart[u][l];
    return 0;
}

} // namespace kwref
