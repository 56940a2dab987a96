// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndentedJson.h"

#include <QLocale>
#include <charconv>
#include <cmath>

namespace wm {
namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Writes at `d`, which has room for 6 bytes per code unit (the longest
// escape); returns the end.
char *escapeTo(char *d, QStringView s)
{
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *d++ = char(u);
                continue;
            }
            *d++ = '\\';
            switch (u) {
            case '"':
                *d++ = '"';
                break;
            case '\\':
                *d++ = '\\';
                break;
            case '\b':
                *d++ = 'b';
                break;
            case '\f':
                *d++ = 'f';
                break;
            case '\n':
                *d++ = 'n';
                break;
            case '\r':
                *d++ = 'r';
                break;
            case '\t':
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hexDigit(u >> 4);
                *d++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate is no UTF-8: Qt writes it as an escape.
            *d++ = '\\';
            *d++ = 'u';
            *d++ = hexDigit((u >> 12) & 0xf);
            *d++ = hexDigit((u >> 8) & 0xf);
            *d++ = hexDigit((u >> 4) & 0xf);
            *d++ = hexDigit(u & 0xf);
        }
    }
    return d;
}

// "text" (quotes included) at the end of `out`.
void appendQuoted(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + 2 + 6 * text.size());
    char *d = out.data() + at;
    *d++ = '"';
    d = escapeTo(d, text);
    *d++ = '"';
    out.resize(d - out.constData());
}

} // namespace

IndentedJson::IndentedJson()
{
    m_out.reserve(64 * 1024); // a page of results, without growing
}

void IndentedJson::indent()
{
    m_out.append(4 * m_depth, ' ');
}

// A member's value follows its key on the same line; an element starts a
// line of its own, after a comma when it is not the first.
void IndentedJson::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first) m_out += ",\n";
        indent();
    }
    m_first = false;
}

void IndentedJson::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_out += '\n';
    ++m_depth;
    m_first = true;
}

void IndentedJson::close(char bracket)
{
    if (!m_first) m_out += '\n';
    --m_depth;
    indent();
    m_out += bracket;
    m_first = false;
    if (m_depth == 0) m_out += '\n';
}

void IndentedJson::beginObject()
{
    open('{');
}

void IndentedJson::endObject()
{
    close('}');
}

void IndentedJson::beginArray()
{
    open('[');
}

void IndentedJson::endArray()
{
    close(']');
}

void IndentedJson::key(QStringView name)
{
    beforeValue();
    appendQuoted(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void IndentedJson::value(QStringView text)
{
    beforeValue();
    appendQuoted(m_out, text);
}

void IndentedJson::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null"; // as Qt: JSON has no infinity or NaN
        return;
    }
    // Qt prints a double that holds a whole number below 2^64 in fixed
    // notation, any other in the shortest form that reads back the same.
    const double magnitude = std::abs(number);
    const bool whole = magnitude < 18446744073709551616.0 && std::trunc(magnitude) == magnitude;
    m_out += QByteArray::number(number, whole ? 'f' : 'g', QLocale::FloatingPointShortest);
}

void IndentedJson::integer(qint64 number)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, end - digits);
}

void IndentedJson::value(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void IndentedJson::null()
{
    beforeValue();
    m_out += "null";
}

} // namespace wm
