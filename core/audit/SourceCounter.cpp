// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SourceCounter.h"

#include "Language.h"
#include "SyntaxScan.h"

#include <cstring>

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

SourceCounter::SourceCounter(const Language *language) : m_lang(language)
{
    for (auto &table : m_classes) {
        for (int c = 0; c < 256; ++c)
            table[c] = c == '\n'                                ? Newline
                       : isSpace(static_cast<unsigned char>(c)) ? Space
                                                                : Ordinary;
    }
    if (m_lang) {
        const auto mark = [this](Mode m, char c) {
            m_classes[int(m)][static_cast<unsigned char>(c)] = Special;
        };
        for (auto t : m_lang->lineComments)
            if (!t.empty()) mark(Mode::Normal, t[0]);
        for (auto b : m_lang->blockComments) {
            if (b.open.empty()) continue;
            mark(Mode::Normal, b.open[0]);
            // In a comment only a closing (or, when nesting, an opening)
            // token matters; the block index is checked in special().
            mark(Mode::Block, b.close[0]);
            if (m_lang->nestedBlocks) mark(Mode::Block, b.open[0]);
        }
        for (char q : m_lang->quotes) {
            mark(Mode::Normal, q);
            mark(Mode::String, q);
            mark(Mode::TripleString, q);
        }
        mark(Mode::String, '\\');
        mark(Mode::TripleString, '\\');
        markRuleBytes();
    }
    setMode(Mode::Normal);
}

