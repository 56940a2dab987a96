// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <array>
#include <optional>
#include <string_view>

namespace wm {

struct KingWenEntry
{
    int number = 0; // 1..64
    int bits = 0;   // bit 0 = bottom line, set = yang
    QString chinese;
    QString pinyin;
    QString english; // Wilhelm/Baynes
};

// The King Wen sequence: which of the 64 line patterns carries which number
// and names. The data is core/balance/data/kingwen.tsv, compiled in; its
// sources are named in the file.
class KingWen
{
public:
    // The compiled-in table, parsed once. The data is checked by the parser
    // and by the tests, so a failure here is a broken build: it aborts with
    // the parser's message rather than run with a wrong table.
    static const KingWen &table();

    // Parses the TSV format; every number 1..64 exactly once, every line
    // pattern exactly once, and the lines column must agree with the lower
    // and upper trigram columns. On failure returns nothing and says why.
    static std::optional<KingWen> parse(std::string_view tsv, QString *error = nullptr);

    [[nodiscard]] const KingWenEntry &byNumber(int number) const
    {
        return m_entries[size_t(number - 1)];
    }
    [[nodiscard]] int numberOf(int bits) const { return m_numberByBits[size_t(bits & 63)]; }

    static std::string_view embeddedTable(); // generated from the TSV

private:
    KingWen() = default;
    std::array<KingWenEntry, 64> m_entries;
    std::array<int, 64> m_numberByBits{};
};

} // namespace wm
