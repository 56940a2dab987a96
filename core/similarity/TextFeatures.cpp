// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TextFeatures.h"

#include "WordScanner.h"

#include <algorithm>
#include <xxhash.h>

namespace wm {
namespace {

quint64 wordHash(QStringView w)
{
    return XXH3_64bits(w.data(), size_t(w.size()) * sizeof(QChar));
}

void sortUnique(std::vector<quint64> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

TextFeatures fromHashes(std::vector<quint64> &&sequence, int shingleSize)
{
    TextFeatures f;
    f.wordCount = qint64(sequence.size());
    if (sequence.empty()) return f;
    const size_t k = size_t(std::max(1, shingleSize));
    const size_t n = sequence.size();
    // Shingles hash the word hashes in order, so "a b c" and "c b a" differ.
    if (n < k) {
        f.shingles.push_back(XXH3_64bits(sequence.data(), n * sizeof(quint64)));
    } else {
        f.shingles.reserve(n - k + 1);
        for (size_t i = 0; i + k <= n; ++i)
            f.shingles.push_back(XXH3_64bits(sequence.data() + i, k * sizeof(quint64)));
        sortUnique(f.shingles);
    }
    std::sort(sequence.begin(), sequence.end());
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && sequence[j] == sequence[i])
            ++j;
        f.words.push_back(sequence[i]);
        f.termFrequencies.emplace_back(sequence[i], quint32(j - i));
        i = j;
    }
    return f;
}

} // namespace

TextFeatures TextFeatures::from(QStringView text, int shingleSize, const NormalizeOptions &options)
{
    std::vector<quint64> sequence;
    sequence.reserve(size_t(text.size() / 6 + 1));
    WordScanner::scan(text, options, [&](QStringView w) { sequence.push_back(wordHash(w)); });
    return fromHashes(std::move(sequence), shingleSize);
}

TextFeatures TextFeatures::fromWords(const QStringList &foldedWords, int shingleSize)
{
    std::vector<quint64> sequence;
    sequence.reserve(size_t(foldedWords.size()));
    for (const QString &w : foldedWords)
        sequence.push_back(wordHash(w));
    return fromHashes(std::move(sequence), shingleSize);
}

} // namespace wm
