// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// SourceCounter's per-language rules (Language::Rules): tokens only some
// languages have, and the work at line starts and line ends. The hot loop
// and the common comment/string rules are in SourceCounter.cpp.
#include "Language.h"
#include "SourceCounter.h"
#include "SyntaxScan.h"

namespace wm {

void SourceCounter::setRuleFlags()
{
    using R = Language::Rules;
    const R r = m_lang->rules;
    m_tokenRules = r == R::JavaScript || r == R::Lua || r == R::Pascal || r == R::Shell;
    m_lineHook = r == R::Perl || r == R::Ruby || r == R::Python || r == R::Shell || r == R::Batch;
    m_expectDoc = r == R::Python; // a module may open with its docstring
}

void SourceCounter::markRuleBytes(const Language &l, ByteTables &t)
{
    using R = Language::Rules;
    t.classes[int(Mode::LongBracket)][static_cast<unsigned char>(']')] = Special;
    if (l.rules == R::Shell)
        t.classes[int(Mode::Normal)][static_cast<unsigned char>('<')] = Special;
    if (l.rules == R::Lua) t.classes[int(Mode::Normal)][static_cast<unsigned char>('[')] = Special;
}

// Counts the words of bytes a token skips over (a regex literal may hold
// spaces), so words stay wc's.
void SourceCounter::countWords(const char *p, size_t from, size_t to)
{
    for (size_t k = from; k < to; ++k) {
        if (m_tables->classes[0][static_cast<unsigned char>(p[k])] == Space) {
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
