// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QStringView>
#include <concepts>

namespace wm {

// Writes JSON text byte for byte as QJsonDocument::toJson(Indented) would
// write the same document, without building it: no QJsonObject, no
// QCborValue per member, no second pass to serialise. (For `wm search
// --json`, a short process: building and serialising the document was one
// instruction in seven of the whole process.)
//
// Qt's format, kept here: four spaces per level; "key": value; members and
// elements one per line; an empty array or object still opens a line
// ("[\n" then the closing indent and "]"); strings escaped as Qt escapes
// them; numbers as Qt prints a double; the document ends with "\n".
// QJsonObject sorts its keys: callers write members in that order (byte
// order of the keys, which are ASCII).
class IndentedJson
{
public:
    IndentedJson();

    void beginObject(); // a value: the document, a member or an element
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void value(QStringView text);
    // (Without it a string literal would convert to bool.)
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(double number);
    // Integers as Qt writes them (it prints them through double, which is
    // exact below 2^53: larger ones go that way too).
    void value(std::integral auto number)
    {
        if (number < (qint64(1) << 53) && number > -(qint64(1) << 53))
            integer(qint64(number));
        else
            value(double(number));
    }
    void value(bool b);
    void null();

    // The text so far; whole once the outermost value is closed.
    [[nodiscard]] const QByteArray &text() const { return m_out; }

private:
    void integer(qint64 number);
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent();

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;     // no member or element yet at this depth
    bool m_afterKey = false; // the value of a member comes next
};

} // namespace wm
