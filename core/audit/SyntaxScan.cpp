// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SyntaxScan.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace wm {
namespace {

constexpr bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

constexpr bool isIdent(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$';
}

constexpr bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool tokenAt(const char *p, size_t i, size_t n, std::string_view s)
{
    return i + s.size() <= n && std::memcmp(p + i, s.data(), s.size()) == 0;
}

// A '/' after these bytes starts an expression, so it opens a regex; after
// an identifier, a number, ')' or ']' it divides.
bool regexMayFollow(const char *p, size_t i)
{
    size_t k = i;
    while (k > 0 && isBlank(p[k - 1]))
        --k;
    if (k == 0 || p[k - 1] == '\n') return true; // start of the line
    const char c = p[k - 1];
    if (std::strchr("(,=:[!&|?{};+-*%<>~^", c) != nullptr) return true;
    if (!isIdent(c)) return false;
    size_t start = k;
    while (start > 0 && isIdent(p[start - 1]))
        --start;
    const std::string_view word(p + start, k - start);
    for (std::string_view kw : {"return", "typeof", "case", "do", "else", "in", "of", "new",
                                "delete", "void", "throw", "instanceof", "yield", "await"})
        if (word == kw) return true;
    return false;
}

} // namespace

bool SyntaxScan::isWord(const char *p, size_t i, size_t n, std::string_view word)
{
    return tokenAt(p, i, n, word) && (i + word.size() == n || !isIdent(p[i + word.size()]));
}

bool SyntaxScan::isPodCommand(const char *p, size_t i, size_t n)
{
    return i + 1 < n && p[i] == '=' && isLetter(p[i + 1]);
}

bool SyntaxScan::isPerlEnd(const char *p, size_t i, size_t n)
{
    return isWord(p, i, n, "__END__") || isWord(p, i, n, "__DATA__");
}

bool SyntaxScan::isRubyMarker(const char *p, size_t i, size_t n, std::string_view marker)
{
    if (!tokenAt(p, i, n, marker)) return false;
    const size_t e = i + marker.size();
    return e == n || p[e] == '\n' || isBlank(p[e]);
}

