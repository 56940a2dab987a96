// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TextDiff.h"

#include <QStringView>
#include <algorithm>

namespace wm::ui {
namespace {

using Token = TextDiff::Token;
using Tokens = std::vector<Token>;

QStringView view(const QString &text, const Token &t)
{
    return QStringView(text).mid(t.start, t.length);
}

// Appends token `t` to `ranges`, joined with the previous range when they touch.
void mark(std::vector<TextDiff::Range> &ranges, const Token &t, int &words)
{
    words += t.word ? 1 : 0;
    if (!ranges.empty() && ranges.back().start + ranges.back().length == t.start)
        ranges.back().length += t.length;
    else
        ranges.push_back({t.start, t.length});
}

// LCS of a[ab, ae) and b[bb, be) by dynamic programming; marks what is not in it.
void lcsMark(const QString &l, const Tokens &a, size_t ab, size_t ae, const QString &r,
             const Tokens &b, size_t bb, size_t be, TextDiff::Result &out)
{
    const size_t n = ae - ab, m = be - bb;
    // len[i][j]: LCS of a[ab+i..) and b[bb+j..); the caps keep it within 32 bits.
    std::vector<quint32> len((n + 1) * (m + 1), 0);
    const auto at = [&](size_t i, size_t j) -> quint32 & { return len[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            at(i, j) = view(l, a[ab + i]) == view(r, b[bb + j])
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (view(l, a[ab + i]) == view(r, b[bb + j])) {
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            mark(out.removed, a[ab + i++], out.removedWords);
        } else {
            mark(out.added, b[bb + j++], out.addedWords);
        }
    }
    for (; i < n; ++i)
        mark(out.removed, a[ab + i], out.removedWords);
    for (; j < m; ++j)
        mark(out.added, b[bb + j], out.addedWords);
}

bool diffTokens(const QString &l, const Tokens &a, const QString &r, const Tokens &b,
                TextDiff::Result &out)
{
    size_t pre = 0;
    while (pre < a.size() && pre < b.size() && view(l, a[pre]) == view(r, b[pre]))
        ++pre;
    size_t ea = a.size(), eb = b.size();
    while (ea > pre && eb > pre && view(l, a[ea - 1]) == view(r, b[eb - 1])) {
        --ea;
        --eb;
    }
    if (qint64(ea - pre + 1) * qint64(eb - pre + 1) > TextDiff::maxCells) return false;
    lcsMark(l, a, pre, ea, r, b, pre, eb, out);
    return true;
}

Tokens split(const QString &text, bool lines)
{
    Tokens tokens;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const int start = i;
        const QChar c = text.at(i);
        bool word = false;
        if (lines) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
            if (i < n) ++i;
            word = true;
        } else if (c.isLetterOrNumber()) {
            while (i < n && text.at(i).isLetterOrNumber())
                ++i;
            word = true;
        } else if (c.isSpace()) {
            while (i < n && text.at(i).isSpace())
                ++i;
        } else {
            i += c.isHighSurrogate() && i + 1 < n ? 2 : 1;
        }
        tokens.push_back({start, i - start, word});
    }
    return tokens;
}

} // namespace

std::vector<Token> TextDiff::wordTokens(const QString &text)
{
    return split(text, false);
}

std::vector<Token> TextDiff::lineTokens(const QString &text)
{
    return split(text, true);
}

TextDiff::Result TextDiff::compare(const QString &left, const QString &right)
{
    Result out;
    if (diffTokens(left, wordTokens(left), right, wordTokens(right), out)) return out;
    out = {};
    out.coarse = true;
    if (diffTokens(left, lineTokens(left), right, lineTokens(right), out)) return out;
    // Too different to align even by lines: everything between the common
    // prefix and suffix of the texts is one change.
    out = {};
    out.coarse = true;
    int pre = 0;
    const int n = int(std::min(left.size(), right.size()));
    while (pre < n && left.at(pre) == right.at(pre))
        ++pre;
    int suf = 0;
    while (suf < n - pre && left.at(left.size() - 1 - suf) == right.at(right.size() - 1 - suf))
        ++suf;
    if (left.size() - pre - suf > 0) out.removed.push_back({pre, int(left.size()) - pre - suf});
    if (right.size() - pre - suf > 0) out.added.push_back({pre, int(right.size()) - pre - suf});
    out.removedWords = out.removed.empty() ? 0 : 1;
    out.addedWords = out.added.empty() ? 0 : 1;
    return out;
}

} // namespace wm::ui
