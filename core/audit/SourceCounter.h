#pragma once

#include <QtGlobal>
#include <cstddef>

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
//    code otherwise; comment markers inside string literals are code.
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
        TripleString
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
    static constexpr int modeCount = 5;

    void setMode(Mode m);
    void special(const char *p, size_t &i, size_t n);

    void endLine();
    bool tryOpenToken(const char *p, size_t i, size_t n, size_t &advance);
    void scanBlock(const char *p, size_t &i, size_t n);

    const Language *m_lang;
    unsigned char m_classes[modeCount][256] = {};
    const unsigned char *m_class = nullptr; // m_classes[current mode]

    Mode m_mode = Mode::Normal;
    int m_block = 0;
    int m_depth = 0;
    char m_quote = 0;
    bool m_escape = false;
    bool m_inWord = false;
    bool m_hasCode = false;
    bool m_hasComment = false;
    bool m_nonBlank = false;
    bool m_openLine = false;     // bytes seen since the last newline
    unsigned char m_last = '\n'; // last byte of the previous piece

    qint64 m_lines = 0;
    qint64 m_words = 0;
    qint64 m_code = 0;
    qint64 m_comments = 0;
    qint64 m_blanks = 0;
};

} // namespace wm
