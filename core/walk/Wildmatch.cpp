// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Wildmatch.h"

#include <cctype>
#include <cstring>

namespace wm {
namespace {

// Results as in git's wildmatch.c: ABORT_ALL and ABORT_TO_STARSTAR let an
// outer `*` stop trying positions that can no longer succeed, which keeps
// matching linear in practice instead of exponential.
enum Result
{
    Match = 0,
    NoMatch = 1,
    AbortAll = -1,
    AbortToStarStar = -2
};

unsigned char fold(unsigned char c, unsigned flags)
{
    return (flags & Wildmatch::CaseFold) ? static_cast<unsigned char>(std::tolower(c)) : c;
}

bool classMatches(std::string_view name, unsigned char c)
{
    auto is = [&](const char *n) { return name == n; };
    if (is("alnum")) return std::isalnum(c);
    if (is("alpha")) return std::isalpha(c);
    if (is("blank")) return c == ' ' || c == '\t';
    if (is("cntrl")) return std::iscntrl(c);
    if (is("digit")) return std::isdigit(c);
    if (is("graph")) return std::isgraph(c);
    if (is("lower")) return std::islower(c);
    if (is("print")) return std::isprint(c);
    if (is("punct")) return std::ispunct(c);
    if (is("space")) return std::isspace(c);
    if (is("upper")) return std::isupper(c);
    if (is("xdigit")) return std::isxdigit(c);
    return false;
}

class Matcher
{
public:
    Matcher(std::string_view pattern, std::string_view text, unsigned flags)
        : m_p(pattern), m_t(text), m_flags(flags)
    {
    }

    int run(size_t p, size_t t) const
    {
        for (; p < m_p.size(); ++p, ++t) {
            unsigned char pc = m_p[p];
            if (t >= m_t.size() && pc != '*') return AbortAll;
            unsigned char tc = t < m_t.size() ? m_t[t] : 0;
            switch (pc) {
            case '\\':
                if (p + 1 < m_p.size()) pc = m_p[++p];
                [[fallthrough]];
            default:
                if (fold(tc, m_flags) != fold(pc, m_flags)) return NoMatch;
                continue;
            case '?':
                if ((m_flags & Wildmatch::PathName) && tc == '/') return NoMatch;
                continue;
            case '*': {
                int r = star(p, t);
                if (r != Match + 100) return r;
                // A single '*' followed by '/' jumped t to the next slash; the
                // loop's ++p/++t consume the '/' pair.
                t = m_jumpTo;
                p = m_jumpP;
                continue;
            }
            case '[': {
                size_t next = 0;
                int r = bracket(p, tc, next);
                if (r != Match) return r;
                p = next;
                continue;
            }
            }
        }
        return t < m_t.size() ? NoMatch : Match;
    }

private:
    // Returns a final result, or Match+100 to tell run() to continue at
    // (m_jumpP, m_jumpTo).
    int star(size_t p, size_t t) const
    {
        bool matchSlash;
        if (p + 1 < m_p.size() && m_p[p + 1] == '*') {
            const size_t first = p;
            ++p;
            while (p + 1 < m_p.size() && m_p[p + 1] == '*')
                ++p;
            ++p; // p now just past the run of stars
            const bool atStart = first == 0 || m_p[first - 1] == '/';
            const bool atEnd = p >= m_p.size() || m_p[p] == '/' ||
                               (m_p[p] == '\\' && p + 1 < m_p.size() && m_p[p + 1] == '/');
            if (atStart && atEnd) {
                // "**/" may match zero directories.
                if (p < m_p.size() && m_p[p] == '/' && run(p + 1, t) == Match) return Match;
                matchSlash = true;
            } else {
                matchSlash = false; // "**" inside a name acts like "*"
            }
        } else {
            ++p;
            matchSlash = !(m_flags & Wildmatch::PathName);
        }
        if (p >= m_p.size()) {
            // Trailing "**" matches everything; trailing "*" only within one component.
            if (!matchSlash && m_t.substr(t).find('/') != std::string_view::npos) return NoMatch;
            return Match;
        }
        if (!matchSlash && m_p[p] == '/') {
            const size_t slash = m_t.find('/', t);
            if (slash == std::string_view::npos) return NoMatch;
            m_jumpTo = slash;
            m_jumpP = p;
            return Match + 100;
        }
        for (; t < m_t.size(); ++t) {
            const int r = run(p, t);
            if (r != NoMatch) {
                if (!matchSlash || r != AbortToStarStar) return r;
            } else if (!matchSlash && m_t[t] == '/') {
                return AbortToStarStar;
            }
        }
        return AbortAll;
    }

    int bracket(size_t p, unsigned char tc, size_t &endOut) const
    {
        ++p;
        bool negated = false;
        if (p < m_p.size() && (m_p[p] == '!' || m_p[p] == '^')) {
            negated = true;
            ++p;
        }
        bool matched = false;
        unsigned char prev = 0;
        bool first = true;
        const unsigned char ftc = fold(tc, m_flags);
        for (;; first = false) {
            if (p >= m_p.size()) return AbortAll; // unterminated class
            unsigned char pc = m_p[p];
            if (pc == ']' && !first) break;
            if (pc == '\\') {
                if (++p >= m_p.size()) return AbortAll;
                pc = m_p[p];
                if (ftc == fold(pc, m_flags)) matched = true;
            } else if (pc == '-' && prev && p + 1 < m_p.size() && m_p[p + 1] != ']') {
                unsigned char hi = m_p[++p];
                if (hi == '\\') {
                    if (++p >= m_p.size()) return AbortAll;
                    hi = m_p[p];
                }
                if (tc >= prev && tc <= hi) matched = true;
                if ((m_flags & Wildmatch::CaseFold) && std::islower(tc)) {
                    const unsigned char up = static_cast<unsigned char>(std::toupper(tc));
                    if (up >= prev && up <= hi) matched = true;
                }
                pc = 0; // a range cannot start another range
            } else if (pc == '[' && p + 1 < m_p.size() && m_p[p + 1] == ':') {
                const size_t close = m_p.find(":]", p + 2);
                if (close == std::string_view::npos) {
                    if (tc == '[') matched = true;
                } else {
                    const auto name = m_p.substr(p + 2, close - p - 2);
                    if (classMatches(name, tc) ||
                        ((m_flags & Wildmatch::CaseFold) && name == "upper" && std::islower(tc)))
                        matched = true;
                    p = close + 1;
                    pc = 0;
                }
            } else if (ftc == fold(pc, m_flags)) {
                matched = true;
            }
            prev = pc;
            ++p;
        }
        endOut = p;
        if (matched == negated || ((m_flags & Wildmatch::PathName) && tc == '/')) return NoMatch;
        return Match;
    }

    std::string_view m_p;
    std::string_view m_t;
    unsigned m_flags;
    mutable size_t m_jumpTo = 0;
    mutable size_t m_jumpP = 0;
};

} // namespace

bool Wildmatch::match(std::string_view pattern, std::string_view text, unsigned flags)
{
    return Matcher(pattern, text, flags).run(0, 0) == Match;
}

} // namespace wm
