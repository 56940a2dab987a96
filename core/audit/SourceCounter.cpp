#include "SourceCounter.h"

#include "Language.h"

#include <cstring>

namespace wm {
namespace {

constexpr bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

struct SpaceTable
{
    bool v[256] = {};
    constexpr SpaceTable()
    {
        for (int c = 0; c < 256; ++c) v[c] = isSpace(static_cast<unsigned char>(c));
    }
};
constexpr SpaceTable kSpace;

bool startsWith(const char *p, size_t i, size_t n, std::string_view token)
{
    return !token.empty() && i + token.size() <= n && std::memcmp(p + i, token.data(), token.size()) == 0;
}

} // namespace

SourceCounter::SourceCounter(const Language *language) : m_lang(language)
{
    if (!m_lang) return;
    for (auto t : m_lang->lineComments)
        if (!t.empty()) m_isStart[static_cast<unsigned char>(t[0])] = true;
    for (auto b : m_lang->blockComments)
        if (!b.open.empty()) m_isStart[static_cast<unsigned char>(b.open[0])] = true;
    for (char q : m_lang->quotes) m_isStart[static_cast<unsigned char>(q)] = true;
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
    m_hasCode = m_hasComment = m_nonBlank = m_openLine = false;
    if (m_mode == Mode::LineComment) m_mode = Mode::Normal;
    // A string ends at the end of its line unless the newline was escaped.
    if (m_mode == Mode::String && !m_escape) m_mode = Mode::Normal;
    m_escape = false;
}

bool SourceCounter::tryOpenToken(const char *p, size_t i, size_t n, size_t &advance)
{
    const Language &l = *m_lang;
    for (int b = 0; b < 2; ++b) {
        if (startsWith(p, i, n, l.blockComments[b].open)) {
            m_mode = Mode::Block;
            m_block = b;
            m_depth = 1;
            m_hasComment = true;
            advance = l.blockComments[b].open.size();
            return true;
        }
    }
    for (auto t : l.lineComments) {
        if (!startsWith(p, i, n, t)) continue;
        if (l.hashNeedsBoundary && t == "#" && !isSpace(m_prev)) continue;
        m_mode = Mode::LineComment;
        m_hasComment = true;
        advance = t.size();
        return true;
    }
    const char c = p[i];
    if (l.quotes.find(c) != std::string_view::npos) {
        m_hasCode = true;
        m_quote = c;
        if (l.tripleQuotes && i + 2 < n && p[i + 1] == c && p[i + 2] == c) {
            m_mode = Mode::TripleString;
            advance = 3;
        } else {
            m_mode = Mode::String;
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
        if (--m_depth == 0) m_mode = Mode::Normal;
        i += blk.close.size() - 1;
    } else if (m_lang->nestedBlocks && startsWith(p, i, n, blk.open)) {
        ++m_depth;
        i += blk.open.size() - 1;
    }
}

void SourceCounter::feed(const char *p, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        const bool space = kSpace.v[c];
        if (c == '\n') {
            if (m_inWord) m_inWord = false;
            endLine();
            m_prev = c;
            continue;
        }
        m_openLine = true;
        if (space) {
            m_inWord = false;
            m_prev = c;
            continue;
        }
        m_nonBlank = true;
        switch (m_mode) {
        case Mode::Normal: {
            size_t advance = 0;
            if (m_lang && m_isStart[c] && tryOpenToken(p, i, n, advance)) {
                i += advance - 1;
            } else {
                m_hasCode = true;
            }
            break;
        }
        case Mode::LineComment: break;
        case Mode::Block:
            m_hasComment = true;
            scanBlock(p, i, n);
            break;
        case Mode::String:
            m_hasCode = true;
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == static_cast<unsigned char>(m_quote))
                m_mode = Mode::Normal;
            break;
        case Mode::TripleString:
            m_hasCode = true;
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == static_cast<unsigned char>(m_quote) && i + 2 < n &&
                       p[i + 1] == m_quote && p[i + 2] == m_quote) {
                m_mode = Mode::Normal;
                i += 2;
            }
            break;
        }
        // Tokens consumed above contain no white space, so they belong to the
        // word this byte opened or continued.
        if (!m_inWord) {
            ++m_words;
            m_inWord = true;
        }
        m_prev = static_cast<unsigned char>(p[i]);
    }
}

void SourceCounter::finish()
{
    if (m_openLine) endLine();
}

} // namespace wm
