// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <numeric>
#include <vector>

namespace wm {

// Disjoint sets over 0..n-1 (union by size, path halving): groups verified
// pairs into clusters.
class UnionFind
{
public:
    explicit UnionFind(qsizetype n) : m_parent(size_t(n)), m_size(size_t(n), 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), qsizetype(0));
    }

    qsizetype find(qsizetype x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }

    void unite(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (m_size[size_t(a)] < m_size[size_t(b)]) std::swap(a, b);
        m_parent[size_t(b)] = a;
        m_size[size_t(a)] += m_size[size_t(b)];
    }

private:
    std::vector<qsizetype> m_parent;
    std::vector<qsizetype> m_size;
};

} // namespace wm
