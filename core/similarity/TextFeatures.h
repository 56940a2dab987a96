// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TextNormalizer.h"

#include <QStringView>
#include <QtGlobal>
#include <utility>
#include <vector>

namespace wm {

// What the similarity measures need from one text, computed once: each word
// and each shingle (k consecutive words) as a 64-bit XXH3 hash. "Exact"
// similarities are exact over these hashes; two different words collide with
// probability 2^-64 per pair, far below anything a note store can show.
struct TextFeatures
{
    // Distinct words, ascending by hash.
    std::vector<quint64> words;
    // Term frequencies: (word hash, count), ascending by hash.
    std::vector<std::pair<quint64, quint32>> termFrequencies;
    // Distinct k-word shingles, ascending by hash. A text with fewer than k
    // (but at least one) words has a single shingle of all its words, so
    // short texts still compare; a text without words has none.
    std::vector<quint64> shingles;
    qint64 wordCount = 0; // words in the text, repeats included

    [[nodiscard]] bool isEmpty() const { return wordCount == 0; }

    [[nodiscard]] static TextFeatures from(QStringView text, int shingleSize = 3,
                                           const NormalizeOptions &options = {});
    [[nodiscard]] static TextFeatures fromWords(const QStringList &foldedWords,
                                                int shingleSize = 3);
};

} // namespace wm
