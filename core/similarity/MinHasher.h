// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <vector>

namespace wm {

// MinHash signatures: value i of a set's signature is the minimum of
// h_i(x) = (a_i * x32 + b_i) >> 32 over its elements, where x32 folds the
// element's 64-bit hash to 32 bits and a_i, b_i are 64-bit random numbers
// drawn from the seed (multiply-shift hashing, Dietzfelbinger et al.). Two
// sets agree on value i with probability ~ their Jaccard similarity. The
// 32-bit fold only affects candidate proposal; verification uses the full
// 64-bit hashes.
class MinHasher
{
public:
    MinHasher(int hashes, quint64 seed);

    [[nodiscard]] int size() const { return int(m_a.size()); }
    // Writes size() values to `out`. An empty set gets all-ones values.
    void signature(const std::vector<quint64> &set, quint32 *out) const;

private:
    std::vector<quint64> m_a;
    std::vector<quint64> m_b;
};

} // namespace wm
