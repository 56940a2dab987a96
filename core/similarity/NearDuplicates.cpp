// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "NearDuplicates.h"

#include "CandidatePairs.h"
#include "ClusterBuilder.h"
#include "MinHasher.h"
#include "ParallelChunks.h"
#include "SimilarityLogging.h"
#include "TextSimilarity.h"
#include "concurrency/CancelToken.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <memory>
#include <numeric>
#include <xxhash.h>

namespace wm {
namespace {

using Phase = SimilarityProgress::Phase;

// The caller's pool, or one of our own sized by options.threads.
class PoolChoice
{
public:
    explicit PoolChoice(const SimilarityOptions &o)
    {
        if (o.pool) {
            m_pool = o.pool;
            return;
        }
        m_own = std::make_unique<QThreadPool>();
        m_own->setMaxThreadCount(o.threads > 0 ? o.threads
                                               : std::max(1, QThread::idealThreadCount()));
        m_own->setExpiryTimeout(-1);
        m_pool = m_own.get();
    }
    QThreadPool &pool() { return *m_pool; }

private:
    std::unique_ptr<QThreadPool> m_own;
    QThreadPool *m_pool = nullptr;
};

class Run
{
public:
    Run(const NearDuplicates::Prepared &in, const SimilarityOptions &o, QThreadPool &pool,
        const CancelToken *cancel, const NearDuplicates::Callbacks &cb)
        : m_in(in), m_o(o), m_pool(pool), m_cancel(cancel), m_cb(cb)
    {
    }

    NearDuplicateResult run();

private:
    const std::vector<quint64> &set(qsizetype doc) const
    {
        const TextFeatures &f = m_in.features[size_t(doc)];
        return m_o.measure == SimilarityMeasure::WordJaccard ? f.words : f.shingles;
    }
    void progress(Phase phase, qint64 done, qint64 total)
    {
        if (m_cb.onProgress)
            m_cb.onProgress({phase, done, total, m_stats.candidatePairs, m_stats.verifiedPairs});
    }
    bool runChunks(Phase phase, qsizetype count, qsizetype chunk, const ParallelChunks::Work &work)
    {
        return ParallelChunks::run(
            m_pool, count, chunk, work, m_cancel,
            [&](qsizetype done) { progress(phase, done, count); }, m_o.batchIntervalMs);
    }
    void exactDuplicates();
    bool signatures();
    bool verify(const std::vector<quint64> &candidates);

    const NearDuplicates::Prepared &m_in;
    const SimilarityOptions &m_o;
    QThreadPool &m_pool;
    const CancelToken *m_cancel;
    const NearDuplicates::Callbacks &m_cb;

    NearDuplicateStats m_stats;
    std::vector<ScoredPair> m_pairs;
    std::vector<qsizetype> m_reps; // representatives with words, ascending
    std::vector<quint32> m_signatures;
    int m_stride = 0;
};

// Groups identical documents by content hash; each group's lowest index is
// its representative and every other member is paired with it.
void Run::exactDuplicates()
{
    const qsizetype n = qsizetype(m_in.features.size());
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto &h = m_in.contentHashes;
    std::sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        return std::pair(h[size_t(x)], x) < std::pair(h[size_t(y)], y);
    });
    std::vector<char> isCopy(size_t(n), 0);
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i + 1;
        const qsizetype rep = order[size_t(i)];
        while (j < n && h[size_t(order[size_t(j)])] == h[size_t(rep)]) {
            const qsizetype doc = order[size_t(j)];
            if (!m_in.sameContent || m_in.sameContent(rep, doc)) {
                m_pairs.push_back({rep, doc, 1.0, true});
                isCopy[size_t(doc)] = 1;
            }
            ++j;
        }
        i = j;
    }
    for (qsizetype d = 0; d < n; ++d) {
        if (m_in.features[size_t(d)].isEmpty()) ++m_stats.emptyDocuments;
        if (isCopy[size_t(d)]) {
            ++m_stats.exactDuplicates;
        } else if (!m_in.features[size_t(d)].isEmpty()) {
            m_reps.push_back(d);
        }
    }
}

bool Run::signatures()
{
    m_stride = m_stats.lsh.bands * m_stats.lsh.rows;
    const MinHasher hasher(m_stride, m_o.seed);
    m_signatures.assign(m_reps.size() * size_t(m_stride), 0);
    return runChunks(Phase::Signatures, qsizetype(m_reps.size()), 256,
                     [&](qsizetype begin, qsizetype end) {
                         for (qsizetype k = begin; k < end; ++k)
                             hasher.signature(set(m_reps[size_t(k)]),
                                              m_signatures.data() + size_t(k) * size_t(m_stride));
                     });
}

