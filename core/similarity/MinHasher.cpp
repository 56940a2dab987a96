// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MinHasher.h"

#include <algorithm>

namespace wm {
namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

MinHasher::MinHasher(int hashes, quint64 seed)
{
    quint64 state = seed;
    for (int i = 0; i < std::max(1, hashes); ++i) {
        m_a.push_back(splitmix64(state) | 1);
        m_b.push_back(splitmix64(state));
    }
}

void MinHasher::signature(const std::vector<quint64> &set, quint32 *out) const
{
    const size_t n = m_a.size();
    std::fill(out, out + n, 0xffffffffU);
    const quint64 *a = m_a.data();
    const quint64 *b = m_b.data();
    for (quint64 h : set) {
        const quint64 x = quint32(h ^ (h >> 32));
        // The inner loop has no dependency between i: the compiler
        // vectorises the 32x64 multiplies.
        for (size_t i = 0; i < n; ++i) {
            const quint32 v = quint32((a[i] * x + b[i]) >> 32);
            out[i] = std::min(out[i], v);
        }
    }
}

} // namespace wm
