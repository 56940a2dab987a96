// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SourceCounter.h"

#include "Language.h"
#include "SyntaxScan.h"

#include <cstring>
#include <memory>
#include <unordered_map>

namespace wm {
namespace {

constexpr bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool startsWith(const char *p, size_t i, size_t n, std::string_view token)
{
    return !token.empty() && i + token.size() <= n &&
           std::memcmp(p + i, token.data(), token.size()) == 0;
}

} // namespace

void SourceCounter::markBytes(const Language &l, ByteTables &t)
{
    const auto mark = [&t](Mode m, char c) {
        t.classes[int(m)][static_cast<unsigned char>(c)] = Special;
    };
    for (auto tok : l.lineComments)
        if (!tok.empty()) mark(Mode::Normal, tok[0]);
    for (auto b : l.blockComments) {
        if (b.open.empty()) continue;
        mark(Mode::Normal, b.open[0]);
        // In a comment only a closing (or, when nesting, an opening) token
        // matters; the block index is checked in special().
        mark(Mode::Block, b.close[0]);
        if (l.nestedBlocks) mark(Mode::Block, b.open[0]);
    }
    for (char q : l.quotes) {
        mark(Mode::Normal, q);
        mark(Mode::String, q);
        mark(Mode::TripleString, q);
    }
    mark(Mode::String, '\\');
    mark(Mode::TripleString, '\\');
    markRuleBytes(l, t);
}

// Built once per language and thread: a file's counter only points at them.
const SourceCounter::ByteTables &SourceCounter::byteTables(const Language *language)
{
    thread_local std::unordered_map<const Language *, std::unique_ptr<ByteTables>> cache;
    std::unique_ptr<ByteTables> &slot = cache[language];
    if (slot) return *slot;
    slot = std::make_unique<ByteTables>();
    ByteTables &t = *slot;
    for (auto &table : t.classes) {
        for (int c = 0; c < 256; ++c)
            table[c] = c == '\n'                                ? Newline
                       : isSpace(static_cast<unsigned char>(c)) ? Space
                                                                : Ordinary;
    }
    if (language) markBytes(*language, t);
    for (int m = 0; m < modeCount; ++m) {
        unsigned char specials[256];
        int count = 0;
        for (int c = 0; c < 256; ++c)
            if (t.classes[m][c] == Special) specials[count++] = static_cast<unsigned char>(c);
        t.quiet[m].setSpecials(specials, count);
    }
    return t;
}

SourceCounter::SourceCounter(const Language *language)
    : m_lang(language), m_tables(&byteTables(language))
{
    if (m_lang) setRuleFlags();
    setMode(Mode::Normal);
}

void SourceCounter::setMode(Mode m)
{
    m_mode = m;
    m_class = m_tables->classes[int(m)];
    m_quiet = &m_tables->quiet[int(m)];
    if (m == Mode::Normal) m_stringIsComment = false;
    m_commentMode = m == Mode::LineComment || m == Mode::Block || m == Mode::Doc ||
                    (m_stringIsComment &&
                     (m == Mode::String || m == Mode::TripleString || m == Mode::LongBracket));
}

void SourceCounter::endLine()
{
    ++m_lines;
    if (!m_nonBlank)
        ++m_blanks;
    else if (m_hasCode || !m_hasComment)
        ++m_code;
    else
        ++m_comments;
    m_hasCode = m_hasComment = m_nonBlank = false;
    if (m_mode == Mode::LineComment) setMode(Mode::Normal);
    // A string ends at the end of its line unless the newline was escaped.
    if (m_mode == Mode::String && !m_escape) setMode(Mode::Normal);
    m_escape = false;
    if (m_eolWork) lineEndRules();
}

bool SourceCounter::tryOpenToken(const char *p, size_t i, size_t n, size_t &advance)
{
    const Language &l = *m_lang;
    if (m_tokenRules && tryRuleToken(p, i, n, advance)) return true;
    for (int b = 0; b < 2; ++b) {
        if (startsWith(p, i, n, l.blockComments[b].open)) {
            setMode(Mode::Block);
            m_block = b;
            m_depth = 1;
            m_hasComment = true;
            advance = l.blockComments[b].open.size();
            return true;
        }
    }
    for (auto t : l.lineComments) {
        if (!startsWith(p, i, n, t)) continue;
        const unsigned char before = i > 0 ? static_cast<unsigned char>(p[i - 1]) : m_last;
        if (l.hashNeedsBoundary && t == "#" && !isSpace(before)) continue;
        setMode(Mode::LineComment);
        m_hasComment = true;
        advance = t.size();
        return true;
    }
    const char c = p[i];
    if (l.quotes.find(c) != std::string_view::npos) {
        if (m_docPending) {
            // Python: the string statement that opens a module, class or
            // function body is its docstring, a comment (a prefix such as r
            // before it was taken for code).
            m_docPending = false;
            m_stringIsComment = true;
            m_hasCode = false;
            m_hasComment = true;
        } else {
            m_hasCode = true;
        }
        m_quote = c;
        if (l.tripleQuotes && i + 2 < n && p[i + 1] == c && p[i + 2] == c) {
            setMode(Mode::TripleString);
            advance = 3;
        } else {
            setMode(Mode::String);
            advance = 1;
        }
        return true;
    }
    return false;
}

void SourceCounter::scanBlock(const char *p, size_t &i, size_t n)
{
    const Language::Block &blk = m_lang->blockComments[m_block];
    if (startsWith(p, i, n, blk.close)) {
        if (--m_depth == 0) setMode(Mode::Normal);
        i += blk.close.size() - 1;
    } else if (m_lang->nestedBlocks && startsWith(p, i, n, blk.open)) {
        ++m_depth;
        i += blk.open.size() - 1;
    }
}

// The rare bytes that may change the mode. `i` may advance past a token;
// tokens hold no white space, so they extend the current word.
void SourceCounter::special(const char *p, size_t &i, size_t n)
{
    const unsigned char c = static_cast<unsigned char>(p[i]);
    switch (m_mode) {
    case Mode::Normal: {
        size_t advance = 0;
        if (tryOpenToken(p, i, n, advance))
            i += advance - 1;
        else
            m_hasCode = true;
        break;
    }
    case Mode::LineComment:
        break;
    case Mode::Block:
        m_hasComment = true;
        scanBlock(p, i, n);
        break;
    case Mode::String:
        (m_commentMode ? m_hasComment : m_hasCode) = true;
        if (m_escape)
            m_escape = false;
        else if (c == '\\')
            m_escape = true;
        else if (c == static_cast<unsigned char>(m_quote))
            setMode(Mode::Normal);
        break;
    case Mode::TripleString:
        (m_commentMode ? m_hasComment : m_hasCode) = true;
        if (m_escape) {
            m_escape = false;
        } else if (c == '\\') {
            m_escape = true;
        } else if (c == static_cast<unsigned char>(m_quote) && i + 2 < n && p[i + 1] == m_quote &&
                   p[i + 2] == m_quote) {
            setMode(Mode::Normal);
            i += 2;
        }
        break;
    case Mode::LongBracket:
        (m_commentMode ? m_hasComment : m_hasCode) = true;
        if (SyntaxScan::longBracketClose(p, i, n, m_level)) {
            i += size_t(m_level) + 1;
            setMode(Mode::Normal);
        }
        break;
    case Mode::Doc:
    case Mode::Heredoc:
        break;
    }
}

// Bytes up to the next newline or special byte: words and blank-or-not,
// no mode change (QuietScan). Returns the index of that byte.
size_t SourceCounter::quietRun(const unsigned char *u, size_t i, size_t n)
{
    QuietScan::Run run;
    const size_t end = m_quiet->scan(u, i, n, m_inWord, run);
    if (end == i) return end;
    m_words += run.words;
    m_escape = false; // an escape covers exactly the next byte
    if (run.nonSpace) {
        m_nonBlank = true;
        (m_commentMode ? m_hasComment : m_hasCode) = true;
    }
    return end;
}

void SourceCounter::feed(const char *p, size_t n)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    // The hot loop: quiet runs in bulk, then the one byte that may change
    // something (a newline or a mode's special byte).
    size_t i = 0;
    if (m_lineHook && !m_openLine && n > 0) lineStart(p, 0, n);
    while (i < n) {
        i = quietRun(u, i, n);
        if (i >= n) break;
        if (m_class[u[i]] == Newline) {
            m_inWord = false;
            endLine();
            if (m_lineHook && i + 1 < n) lineStart(p, i + 1, n);
        } else {
            m_words += !m_inWord;
            m_inWord = true;
            m_nonBlank = true;
            special(p, i, n);
        }
        ++i;
    }
    if (n > 0) {
        m_last = u[n - 1];
        m_openLine = m_last != '\n';
    }
}

void SourceCounter::finish()
{
    if (m_openLine) endLine();
    m_openLine = false;
}

} // namespace wm