bool Run::verify(const std::vector<quint64> &candidates)
{
    std::vector<double> score(candidates.size(), 0.0);
    const bool finished = runChunks(
        Phase::Verifying, qsizetype(candidates.size()), 1024, [&](qsizetype begin, qsizetype end) {
            for (qsizetype k = begin; k < end; ++k) {
                const quint64 c = candidates[size_t(k)];
                score[size_t(k)] = TextSimilarity::jaccard(set(m_reps[CandidatePairs::first(c)]),
                                                           set(m_reps[CandidatePairs::second(c)]));
            }
        });
    if (!finished) return false;
    for (size_t k = 0; k < candidates.size(); ++k) {
        // Only a verified score at or above the threshold is ever reported.
        if (score[k] < m_o.threshold) {
            ++m_stats.rejectedPairs;
            continue;
        }
        ++m_stats.verifiedPairs;
        m_pairs.push_back({m_reps[CandidatePairs::first(candidates[k])],
                           m_reps[CandidatePairs::second(candidates[k])], score[k], false});
    }
    return true;
}

NearDuplicateResult Run::run()
{
    QElapsedTimer wall;
    wall.start();
    NearDuplicateResult result;
    m_stats.documents = qint64(m_in.features.size());
    m_stats.lsh = (m_o.bands > 0 && m_o.rows > 0)
                      ? LshParameters{m_o.bands, m_o.rows}
                      : LshParameters::forThreshold(m_o.threshold, m_o.hashes);
    exactDuplicates();
    const auto cancelled = [&] {
        result.cancelled = true;
        result.stats = m_stats;
        return result;
    };
    if (isCancelled(m_cancel) || !signatures()) return cancelled();
    progress(Phase::Candidates, 0, m_stats.lsh.bands);
    const std::vector<quint64> candidates = CandidatePairs::find(
        m_signatures, qsizetype(m_reps.size()), m_stride, m_stats.lsh, m_pool, m_cancel);
    if (isCancelled(m_cancel)) return cancelled();
    std::vector<quint32>().swap(m_signatures);
    m_stats.candidatePairs = qint64(candidates.size());
    if (!verify(candidates)) return cancelled();
    result.clusters = ClusterBuilder::build(std::move(m_pairs), m_in.features, m_in.ids);
    m_stats.wallMs = double(wall.nsecsElapsed()) / 1e6;
    result.stats = m_stats;
    progress(Phase::Finished, m_stats.candidatePairs, m_stats.candidatePairs);
    qCDebug(lcSimilarity) << "documents" << m_stats.documents << "candidates"
                          << m_stats.candidatePairs << "verified" << m_stats.verifiedPairs
                          << "bands" << m_stats.lsh.bands << "rows" << m_stats.lsh.rows << "ms"
                          << m_stats.wallMs;
    return result;
}

} // namespace

NearDuplicateResult NearDuplicates::findPrepared(const Prepared &input,
                                                 const SimilarityOptions &options,
                                                 const CancelToken *cancel,
                                                 const Callbacks &callbacks)
{
    PoolChoice pool(options);
    return Run(input, options, pool.pool(), cancel, callbacks).run();
}

NearDuplicateResult NearDuplicates::find(const std::vector<Document> &documents,
                                         const SimilarityOptions &options,
                                         const CancelToken *cancel, const Callbacks &callbacks)
{
    QElapsedTimer wall;
    wall.start();
    PoolChoice pool(options);
    Prepared in;
    in.features.resize(documents.size());
    in.contentHashes.resize(documents.size());
    for (const Document &d : documents)
        in.ids << d.id;
    in.sameContent = [&](qsizetype a, qsizetype b) {
        return documents[size_t(a)].text == documents[size_t(b)].text;
    };
    const qsizetype n = qsizetype(documents.size());
    const bool finished = ParallelChunks::run(
        pool.pool(), n, 128,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                const QString &t = documents[size_t(i)].text;
                in.features[size_t(i)] =
                    TextFeatures::from(t, options.shingleSize, options.normalize);
                const XXH128_hash_t h = XXH3_128bits(t.constData(), size_t(t.size()) * 2);
                in.contentHashes[size_t(i)] = {h.high64, h.low64};
            }
        },
        cancel,
        [&](qsizetype done) {
            if (callbacks.onProgress)
                callbacks.onProgress({SimilarityProgress::Phase::Reading, done, n, 0, 0});
        },
        options.batchIntervalMs);
    if (!finished) {
        NearDuplicateResult r;
        r.cancelled = true;
        return r;
    }
    SimilarityOptions o = options;
    o.pool = &pool.pool();
    NearDuplicateResult r = findPrepared(in, o, cancel, callbacks);
    r.stats.wallMs = double(wall.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace wm
