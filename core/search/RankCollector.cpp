// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "RankCollector.h"

#include "DocLengths.h"
#include "SearchSchema.h"

#include <algorithm>

namespace wm {
namespace {

bool better(const RankedRow &a, const RankedRow &b)
{
    return a.score < b.score || (a.score == b.score && a.rowid < b.rowid);
}

int collectHits(const Fts5ExtensionApi *api, Fts5Context *ctx, RankedRow &row)
{
    for (int p = 0, phrases = api->xPhraseCount(ctx); p < phrases; ++p) {
        const int size = std::max(1, api->xPhraseSize(ctx, p));
        Fts5PhraseIter it;
        int col = -1, off = -1;
        if (const int rc = api->xPhraseFirst(ctx, p, &it, &col, &off); rc != SQLITE_OK) return rc;
        for (; col >= 0; api->xPhraseNext(ctx, &it, &col, &off)) {
            if (col == SearchSchema::Content)
                row.content.push_back({off, off + size - 1});
            else if (col == SearchSchema::Title)
                row.title.push_back({off, off + size - 1});
        }
    }
    const auto byFirst = [](const TokenHit &x, const TokenHit &y) {
        return x.first < y.first || (x.first == y.first && x.last < y.last);
    };
    std::sort(row.content.begin(), row.content.end(), byFirst);
    std::sort(row.title.begin(), row.title.end(), byFirst);
    return SQLITE_OK;
}

} // namespace

int RankCollector::length(qint64 rowid, qint64 documents)
{
    if (m_lengths == nullptr) return -1;
    if (!m_lengths->isLoaded()) {
        const qint64 after = m_loadAfter >= 0 ? m_loadAfter : documents / 2;
        if (m_lengths->rowReads() >= after && !m_lengths->load()) {
            m_lengths = nullptr;
            return -1;
        }
    }
    return m_lengths->length(rowid);
}

int RankCollector::offer(double score, const Fts5ExtensionApi *api, Fts5Context *ctx)
{
    ++m_total;
    if (m_keep == 0) return SQLITE_OK;
    RankedRow row;
    row.score = score;
    row.rowid = api->xRowid(ctx);
    if (m_heap.size() >= m_keep && !better(row, m_heap.front())) return SQLITE_OK;
    if (const int rc = collectHits(api, ctx, row); rc != SQLITE_OK) return rc;
    if (m_heap.size() >= m_keep) {
        std::pop_heap(m_heap.begin(), m_heap.end(), better);
        m_heap.pop_back();
    }
    m_heap.push_back(std::move(row));
    std::push_heap(m_heap.begin(), m_heap.end(), better);
    return SQLITE_OK;
}

std::vector<RankedRow> RankCollector::takeSorted()
{
    std::vector<RankedRow> out = std::move(m_heap);
    m_heap.clear();
    std::sort(out.begin(), out.end(), better);
    return out;
}

} // namespace wm
