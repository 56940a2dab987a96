// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <sqlite3.h>
#include <vector>

namespace wm {

class DocLengths;

// A token range of one hit: [first, last] token positions in its column.
struct TokenHit
{
    int first = 0;
    int last = 0;
};

// One row of the best page, with where the query hit it.
struct RankedRow
{
    double score = 0; // lower is better, as bm25()
    qint64 rowid = 0;
    std::vector<TokenHit> content; // hits in the text, by first token
    std::vector<TokenHit> title;   // hits in the title, by first token
};

// What wm_rank fills as FTS5 walks the matches once: the number of rows
// and the best `keep` of them (by score, then rowid, as a sort of all rows
// would order them) with their hit positions. The page's snippets are then
// made without evaluating the query again, which for a prefix means
// merging the lists of all the words it stands for once more.
class RankCollector
{
public:
    // `lengths`, when given, answers length(): row by row, or all at once
    // once its owner has read `loadAfter` rows one by one, over all its
    // queries (-1: half the documents; DocLengths).
    explicit RankCollector(size_t keep, DocLengths *lengths = nullptr, qint64 loadAfter = -1)
        : m_keep(keep), m_lengths(lengths), m_loadAfter(loadAfter)
    {
    }

    // Whether a row scoring `best` at the most (lower is better) would be
    // left out of a full page: it then needs no exact score, only count().
    [[nodiscard]] bool cannotEnter(double best, qint64 rowid) const
    {
        return m_keep == 0 || (m_heap.size() >= m_keep && !beats(best, rowid, m_heap.front()));
    }
    void count() { ++m_total; }

    // Called by wm_rank for each row, after scoring it.
    int offer(double score, const struct Fts5ExtensionApi *api, struct Fts5Context *ctx);

    // The length of the current row in tokens, -1 when FTS5 must be asked.
    // `documents`: how many the table holds.
    [[nodiscard]] int length(qint64 rowid, qint64 documents);

    [[nodiscard]] qint64 total() const { return m_total; }
    // The kept rows, best first.
    std::vector<RankedRow> takeSorted();

    // The pointer type name for sqlite3_bind_pointer.
    static constexpr const char *pointerType = "wm_rank_collector";

private:
    // The order of a sort of all rows: by score, then rowid.
    static bool beats(double score, qint64 rowid, const RankedRow &than)
    {
        return score < than.score || (score == than.score && rowid < than.rowid);
    }

    size_t m_keep;
    DocLengths *m_lengths;
    qint64 m_loadAfter;
    qint64 m_total = 0;
    std::vector<RankedRow> m_heap; // max-heap: the worst kept row on top
};

} // namespace wm
