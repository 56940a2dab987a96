// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SimilarityJson.h"

#include <QJsonArray>
#include <algorithm>

namespace wm {
namespace {

QJsonObject clusterJson(const DuplicateCluster &c)
{
    QJsonArray members;
    for (const QString &id : c.ids)
        members.append(id);
    // Pairs name members by path, not by index, so the JSON stands alone.
    const auto idOf = [&](qsizetype doc) {
        const auto it = std::lower_bound(c.members.begin(), c.members.end(), doc);
        return c.ids.at(qsizetype(it - c.members.begin()));
    };
    QJsonArray pairs;
    for (const ScoredPair &p : c.pairs)
        pairs.append(QJsonObject{{QStringLiteral("a"), idOf(p.a)},
                                 {QStringLiteral("b"), idOf(p.b)},
                                 {QStringLiteral("score"), p.score},
                                 {QStringLiteral("exact"), p.exact},
                                 {QStringLiteral("wordJaccard"), p.wordJaccard},
                                 {QStringLiteral("shingleJaccard"), p.shingleJaccard},
                                 {QStringLiteral("cosine"), p.cosine}});
    return {{QStringLiteral("members"), members},
            {QStringLiteral("minScore"), c.minScore},
            {QStringLiteral("maxScore"), c.maxScore},
            {QStringLiteral("pairs"), pairs}};
}

} // namespace

QString SimilarityJson::measureName(SimilarityMeasure m)
{
    return m == SimilarityMeasure::WordJaccard ? QStringLiteral("words")
                                               : QStringLiteral("shingles");
}

QJsonObject SimilarityJson::pair(const QString &a, const QString &b, const SimilarityScores &s,
                                 const SimilarityOptions &o)
{
    return {{QStringLiteral("a"), a},
            {QStringLiteral("b"), b},
            {QStringLiteral("shingleSize"), o.shingleSize},
            {QStringLiteral("stopWords"), o.normalize.dropStopWords},
            {QStringLiteral("wordJaccard"), s.wordJaccard},
            {QStringLiteral("shingleJaccard"), s.shingleJaccard},
            {QStringLiteral("cosine"), s.cosine}};
}

QJsonObject SimilarityJson::folder(const FolderSimilarityResult &r, const SimilarityOptions &o)
{
    const NearDuplicateStats &s = r.duplicates.stats;
    QJsonArray skipped;
    for (const WalkEntry &e : r.skipped)
        skipped.append(
            QJsonObject{{QStringLiteral("path"), e.relPath}, {QStringLiteral("error"), e.error}});
    QJsonArray clusters;
    for (const DuplicateCluster &c : r.duplicates.clusters)
        clusters.append(clusterJson(c));
    const QJsonObject lsh{{QStringLiteral("bands"), s.lsh.bands},
                          {QStringLiteral("rows"), s.lsh.rows},
                          {QStringLiteral("hashes"), s.lsh.bands * s.lsh.rows},
                          {QStringLiteral("candidateProbabilityAtThreshold"),
                           s.lsh.candidateProbability(o.threshold)}};
    const QJsonObject stats{{QStringLiteral("documents"), s.documents},
                            {QStringLiteral("emptyDocuments"), s.emptyDocuments},
                            {QStringLiteral("exactDuplicates"), s.exactDuplicates},
                            {QStringLiteral("candidatePairs"), s.candidatePairs},
                            {QStringLiteral("verifiedPairs"), s.verifiedPairs},
                            {QStringLiteral("rejectedPairs"), s.rejectedPairs},
                            {QStringLiteral("wallMs"), s.wallMs}};
    return {{QStringLiteral("root"), r.root},
            {QStringLiteral("threshold"), o.threshold},
            {QStringLiteral("measure"), measureName(o.measure)},
            {QStringLiteral("shingleSize"), o.shingleSize},
            {QStringLiteral("stopWords"), o.normalize.dropStopWords},
            {QStringLiteral("lsh"), lsh},
            {QStringLiteral("files"), qint64(r.files.size())},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("stats"), stats},
            {QStringLiteral("clusters"), clusters}};
}

} // namespace wm
