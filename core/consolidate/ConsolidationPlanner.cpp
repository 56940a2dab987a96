// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidationPlanner.h"

#include "ConsolidateLogging.h"
#include "ConsolidationJournal.h"
#include "DigestWriter.h"
#include "NoteMerger.h"
#include "RunHistory.h"
#include "StoreFiles.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"
#include "memory/MemoryIndex.h"
#include "memory/MemoryStore.h"
#include "memory/NoteName.h"
#include "similarity/NearDuplicates.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>

namespace wm {
namespace {

QString code(const QString &path)
{
    return QLatin1Char('`') + NativePath::display(path) + QLatin1Char('`');
}

class PlanBuilder
{
public:
    PlanBuilder(ConsolidationPlan &plan, const std::function<void(const PlanProgress &)> &cb)
        : m_plan(plan), m_files(plan.root), m_onProgress(cb)
    {
    }

    void progress(PlanProgress::Phase phase, qint64 done, qint64 total)
    {
        if (m_onProgress) m_onProgress(PlanProgress{phase, done, total});
    }

    bool read(const CancelToken *cancel);
    void checkState();
    bool findDuplicates(const CancelToken *cancel);
    void markMerges();
    void decideSingles();
    void assignRunId();
    void buildMerges();
    void finish();

private:
    NoteDecision decision(const MemoryNote &n) const;
    QString freePath(const QString &folder, const QString &slug);
    void decideShortTerm(NoteDecision &d, const MemoryNote &n);

