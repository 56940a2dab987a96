// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace wm {

// Stateless scanners behind SourceCounter's language rules (Language::Rules).
// Each looks at bytes p[i..n) of a fed piece, which ends at a newline, so a
// line is whole; none of them runs per byte on the common path: they are
// called at a line start or on a byte the language marks special.
class SyntaxScan
{
public:
    // Index of the first byte at or after i that is not a space, tab, \v,
    // \f or \r (may be n or a newline). Inline: Python calls it per line.
    [[nodiscard]] static size_t skipBlanks(const char *p, size_t i, size_t n)
    {
        // Indentation comes in runs of spaces: eight at a time first.
        while (i + 8 <= n && std::memcmp(p + i, "        ", 8) == 0)
            i += 8;
        while (i < n &&
               (p[i] == ' ' || p[i] == '\t' || p[i] == '\v' || p[i] == '\f' || p[i] == '\r'))
            ++i;
        return i;
    }
    // p[i..] starts with `word` followed by a byte that cannot continue an
    // identifier (or by the end of the line).
    [[nodiscard]] static bool isWord(const char *p, size_t i, size_t n, std::string_view word);

    // Perl: a POD command (`=` and a letter) at p[i], the line's column 0.
    [[nodiscard]] static bool isPodCommand(const char *p, size_t i, size_t n);
    // Perl: `__END__` or `__DATA__` at column 0.
    [[nodiscard]] static bool isPerlEnd(const char *p, size_t i, size_t n);
    // Ruby: `=begin` / `=end` at column 0, followed by white space or the end.
    [[nodiscard]] static bool isRubyMarker(const char *p, size_t i, size_t n,
                                           std::string_view marker);
    // Batch: the line's command is `rem` (any case, after blanks and an
    // optional `@`) or the line starts with the `::` label idiom.
    [[nodiscard]] static bool isBatchComment(const char *p, size_t i, size_t n);

    // Python: the line (from its first non-blank byte) starts a def, async
    // def or class header.
    [[nodiscard]] static bool startsPythonHeader(const char *p, size_t i, size_t n);
    // Python: the line's first token is a str literal ("...", '...', r/u
    // prefixes; bytes and f-strings are not docstrings).
    [[nodiscard]] static bool startsStrLiteral(const char *p, size_t i, size_t n);
    // Python: scans one line of a def/class header for its brackets (strings
    // and a trailing comment skipped). `depth` carries over lines; returns
    // true when the header goes on to the next line; `colon` says whether
    // its last code byte is ':' (the body starts on the next line).
    static bool scanPythonHeaderLine(const char *p, size_t i, size_t n, int &depth, bool &colon);

    // JavaScript: length of the regex literal starting with the '/' at p[i],
    // or 0 when that '/' is a division (decided by the code before it on the
    // line) or no closing '/' follows on the line.
    [[nodiscard]] static size_t regexLiteral(const char *p, size_t i, size_t n);

    // Lua: length of a long bracket opening (`[[`, `[=[`, `[==[` ...) at
    // p[i], its level (number of '=') in `level`; 0 when none.
    [[nodiscard]] static size_t longBracketOpen(const char *p, size_t i, size_t n, int &level);
    // Lua: p[i] is the ']' of a closing long bracket of `level`.
    [[nodiscard]] static bool longBracketClose(const char *p, size_t i, size_t n, int level);

    // Shell: a here-document operator at p[i] (`<<`, `<<-`, not `<<<`, not
    // a shift inside `$((...))`). Returns the bytes consumed (0 when none)
    // and the delimiter word with quotes removed.
    [[nodiscard]] static size_t heredoc(const char *p, size_t i, size_t n, std::string &delimiter,
                                        bool &stripTabs);
    // Shell: the line at p[i] is the delimiter line.
    [[nodiscard]] static bool isHeredocEnd(const char *p, size_t i, size_t n,
                                           std::string_view delimiter, bool stripTabs);
};

} // namespace wm
