// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WordScanner.h"

#include <QChar>
#include <QString>

namespace wm {
namespace {

bool isAscii(QStringView s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80) return false;
    return true;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

// The code point at s[i] and its length in UTF-16 units (a lone surrogate
// counts as itself, which is not a word character).
char32_t codePointAt(QStringView s, qsizetype i, int &len)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        len = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    len = 1;
    return c.unicode();
}

} // namespace

void WordScanner::scan(QStringView text, const NormalizeOptions &options, const Visit &visit)
{
    // NFKC before folding: the order Unicode's NFKC_Casefold closure follows
    // closely enough for comparing prose. Pure ASCII needs neither step
    // except the folding, which for ASCII is toLower.
    QString folded;
    if (isAscii(text)) {
        folded = text.toString().toLower();
    } else {
        folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
        // Qt folds one character to one (simple folding): "ß" stays "ß" while
        // "SS" folds to "ss". ß (and ẞ, which folds to ß) is the one full
        // folding common in prose; the ligatures NFKC has already expanded.
        folded.replace(QChar(0x00DF), QLatin1String("ss"));
    }
    const QStringView s(folded);
    QString word;
    const auto emit = [&] {
        if (word.isEmpty()) return;
        if (!options.dropStopWords || !TextNormalizer::isStopWord(word)) visit(word);
        word.clear();
    };
    for (qsizetype i = 0; i < s.size();) {
        int len = 1;
        const char32_t c = codePointAt(s, i, len);
        if (isWordChar(c)) {
            word += s.mid(i, len);
        } else if (isApostrophe(c) && !word.isEmpty() && i + len < s.size()) {
            // Inside a word ("don't"): deleted; otherwise it separates.
            int nextLen = 1;
            if (!isWordChar(codePointAt(s, i + len, nextLen))) emit();
        } else {
            emit();
        }
        i += len;
    }
    emit();
}

} // namespace wm
