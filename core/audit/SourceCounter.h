// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "QuietScan.h"

#include <QtGlobal>
#include <cstddef>
#include <string>
#include <vector>

namespace wm {

struct Language;

// Counts lines, words and code/comment/blank lines of one file, fed in
// pieces that each end at a newline (or at the end of the file), so a huge
// file streams through a small buffer.
//
// The rules, documented in the README:
//  - lines  = newline bytes, plus one for a final line without a newline;
//  - words  = maximal runs of bytes other than the six ASCII white-space
//             bytes (space, \t, \n, \v, \f, \r);
//  - a line is blank when it holds only white space (also inside a block
//    comment), comment when everything else on it belongs to comments, and
//    code otherwise; comment markers inside string literals are code;
//  - per-language rules (Language::Rules): Perl POD and __END__, Ruby
//    =begin/=end, Python docstrings as comments, shell heredoc bodies as
//    code, Batch rem as a command, JavaScript regex literals, Lua long
//    brackets, Pascal directives. They run at line starts or on bytes the
//    language marks special, never on the common per-byte path.
class SourceCounter
{
public:
    explicit SourceCounter(const Language *language);

    void feed(const char *data, size_t size);
    void finish();

    [[nodiscard]] qint64 lines() const { return m_lines; }
    [[nodiscard]] qint64 words() const { return m_words; }
    [[nodiscard]] qint64 code() const { return m_code; }
    [[nodiscard]] qint64 comments() const { return m_comments; }
    [[nodiscard]] qint64 blanks() const { return m_blanks; }

private:
    enum class Mode
    {
        Normal,
        LineComment,
        Block,
        String,
        TripleString,
        Doc,         // whole lines of documentation (POD, =begin, after __END__)
        LongBracket, // Lua [==[ ... ]==], a string or (after --) a comment
        Heredoc      // shell here-document body: code whatever it holds
    };
    // Byte classes for the hot loop; which bytes are Special depends on the
    // mode (token starts in code, the closing token in a comment, quotes and
    // backslashes in a string), so each mode has its own table.
    enum ByteClass : unsigned char
    {
        Ordinary,
        Space,
        Newline,
        Special
    };
    static constexpr int modeCount = 8;
    // Per language, built once per thread (byteTables()): the classes of
    // each mode and the quiet-run scanner for its special bytes.
    struct ByteTables
    {
        unsigned char classes[modeCount][256] = {};
        QuietScan quiet[modeCount];
    };
    static const ByteTables &byteTables(const Language *language);
    static void markBytes(const Language &l, ByteTables &t);
    static void markRuleBytes(const Language &l, ByteTables &t);

    void setMode(Mode m);
    void special(const char *p, size_t &i, size_t n);

    void endLine();
    bool tryOpenToken(const char *p, size_t i, size_t n, size_t &advance);
    void scanBlock(const char *p, size_t &i, size_t n);
    size_t quietRun(const unsigned char *u, size_t i, size_t n);
    // Language rules (SourceCounterRules.cpp).
    void setRuleFlags();
    bool tryRuleToken(const char *p, size_t i, size_t n, size_t &advance);
    void lineStart(const char *p, size_t i, size_t n);
    void pythonLineStart(const char *p, size_t i, size_t n);
    void lineEndRules();
    void countWords(const char *p, size_t from, size_t to);

    const Language *m_lang;
    const ByteTables *m_tables;
    const unsigned char *m_class = nullptr; // the current mode's classes
    const QuietScan *m_quiet = nullptr;     // the current mode's scanner

    Mode m_mode = Mode::Normal;
    int m_block = 0;
    int m_depth = 0;
    char m_quote = 0;
    bool m_escape = false;
    bool m_inWord = false;
    bool m_hasCode = false;
    bool m_hasComment = false;
    bool m_nonBlank = false;
    bool m_openLine = false;    // bytes seen since the last newline
    bool m_commentMode = false; // bytes of the current mode are comment, not code

    // Language rules' state.
    bool m_tokenRules = false;      // the language has tokens of its own (tryRuleToken)
    bool m_eolWork = false;         // lineEndRules() has something to do at this line's end
    bool m_lineHook = false;        // the language has rules at line starts
    bool m_stringIsComment = false; // the open string/long bracket is a docstring or comment
    bool m_leaveAtEol = false;      // the current line ends a Doc or Heredoc mode
    bool m_docEndless = false;      // Perl after __END__: no =cut ends it
    bool m_expectDoc = false;       // Python: the next statement may be a docstring
    bool m_docPending = false;      // Python: this line's first string is the docstring
    bool m_headerOpen = false;      // Python: a def/class header goes on
    int m_headerDepth = 0;          // Python: open brackets of that header
    int m_level = 0;                // Lua: the open long bracket's level
    struct PendingHeredoc
    {
        std::string delimiter;
        bool stripTabs = false;
    };
    std::vector<PendingHeredoc> m_heredocs; // shell: bodies still to come, in order
    unsigned char m_last = '\n';            // last byte of the previous piece

    qint64 m_lines = 0;
    qint64 m_words = 0;
    qint64 m_code = 0;
    qint64 m_comments = 0;
    qint64 m_blanks = 0;
};

} // namespace wm
