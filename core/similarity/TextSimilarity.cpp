// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TextSimilarity.h"

#include <cmath>

namespace wm {

double TextSimilarity::jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() && b.empty()) return 1.0;
    if (a.empty() || b.empty()) return 0.0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

double TextSimilarity::cosine(const TextFeatures &a, const TextFeatures &b)
{
    const auto &x = a.termFrequencies;
    const auto &y = b.termFrequencies;
    if (x.empty() && y.empty()) return 1.0;
    if (x.empty() || y.empty()) return 0.0;
    double dot = 0, nx = 0, ny = 0;
    for (const auto &[h, c] : x)
        nx += double(c) * double(c);
    for (const auto &[h, c] : y)
        ny += double(c) * double(c);
    size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i].first < y[j].first) {
            ++i;
        } else if (y[j].first < x[i].first) {
            ++j;
        } else {
            dot += double(x[i].second) * double(y[j].second);
            ++i;
            ++j;
        }
    }
    // Identical vectors must give exactly 1, not 0.9999999999999998.
    if (x == y) return 1.0;
    return std::min(1.0, dot / (std::sqrt(nx) * std::sqrt(ny)));
}

SimilarityScores TextSimilarity::scores(const TextFeatures &a, const TextFeatures &b)
{
    return {jaccard(a.words, b.words), jaccard(a.shingles, b.shingles), cosine(a, b)};
}

double TextSimilarity::wordJaccard(QStringView a, QStringView b, const NormalizeOptions &options)
{
    return jaccard(TextFeatures::from(a, 1, options).words,
                   TextFeatures::from(b, 1, options).words);
}

double TextSimilarity::shingleJaccard(QStringView a, QStringView b, int shingleSize,
                                      const NormalizeOptions &options)
{
    return jaccard(TextFeatures::from(a, shingleSize, options).shingles,
                   TextFeatures::from(b, shingleSize, options).shingles);
}

double TextSimilarity::cosine(QStringView a, QStringView b, const NormalizeOptions &options)
{
    return cosine(TextFeatures::from(a, 1, options), TextFeatures::from(b, 1, options));
}

SimilarityScores TextSimilarity::scores(QStringView a, QStringView b, int shingleSize,
                                        const NormalizeOptions &options)
{
    return scores(TextFeatures::from(a, shingleSize, options),
                  TextFeatures::from(b, shingleSize, options));
}

} // namespace wm
