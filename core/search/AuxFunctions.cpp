// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuxFunctions.h"

#include "Fts5Api.h"
#include "RankCollector.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

namespace wm {
namespace {

// ---- wm_rank ---------------------------------------------------------------

struct RankData
{
    std::vector<double> idf;
    std::vector<double> freq;
    double avgdl = 1;
    sqlite3_int64 rows = 0; // documents in the table
    // The call's arguments, the same for every row of a query: read once.
    bool argumentsRead = false;
    RankCollector *collector = nullptr;
    int ncols = 0;
    double weights[16] = {};
};

// The collector (or NULL) is the first argument, the column weights follow.
void readArguments(const Fts5ExtensionApi *api, Fts5Context *ctx, RankData &d, int nVal,
                   sqlite3_value **vals)
{
    d.collector = nVal > 0 ? static_cast<RankCollector *>(
                                 sqlite3_value_pointer(vals[0], RankCollector::pointerType))
                           : nullptr;
    d.ncols = std::min(api->xColumnCount(ctx), 16);
    for (int c = 0; c < d.ncols; ++c)
        d.weights[c] = c + 1 < nVal ? sqlite3_value_double(vals[c + 1]) : 1.0;
    d.argumentsRead = true;
}

int countRows(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    ++*static_cast<sqlite3_int64 *>(user);
    return SQLITE_OK;
}

RankData *rankData(const Fts5ExtensionApi *api, Fts5Context *ctx, int *rc)
{
    if (auto *d = static_cast<RankData *>(api->xGetAuxdata(ctx, 0))) return d;
    auto data = std::make_unique<RankData>();
    const int phrases = api->xPhraseCount(ctx);
    data->idf.assign(size_t(phrases), 1.0);
    data->freq.assign(size_t(phrases), 0.0);
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(ctx, &rows);
    if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(ctx, -1, &tokens);
    if (*rc != SQLITE_OK) return nullptr;
    data->avgdl = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    data->rows = rows;
    // With one phrase the IDF multiplies every score alike: skip the scan.
    for (int i = 0; phrases > 1 && i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(ctx, i, &hits, countRows);
        if (*rc != SQLITE_OK) return nullptr;
        // The same IDF as FTS5's bm25(), floored so a very common phrase
        // still counts a little.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        data->idf[size_t(i)] = idf <= 0.0 ? 1e-6 : idf;
    }
    return AuxFunctions::storeAuxdata(api, ctx, std::move(data), rc);
}

// bm25's term for one phrase: the same operations in the same order for a
// row's score and for its bound (rounding is monotonic, so a shorter
// length never gives a lower value).
double bm25Sum(const RankData &d, double length)
{
    constexpr double k1 = 1.2, b = 0.75;
    const double norm = k1 * (1.0 - b + b * length / d.avgdl);
    double score = 0;
    for (size_t p = 0; p < d.freq.size(); ++p) {
        const double f = d.freq[p];
        if (f > 0) score += d.idf[p] * (f * (k1 + 1.0)) / (f + norm);
    }
    return score;
}

// Fills d.freq with each phrase's weighted hit count in this row; returns
// a lower bound of the row's length: every column is at least as long as
// its last hit reaches.
int countHits(const Fts5ExtensionApi *api, Fts5Context *ctx, RankData &d, const double *weights,
              int ncols, int *rc)
{
    int reach[16] = {};
    for (size_t p = 0; p < d.freq.size(); ++p) {
        double f = 0;
        const int size = std::max(1, api->xPhraseSize(ctx, int(p)));
        Fts5PhraseIter it;
        int col = -1, off = -1;
        if ((*rc = api->xPhraseFirst(ctx, int(p), &it, &col, &off)) != SQLITE_OK) return 0;
        for (; col >= 0; api->xPhraseNext(ctx, &it, &col, &off)) {
            f += col < ncols ? weights[col] : 1.0;
            if (col < 16) reach[col] = std::max(reach[col], off + size);
        }
        d.freq[p] = f;
    }
    qint64 least = 0;
    for (int c = 0; c < 16; ++c)
        least += reach[c];
    return int(std::min<qint64>(least, INT_MAX));
}

void wmRank(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_context *out, int nVal,
            sqlite3_value **vals)
{
    int rc = SQLITE_OK;
    RankData *d = rankData(api, ctx, &rc);
    if (d == nullptr) {
        sqlite3_result_error_code(out, rc == SQLITE_OK ? SQLITE_ERROR : rc);
        return;
    }
    if (!d->argumentsRead) readArguments(api, ctx, *d, nVal, vals);
    RankCollector *const collector = d->collector;
    const int least = countHits(api, ctx, *d, d->weights, d->ncols, &rc);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(out, rc);
        return;
    }
    // A row that cannot make the page even at the shortest length its hits
    // allow is only counted: its length (a lookup per row) is not needed.
    // Its result is then that bound, not its score.
    if (collector) {
        const double bound = -bm25Sum(*d, double(least));
        if (collector->cannotEnter(bound, api->xRowid(ctx))) {
            collector->count();
            sqlite3_result_double(out, bound);
            return;
        }
    }
    int length = collector ? collector->length(api->xRowid(ctx), d->rows) : -1;
    if (length < 0 && (rc = api->xColumnSize(ctx, -1, &length)) != SQLITE_OK) {
        sqlite3_result_error_code(out, rc);
        return;
    }
    const double score = bm25Sum(*d, double(length));
    if (collector && (rc = collector->offer(-score, api, ctx)) != SQLITE_OK) {
        sqlite3_result_error_code(out, rc);
        return;
    }
    sqlite3_result_double(out, -score);
}

// ---- shared -----------------------------------------------------------------

struct Hit
{
    int first; // token index of its first and last token
    int last;
    int begin = -1; // byte range, once tokenized
    int end = -1;
};

template <typename T> void put(std::string &out, T v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

// ---- wm_offsets ------------------------------------------------------------

struct OffsetWalk
{
    int index = -1;
    size_t next = 0; // the first hit not yet closed
    std::vector<Hit> *hits = nullptr;
};

int onOffsetToken(void *user, int flags, const char *, int, int begin, int end)
{
    auto *w = static_cast<OffsetWalk *>(user);
    if (!(flags & FTS5_TOKEN_COLOCATED)) ++w->index;
    const int t = w->index;
    std::vector<Hit> &hits = *w->hits;
    // Hits are sorted by first token; a phrase's hits may overlap.
    for (size_t i = w->next; i < hits.size() && hits[i].first <= t; ++i) {
        if (t == hits[i].first && hits[i].begin < 0) hits[i].begin = begin;
        if (t == hits[i].last) hits[i].end = end;
    }
    while (w->next < hits.size() && hits[w->next].last <= t)
        ++w->next;
    return w->next < hits.size() ? SQLITE_OK : SQLITE_DONE;
}

// Every hit of the query in `column` as byte ranges, up to `maxBytes` of
// the text: the whole document's hits at the cost of one tokenizer pass
// (highlight() builds its result by repeated appends, quadratic in the
// size of a large file with many hits).
void wmOffsets(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_context *out, int nVal,
               sqlite3_value **vals)
{
    const int column = nVal > 0 ? sqlite3_value_int(vals[0]) : 0;
    const sqlite3_int64 maxBytes = nVal > 1 ? sqlite3_value_int64(vals[1]) : -1;
    const char *text = nullptr;
    int n = 0;
    int rc = api->xColumnText(ctx, column, &text, &n);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(out, rc);
        return;
    }
    if (text == nullptr) n = 0;
    if (maxBytes >= 0 && n > maxBytes) {
        n = int(maxBytes);
        while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
            --n; // a character boundary
    }
    std::vector<Hit> all;
    for (int p = 0, phrases = api->xPhraseCount(ctx); p < phrases; ++p) {
        const int size = std::max(1, api->xPhraseSize(ctx, p));
        Fts5PhraseIter it;
        int col = -1, off = -1;
        if ((rc = api->xPhraseFirst(ctx, p, &it, &col, &off)) != SQLITE_OK) {
            sqlite3_result_error_code(out, rc);
            return;
        }
        for (; col >= 0; api->xPhraseNext(ctx, &it, &col, &off))
            if (col == column) all.push_back({off, off + size - 1});
    }
    std::sort(all.begin(), all.end(), [](const Hit &x, const Hit &y) { return x.first < y.first; });
    OffsetWalk walk;
    walk.hits = &all;
    if (!all.empty()) rc = api->xTokenize(ctx, text, n, &walk, onOffsetToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(out, rc);
        return;
    }
    std::string blob;
    for (const Hit &h : all) {
        if (h.begin < 0 || h.end <= h.begin) continue; // beyond maxBytes
        put<std::int32_t>(blob, h.begin);
        put<std::int32_t>(blob, h.end);
    }
    sqlite3_result_blob64(out, blob.data(), blob.size(), SQLITE_TRANSIENT);
}

template <typename T> bool get(std::string_view &in, T &v)
{
    if (in.size() < sizeof v) return false;
    std::memcpy(&v, in.data(), sizeof v);
    in.remove_prefix(sizeof v);
    return true;
}

} // namespace

bool AuxFunctions::registerOn(sqlite3 *db, QString *error)
{
    fts5_api *api = Fts5Api::of(db);
    if (api == nullptr || api->iVersion < 2) {
        *error = QStringLiteral("this SQLite has no usable FTS5 extension API");
        return false;
    }
    if (api->xCreateFunction(api, "wm_rank", nullptr, wmRank, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, "wm_offsets", nullptr, wmOffsets, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot register the search functions: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

bool AuxFunctions::decodeOffsets(std::string_view blob, std::vector<std::pair<size_t, size_t>> &out)
{
    out.clear();
    while (!blob.empty()) {
        std::int32_t b = 0, e = 0;
        if (!get(blob, b) || !get(blob, e) || b < 0 || e < b) return false;
        out.emplace_back(size_t(b), size_t(e));
    }
    return true;
}

} // namespace wm