    ConsolidationPlan &m_plan;
    StoreFiles m_files;
    const std::function<void(const PlanProgress &)> &m_onProgress;
    MemoryStoreScan m_scan;
    std::vector<const MemoryNote *> m_active; // short- and long-term notes, = m_plan.notes
    std::vector<DuplicateCluster> m_clusters;
    std::vector<std::vector<qsizetype>> m_groups; // members of each merge, oldest first
    QSet<QString> m_planned;                      // paths new files will take
};

bool PlanBuilder::read(const CancelToken *cancel)
{
    m_scan = MemoryStore::scan(m_plan.root, cancel,
                               [this](qint64 n) { progress(PlanProgress::Phase::Reading, n, 0); });
    if (!m_scan.fatalError.isEmpty()) {
        m_plan.fatalError = m_scan.fatalError;
        return false;
    }
    if (m_scan.cancelled) return false;
    for (const MemoryNote &n : m_scan.malformed)
        m_plan.malformed.push_back({n.relPath, n.problem});
    m_plan.ignored = m_scan.ignored;
    m_plan.errors = m_scan.errors;
    for (const MemoryNote &n : m_scan.notes) {
        if (n.tier == NoteTier::Archive) continue;
        m_active.push_back(&n);
        m_plan.notes.push_back(decision(n));
    }
    return true;
}

NoteDecision PlanBuilder::decision(const MemoryNote &n) const
{
    NoteDecision d;
    d.relPath = n.relPath;
    d.title = n.title;
    d.created = n.created;
    d.tags = n.tags;
    d.mergedFrom = n.mergedFrom;
    d.tier = n.tier;
    d.sha256 = n.sha256;
    d.size = n.size;
    d.mode = n.mode;
    d.mtimeNs = n.mtimeNs;
    return d;
}

void PlanBuilder::checkState()
{
    if (const auto run = RunHistory::unfinished(m_plan.root)) m_plan.interruptedRun = run->id;
    QByteArray index;
    QString error;
    const auto state = m_files.readRel(MemoryStore::indexFileName(), &index, &error);
    if (state == StoreFiles::State::Error)
        m_plan.indexProblem = error;
    else if (state == StoreFiles::State::Present && !MemoryIndex::isOurs(index))
        m_plan.indexProblem = QStringLiteral("%1 was not written by WhiteMagic: it is never "
                                             "overwritten (move it away to consolidate)")
                                  .arg(MemoryStore::indexFileName());
}

bool PlanBuilder::findDuplicates(const CancelToken *cancel)
{
    std::vector<Document> docs;
    docs.reserve(m_active.size());
    for (const MemoryNote *n : m_active)
        docs.push_back({n->relPath, n->body});
    NearDuplicates::Callbacks cb;
    cb.onProgress = [this](const SimilarityProgress &p) {
        progress(PlanProgress::Phase::Similarity, p.done, p.total);
    };
    NearDuplicateResult r = NearDuplicates::find(docs, m_plan.options.similarity, cancel, cb);
    if (r.cancelled) return false;
    m_clusters = std::move(r.clusters);
    return true;
}

void PlanBuilder::decideShortTerm(NoteDecision &d, const MemoryNote &n)
{
    const ConsolidationOptions &o = m_plan.options;
    for (const QString &tag : o.promoteTags) {
        if (!n.hasTag(tag)) continue;
        const QString target = tierFolder(NoteTier::LongTerm) + QLatin1Char('/') + n.fileName();
        if (m_files.exists(target)) {
            d.reason = QStringLiteral("tagged '%1', but %2 already exists: left in short-term")
                           .arg(tag, code(target));
            return;
        }
        d.action = NoteAction::Promote;
        d.targetPath = target;
        d.reason = QStringLiteral("tagged '%1': promoted to long-term").arg(tag);
        m_planned.insert(target);
        return;
    }
    for (const QString &tag : o.keepTags)
        if (n.hasTag(tag)) {
            d.reason = QStringLiteral("tagged '%1': never archived").arg(tag);
            return;
        }
    const QString days = QString::number(double(n.created.secsTo(m_plan.now)) / 86400, 'f', 1);
    if (n.created.secsTo(m_plan.now) > qint64(o.olderThanDays) * 86400) {
        d.action = NoteAction::Archive;
        d.reason =
            QStringLiteral("created %1 days ago (more than %2)").arg(days).arg(o.olderThanDays);
    } else {
        d.reason =
            QStringLiteral("created %1 days ago (%2 or fewer)").arg(days).arg(o.olderThanDays);
    }
}

void PlanBuilder::decideSingles()
{
    for (size_t i = 0; i < m_plan.notes.size(); ++i) {
        NoteDecision &d = m_plan.notes[i];
        if (d.action == NoteAction::Merge) continue;
        if (d.tier == NoteTier::LongTerm)
            d.reason = QStringLiteral("long-term note");
        else
            decideShortTerm(d, *m_active[i]);
    }
}

void PlanBuilder::assignRunId()
{
    const QString base = m_plan.now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        const QString archive = QStringLiteral("archive/consolidation-%1.tar.lz4").arg(id);
        if (StoreFiles(m_plan.root).exists(QStringLiteral(".wm-consolidate/runs/") + id) ||
            m_files.exists(archive))
            continue;
        m_plan.runId = id;
        m_plan.archivePath = archive;
        return;
    }
}

// A name for a new note in `folder` that nothing has and nothing planned takes.
QString PlanBuilder::freePath(const QString &folder, const QString &slug)
{
    for (int n = 1;; ++n) {
        const QString s = n == 1 ? slug : QStringLiteral("%1-%2").arg(slug).arg(n);
        const QString path = folder + QLatin1Char('/') + NoteName::make(m_plan.now, s);
        if (m_planned.contains(path) || m_files.exists(path)) continue;
        m_planned.insert(path);
        return path;
    }
}

void PlanBuilder::markMerges()
{
    for (const DuplicateCluster &c : m_clusters) {
        std::vector<qsizetype> members = c.members;
        std::sort(members.begin(), members.end(), [this](qsizetype a, qsizetype b) {
            const MemoryNote &x = *m_active[size_t(a)];
            const MemoryNote &y = *m_active[size_t(b)];
            return x.created != y.created ? x.created < y.created : x.relPath < y.relPath;
        });
        MergeGroup g;
        g.minScore = c.minScore;
        g.maxScore = c.maxScore;
        for (const ScoredPair &p : c.pairs)
            g.pairs.push_back(
                {p.a, p.b, p.score, p.exact, p.wordJaccard, p.shingleJaccard, p.cosine});
        for (qsizetype m : members) {
            m_plan.notes[size_t(m)].action = NoteAction::Merge;
            m_plan.notes[size_t(m)].mergeGroup = int(m_plan.merges.size());
        }
        g.members = members;
        m_plan.merges.push_back(std::move(g));
    }
}

void PlanBuilder::buildMerges()
{
    for (MergeGroup &g : m_plan.merges) {
        std::vector<const MemoryNote *> notes;
        bool longTerm = false;
        for (qsizetype m : g.members) {
            const MemoryNote *n = m_active[size_t(m)];
            notes.push_back(n);
            g.inputTexts << QString::fromUtf8(n->bytes);
            longTerm = longTerm || n->tier == NoteTier::LongTerm;
            for (const QString &tag : m_plan.options.promoteTags)
                longTerm = longTerm || n->hasTag(tag);
        }
        const NoteMerger::Result merged = NoteMerger::merge(notes);
        const auto name = NoteName::parse(notes.front()->fileName());
        g.resultPath = freePath(tierFolder(longTerm ? NoteTier::LongTerm : NoteTier::ShortTerm),
                                name ? name->slug : NoteName::slugify(notes.front()->title));
        g.resultText = merged.text;
        g.tags = merged.tags;
        g.paragraphsKept = merged.paragraphsKept;
        g.paragraphsDropped = merged.paragraphsDropped;
        for (size_t i = 0; i < g.members.size(); ++i) {
            NoteDecision &d = m_plan.notes[size_t(g.members[i])];
            double best = 0;
            for (const MergePair &p : g.pairs)
                if (p.a == g.members[i] || p.b == g.members[i]) best = std::max(best, p.score);
            d.reason = i == 0 ? QStringLiteral("oldest of %1 near-duplicates (similarity up to "
                                               "%2): its front matter leads the merged note %3")
                                    .arg(g.members.size())
                                    .arg(best, 0, 'f', 2)
                                    .arg(code(g.resultPath))
                              : QStringLiteral("near-duplicate (similarity up to %1): merged "
                                               "into %2")
                                    .arg(best, 0, 'f', 2)
                                    .arg(code(g.resultPath));
        }
    }
}

void PlanBuilder::finish()
{
    for (const NoteDecision &d : m_plan.notes) {
        m_plan.archivedNotes += d.action == NoteAction::Archive;
        m_plan.promotedNotes += d.action == NoteAction::Promote;
        m_plan.mergedNotes += d.action == NoteAction::Merge;
        m_plan.keptNotes += d.action == NoteAction::Keep;
    }
    if (m_plan.archivedNotes + m_plan.mergedNotes == 0) m_plan.archivePath.clear();
    if (m_plan.hasChanges() && m_plan.options.digest) {
        m_plan.digestPath =
            freePath(tierFolder(NoteTier::LongTerm), QStringLiteral("consolidation-digest"));
        m_plan.digestText = DigestWriter::text(m_plan);
    }
}

} // namespace