bool SyntaxScan::isBatchComment(const char *p, size_t i, size_t n)
{
    size_t j = skipBlanks(p, i, n);
    if (tokenAt(p, j, n, "::")) return true;
    if (j < n && p[j] == '@') j = skipBlanks(p, j + 1, n);
    if (j + 3 > n) return false;
    const auto lower = [](char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    if (lower(p[j]) != 'r' || lower(p[j + 1]) != 'e' || lower(p[j + 2]) != 'm') return false;
    return j + 3 == n || p[j + 3] == '\n' || isBlank(p[j + 3]);
}

bool SyntaxScan::startsPythonHeader(const char *p, size_t i, size_t n)
{
    const size_t j = skipBlanks(p, i, n);
    if (isWord(p, j, n, "def") || isWord(p, j, n, "class")) return true;
    return isWord(p, j, n, "async") && isWord(p, skipBlanks(p, j + 5, n), n, "def");
}

bool SyntaxScan::startsStrLiteral(const char *p, size_t i, size_t n)
{
    size_t j = skipBlanks(p, i, n);
    if (j < n && std::strchr("rRuU", p[j]) != nullptr && p[j] != '\0') ++j;
    return j < n && (p[j] == '"' || p[j] == '\'');
}

bool SyntaxScan::scanPythonHeaderLine(const char *p, size_t i, size_t n, int &depth, bool &colon)
{
    // Bytes that matter in a header line; identifiers, blanks, ':' and
    // ',' are skipped in bulk, the last code byte is found at the end.
    static constexpr auto matters = [] {
        std::array<bool, 256> t{};
        for (unsigned char c : std::string_view("\n#'\"([{)]}\\"))
            t[c] = true;
        return t;
    }();
    size_t j = i;
    for (;;) {
        while (j < n && !matters[static_cast<unsigned char>(p[j])])
            ++j;
        if (j >= n || p[j] == '\n' || p[j] == '#') break;
        const char c = p[j];
        if (c == '"' || c == '\'') {
            // Skip a string on this line; brackets inside it do not count.
            const bool triple = j + 2 < n && p[j + 1] == c && p[j + 2] == c;
            j += triple ? 3 : 1;
            while (j < n && p[j] != '\n') {
                if (p[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (p[j] == c && (!triple || (j + 2 < n && p[j + 1] == c && p[j + 2] == c))) {
                    j += triple ? 3 : 1;
                    break;
                }
                ++j;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') ++depth;
        if (c == ')' || c == ']' || c == '}') --depth;
        ++j;
    }
    // The last code byte: before the newline or the comment, blanks skipped.
    size_t e = std::min(j, n);
    while (e > i && isBlank(p[e - 1]))
        --e;
    const char last = e > i ? p[e - 1] : 0;
    const bool continues = depth > 0 || last == '\\';
    colon = !continues && last == ':';
    if (!continues) depth = 0;
    return continues;
}

size_t SyntaxScan::regexLiteral(const char *p, size_t i, size_t n)
{
    if (i + 1 >= n || p[i + 1] == '/' || p[i + 1] == '*' || !regexMayFollow(p, i)) return 0;
    bool inClass = false;
    for (size_t j = i + 1; j < n && p[j] != '\n'; ++j) {
        const char c = p[j];
        if (c == '\\') {
            if (j + 1 >= n || p[j + 1] == '\n') return 0;
            ++j;
        } else if (inClass) {
            inClass = c != ']';
        } else if (c == '[') {
            inClass = true;
        } else if (c == '/') {
            return j + 1 - i;
        }
    }
    return 0;
}

size_t SyntaxScan::longBracketOpen(const char *p, size_t i, size_t n, int &level)
{
    if (i >= n || p[i] != '[') return 0;
    size_t j = i + 1;
    while (j < n && p[j] == '=')
        ++j;
    if (j >= n || p[j] != '[') return 0;
    level = int(j - i - 1);
    return j + 1 - i;
}

bool SyntaxScan::longBracketClose(const char *p, size_t i, size_t n, int level)
{
    const size_t e = i + size_t(level) + 1;
    if (e >= n || p[i] != ']' || p[e] != ']') return false;
    for (size_t j = i + 1; j < e; ++j)
        if (p[j] != '=') return false;
    return true;
}

size_t SyntaxScan::heredoc(const char *p, size_t i, size_t n, std::string &delimiter,
                           bool &stripTabs)
{
    if (i + 2 >= n || p[i + 1] != '<' || p[i + 2] == '<' || (i > 0 && p[i - 1] == '<')) return 0;
    // A shift inside $(( )) or (( )) on the same line.
    for (size_t k = i; k > 0 && p[k - 1] != '\n'; --k)
        if (k >= 2 && p[k - 1] == '(' && p[k - 2] == '(') return 0;
    size_t j = i + 2;
    stripTabs = p[j] == '-';
    const size_t consumed = stripTabs ? 3 : 2;
    j = skipBlanks(p, j + (stripTabs ? 1 : 0), n);
    // The word may be quoted in part or whole ('EOF', "EOF", \EOF, E"O"F);
    // the delimiter line is the word with the quoting removed.
    delimiter.clear();
    while (j < n && std::strchr(" \t\n;&|<>()", p[j]) == nullptr) {
        const char c = p[j];
        if (c == '\\') {
            if (j + 1 < n && p[j + 1] != '\n') delimiter += p[j + 1];
            j += 2;
        } else if (c == '\'' || c == '"') {
            ++j;
            while (j < n && p[j] != c && p[j] != '\n')
                delimiter += p[j++];
            if (j < n && p[j] == c) ++j;
        } else {
            delimiter += c;
            ++j;
        }
    }
    return delimiter.empty() ? 0 : consumed;
}

bool SyntaxScan::isHeredocEnd(const char *p, size_t i, size_t n, std::string_view delimiter,
                              bool stripTabs)
{
    size_t j = i;
    if (stripTabs)
        while (j < n && p[j] == '\t')
            ++j;
    const size_t e = j + delimiter.size();
    return tokenAt(p, j, n, delimiter) && (e == n || p[e] == '\n');
}

} // namespace wm