void SourceCounter::setMode(Mode m)
{
    m_mode = m;
    m_class = m_classes[int(m)];
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

void SourceCounter::feed(const char *p, size_t n)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    // The hot loop: bytes come in runs of one class (a word, the spaces
    // between words), so state is updated once per run and the run itself
    // costs one table look-up per byte.
    size_t i = 0;
    if (m_lineHook && !m_openLine && n > 0) lineStart(p, 0, n);
    while (i < n) {
        switch (m_class[u[i]]) {
        case Ordinary:
            m_words += !m_inWord;
            m_inWord = true;
            m_nonBlank = true;
            m_escape = false; // an escape covers exactly the next byte
            if (m_commentMode)
                m_hasComment = true;
            else
                m_hasCode = true;
            do {
                ++i;
            } while (i < n && m_class[u[i]] == Ordinary);
            continue;
        case Space:
            m_inWord = false;
            m_escape = false;
            do {
                ++i;
            } while (i < n && m_class[u[i]] == Space);
            continue;
        case Newline:
            m_inWord = false;
            endLine();
            if (m_lineHook && i + 1 < n) lineStart(p, i + 1, n);
            break;
        case Special:
            m_words += !m_inWord;
            m_inWord = true;
            m_nonBlank = true;
            special(p, i, n);
            break;
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

// ---- Language rules (Language::Rules) ----

void SourceCounter::markRuleBytes()
{
    using R = Language::Rules;
    const R r = m_lang->rules;
    m_tokenRules = r == R::JavaScript || r == R::Lua || r == R::Pascal || r == R::Shell;
    m_lineHook = r == R::Perl || r == R::Ruby || r == R::Python || r == R::Shell || r == R::Batch;
    m_expectDoc = r == R::Python; // a module may open with its docstring
    m_classes[int(Mode::LongBracket)][static_cast<unsigned char>(']')] = Special;
    if (r == R::Shell) m_classes[int(Mode::Normal)][static_cast<unsigned char>('<')] = Special;
    if (r == R::Lua) m_classes[int(Mode::Normal)][static_cast<unsigned char>('[')] = Special;
}

// Counts the words of bytes a token skips over (a regex literal may hold
// spaces), so words stay wc's.
void SourceCounter::countWords(const char *p, size_t from, size_t to)
{
    for (size_t k = from; k < to; ++k) {
        if (m_classes[0][static_cast<unsigned char>(p[k])] == Space) {
            m_inWord = false;
        } else {
            m_words += !m_inWord;
            m_inWord = true;
        }
    }
}

// Tokens only some languages have, tried before comment markers and quotes.
bool SourceCounter::tryRuleToken(const char *p, size_t i, size_t n, size_t &advance)
{
    using R = Language::Rules;
    const char c = p[i];
    switch (m_lang->rules) {
    case R::JavaScript:
        if (c == '/') {
            if (const size_t len = SyntaxScan::regexLiteral(p, i, n)) {
                m_hasCode = true;
                countWords(p, i + 1, i + len);
                advance = len;
                return true;
            }
        }
        return false;
    case R::Lua: {
        int level = 0;
        if (c == '-' && i + 2 < n && p[i + 1] == '-') {
            if (const size_t len = SyntaxScan::longBracketOpen(p, i + 2, n, level)) {
                m_stringIsComment = true;
                m_hasComment = true;
                advance = 2 + len;
            } else {
                return false; // a line comment
            }
        } else if (const size_t len = SyntaxScan::longBracketOpen(p, i, n, level)) {
            m_hasCode = true;
            advance = len;
        } else {
            return false;
        }
        m_level = level;
        setMode(Mode::LongBracket);
        return true;
    }
    case R::Pascal:
        // {$...} and (*$...*) are compiler directives: code.
        if ((c == '{' && i + 1 < n && p[i + 1] == '$') ||
            (c == '(' && i + 2 < n && p[i + 1] == '*' && p[i + 2] == '$')) {
            m_hasCode = true;
            advance = 1;
            return true;
        }
        return false;
    case R::Shell: {
        PendingHeredoc h;
        if (c != '<') return false;
        advance = SyntaxScan::heredoc(p, i, n, h.delimiter, h.stripTabs);
        if (advance == 0) return false;
        m_heredocs.push_back(std::move(h));
        m_eolWork = true;
        m_hasCode = true;
        return true;
    }
    default:
        return false;
    }
}

// Called with p[i] the first byte of a line, before the line is counted.
void SourceCounter::lineStart(const char *p, size_t i, size_t n)
{
    using R = Language::Rules;
    switch (m_lang->rules) {
    case R::Perl:
        // perlpod: a line starting with '=' and a letter where a statement
        // may start opens POD up to a line starting with =cut (that line is
        // POD too); __END__ and __DATA__ end the program text.
        if (m_mode == Mode::Normal) {
            if (SyntaxScan::isPerlEnd(p, i, n)) {
                setMode(Mode::Doc);
                m_docEndless = true;
            } else if (SyntaxScan::isPodCommand(p, i, n)) {
                setMode(Mode::Doc);
                m_leaveAtEol = m_eolWork = SyntaxScan::isWord(p, i, n, "=cut");
            }
        } else if (m_mode == Mode::Doc && !m_docEndless && SyntaxScan::isWord(p, i, n, "=cut")) {
            m_leaveAtEol = m_eolWork = true;
        }
        break;
    case R::Ruby:
        if (m_mode == Mode::Normal && SyntaxScan::isRubyMarker(p, i, n, "=begin"))
            setMode(Mode::Doc);
        else if (m_mode == Mode::Doc && SyntaxScan::isRubyMarker(p, i, n, "=end"))
            m_leaveAtEol = m_eolWork = true;
        break;
    case R::Batch:
        if (m_mode == Mode::Normal && SyntaxScan::isBatchComment(p, i, n))
            setMode(Mode::LineComment);
        break;
    case R::Shell:
        if (m_mode == Mode::Heredoc && !m_heredocs.empty() &&
            SyntaxScan::isHeredocEnd(p, i, n, m_heredocs.front().delimiter,
                                     m_heredocs.front().stripTabs)) {
            m_heredocs.erase(m_heredocs.begin());
            m_leaveAtEol = m_eolWork = m_heredocs.empty();
        }
        break;
    case R::Python:
        if (m_mode == Mode::Normal) pythonLineStart(p, i, n);
        break;
    default:
        break;
    }
}

// A docstring is the first statement of a module or of a def/class body
// (Python's ast: Expr(Constant str) first in the body). Blank and comment
// lines before it keep the wait; a header's body starts after its line
// ending with ':' outside brackets.
void SourceCounter::pythonLineStart(const char *p, size_t i, size_t n)
{
    const size_t j = SyntaxScan::skipBlanks(p, i, n);
    if (j >= n) return;
    const char c = p[j];
    if (m_expectDoc && c != '\n' && c != '#') {
        m_expectDoc = false;
        m_docPending = m_eolWork = SyntaxScan::startsStrLiteral(p, j, n);
    }
    // Most lines start with another letter: no word comparison for them.
    if (m_headerOpen ||
        ((c == 'd' || c == 'c' || c == 'a') && SyntaxScan::startsPythonHeader(p, j, n))) {
        bool colon = false;
        m_headerOpen = SyntaxScan::scanPythonHeaderLine(p, i, n, m_headerDepth, colon);
        if (colon) m_expectDoc = true;
    }
}

void SourceCounter::lineEndRules()
{
    m_eolWork = false;
    m_docPending = false;
    if (m_leaveAtEol) {
        m_leaveAtEol = false;
        setMode(Mode::Normal);
    }
    // A heredoc's body starts on the line after its operator.
    if (!m_heredocs.empty() && m_mode == Mode::Normal) setMode(Mode::Heredoc);
}

} // namespace wm
