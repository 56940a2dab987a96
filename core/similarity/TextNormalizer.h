// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace wm {

struct NormalizeOptions
{
    // Drop common English function words ("the", "and", "of", ...; the list
    // is TextNormalizer::stopWords()) after case folding.
    bool dropStopWords = false;
};

// Turns text into the words every similarity measure compares:
//  1. Unicode NFKC (only when the text is not pure ASCII), so composed and
//     decomposed accents, full-width forms and ligatures compare equal;
//  2. Unicode case folding: QString::toCaseFolded (simple folding, "ΣΊΣΥΦΟΣ"
//     == "σίσυφος"), plus ß -> ss from full folding ("Straße" == "STRASSE");
//  3. words are maximal runs of letters, digits and combining marks; the
//     apostrophes ' and U+2019 inside a word are deleted ("don't" -> "dont");
//     every other character (punctuation, symbols, whitespace) separates words;
//  4. optionally, stop words dropped.
// Text with no letter or digit (empty, whitespace-only, punctuation-only)
// has no words.
class TextNormalizer
{
public:
    [[nodiscard]] static QStringList words(QStringView text, const NormalizeOptions &options = {});
    // The words joined by single spaces: two texts that differ only in case,
    // punctuation or spacing give the same string (paragraph comparison).
    [[nodiscard]] static QString normalized(QStringView text, const NormalizeOptions &options = {});
    // True for a case-folded word in the built-in English stop-word list.
    [[nodiscard]] static bool isStopWord(QStringView foldedWord);
    [[nodiscard]] static const QStringList &stopWords();
};

} // namespace wm