ConsolidationPlan ConsolidationPlanner::plan(const QString &root,
                                             const ConsolidationOptions &options,
                                             const CancelToken *cancel,
                                             const std::function<void(const PlanProgress &)> &cb)
{
    QElapsedTimer timer;
    timer.start();
    ConsolidationPlan plan;
    plan.root = root;
    plan.options = options;
    plan.now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    plan.now.setTime(
        QTime(plan.now.time().hour(), plan.now.time().minute(), plan.now.time().second()));
    PlanBuilder b(plan, cb);
    if (!b.read(cancel) || !b.findDuplicates(cancel)) {
        plan.cancelled = plan.fatalError.isEmpty();
        if (plan.cancelled) plan.notes.clear();
        return plan;
    }
    b.progress(PlanProgress::Phase::Deciding, 0, qint64(plan.notes.size()));
    b.checkState();
    b.markMerges();
    b.decideSingles();
    b.assignRunId();
    b.buildMerges();
    b.finish();
    plan.planMs = timer.elapsed();
    b.progress(PlanProgress::Phase::Finished, qint64(plan.notes.size()), qint64(plan.notes.size()));
    qCDebug(lcConsolidate) << "plan:" << plan.archivedNotes << "archive," << plan.promotedNotes
                           << "promote," << plan.merges.size() << "merges in" << plan.planMs
                           << "ms";
    return plan;
}

} // namespace wm
