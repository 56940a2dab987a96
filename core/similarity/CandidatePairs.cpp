// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CandidatePairs.h"

#include "ParallelChunks.h"
#include "concurrency/CancelToken.h"

#include <QThreadPool>
#include <algorithm>
#include <xxhash.h>

namespace wm {
namespace {

void bucketBand(const std::vector<quint32> &signatures, qsizetype count, int stride, int band,
                int rows, std::vector<quint64> &out)
{
    std::vector<std::pair<quint64, quint32>> keys(static_cast<size_t>(count));
    for (qsizetype d = 0; d < count; ++d) {
        const quint32 *row = signatures.data() + size_t(d) * size_t(stride) + size_t(band * rows);
        keys[size_t(d)] = {XXH3_64bits(row, size_t(rows) * sizeof(quint32)), quint32(d)};
    }
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j].first == keys[i].first)
            ++j;
        // Documents within a bucket are ascending (the sort's second key).
        for (size_t x = i; x < j; ++x)
            for (size_t y = x + 1; y < j; ++y)
                out.push_back((quint64(keys[x].second) << 32) | keys[y].second);
        i = j;
    }
}

} // namespace

std::vector<quint64> CandidatePairs::find(const std::vector<quint32> &signatures, qsizetype count,
                                          int stride, LshParameters lsh, QThreadPool &pool,
                                          const CancelToken *cancel)
{
    std::vector<std::vector<quint64>> perBand(size_t(std::max(0, lsh.bands)));
    const bool finished = ParallelChunks::run(
        pool, lsh.bands, 1,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype b = begin; b < end; ++b)
                bucketBand(signatures, count, stride, int(b), lsh.rows, perBand[size_t(b)]);
        },
        cancel, {}, 100);
    if (!finished) return {};
    size_t total = 0;
    for (const auto &v : perBand)
        total += v.size();
    std::vector<quint64> pairs;
    pairs.reserve(total);
    for (auto &v : perBand) {
        pairs.insert(pairs.end(), v.begin(), v.end());
        std::vector<quint64>().swap(v);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace wm
