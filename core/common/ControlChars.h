// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// Names, summaries and snippets come from files anyone can write. Printed
// raw, an ESC sequence in a file name can rewrite the terminal (or a
// Markdown viewer's output), a newline can forge a line, a bidi override can
// reorder what is read. escapeControls makes such characters visible text:
// C0 controls, DEL and C1 controls as \xNN, bidi controls as \u{NNNN};
// everything else is unchanged.
[[nodiscard]] inline bool isUnsafeForDisplay(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

[[nodiscard]] inline QString escapeControls(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && !isUnsafeForDisplay(text[i].unicode()))
        ++i;
    if (i == text.size()) return text;
    QString out = text.left(i);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isUnsafeForDisplay(c))
            out += QChar(c);
        else if (c <= 0xFF)
            out += QStringLiteral("\\x%1").arg(unsigned(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(unsigned(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace wm
