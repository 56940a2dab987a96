// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidationApplier.h"

#include "ConsolidateLogging.h"
#include "ConsolidationJournal.h"
#include "PlanReport.h"
#include "RunHistory.h"
#include "StepExecutor.h"
#include "StepReverter.h"
#include "StoreFiles.h"
#include "StoreLock.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"
#include "memory/MemoryIndex.h"
#include "memory/MemoryStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace wm {
namespace {

using Kind = JournalStep::Kind;
// Files per journalled batch: one journal line and one folder fsync each.
constexpr size_t kBatch = 512;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void addBatched(std::vector<JournalStep> &steps, Kind kind, const std::vector<StepFile> &files)
{
    for (size_t i = 0; i < files.size(); i += kBatch) {
        JournalStep s{kind, {}};
        s.files.assign(files.begin() + qsizetype(i),
                       files.begin() + qsizetype(std::min(files.size(), i + kBatch)));
        steps.push_back(std::move(s));
    }
}

class ApplyRun
{
public:
    ApplyRun(const ConsolidationPlan &plan, const CancelToken *cancel,
             const ConsolidationApplier::Callbacks &cb)
        : m_plan(plan), m_files(plan.root), m_cancel(cancel), m_cb(cb)
    {
    }

    ApplyResult run();

private:
    bool refuse(const QString &why)
    {
        m_result.error = why;
        return false;
    }
    void progress(ConsolidationProgress::Step step, qint64 done, qint64 total,
                  const QString &current = {});
    bool checkStore();
    bool checkNotes();
    std::vector<JournalStep> steps() const;
    QByteArray indexAfter() const;
    ConsolidationJournal::Record record() const;
    bool execute(ConsolidationJournal &journal);
    void rollBack(ConsolidationJournal &journal);

    const ConsolidationPlan &m_plan;
    StoreFiles m_files;
    const CancelToken *m_cancel;
    const ConsolidationApplier::Callbacks &m_cb;
    QHash<QString, QByteArray> m_newNotes;
    QByteArray m_indexAfter;
    ApplyResult m_result;
};

void ApplyRun::progress(ConsolidationProgress::Step step, qint64 done, qint64 total,
                        const QString &current)
{
    if (m_cb.onProgress)
        m_cb.onProgress(
            ConsolidationProgress{step, done, total, false, NativePath::display(current)});
}

bool ApplyRun::checkStore()
{
    if (!m_plan.fatalError.isEmpty()) return refuse(m_plan.fatalError);
    if (m_plan.cancelled) return refuse(QStringLiteral("the plan was cancelled: plan again"));
    if (!m_plan.indexProblem.isEmpty()) return refuse(m_plan.indexProblem);
    const auto unfinished = RunHistory::unfinished(m_plan.root);
    if (!m_plan.interruptedRun.isEmpty() || unfinished)
        return refuse(QStringLiteral("run %1 was interrupted: recover it first (wm consolidate "
                                     "--apply does), then plan again")
                          .arg(unfinished ? unfinished->id : m_plan.interruptedRun));
    QByteArray index;
    QString error;
    const auto st = m_files.readRel(MemoryStore::indexFileName(), &index, &error);
    if (st == StoreFiles::State::Error) return refuse(error);
    if (st == StoreFiles::State::Present && !MemoryIndex::isOurs(index))
        return refuse(QStringLiteral("%1 was not written by WhiteMagic: it is never overwritten")
                          .arg(MemoryStore::indexFileName()));
    return true;
}

// The notes still have the bytes the plan decided on, and nothing stands
// where the run will put a file.
bool ApplyRun::checkNotes()
{
    qint64 k = 0;
    const qint64 total = qint64(m_plan.notes.size());
    for (const NoteDecision &d : m_plan.notes) {
        if (++k % 256 == 0) progress(ConsolidationProgress::Step::Checking, k, total, d.relPath);
        if (d.action == NoteAction::Keep) continue;
        if (isCancelled(m_cancel)) return false;
        QByteArray sha;
        QString error;
        const auto st = m_files.hash(d.relPath, &sha, &error);
        if (st == StoreFiles::State::Error) return refuse(error);
        if (st == StoreFiles::State::Missing || sha != d.sha256)
            return refuse(QStringLiteral("%1 %2 since the plan was made: plan again")
                              .arg(NativePath::display(d.relPath),
                                   st == StoreFiles::State::Missing ? QStringLiteral("vanished")
                                                                    : QStringLiteral("changed")));
        if (!d.targetPath.isEmpty() && m_files.exists(d.targetPath))
            return refuse(QStringLiteral("%1 already exists: plan again")
                              .arg(NativePath::display(d.targetPath)));
    }
    QStringList created{m_plan.digestPath, m_plan.archivePath};
    for (const MergeGroup &g : m_plan.merges)
        created << g.resultPath;
    for (const QString &path : created)
        if (!path.isEmpty() && m_files.exists(path))
            return refuse(
                QStringLiteral("%1 already exists: plan again").arg(NativePath::display(path)));
    progress(ConsolidationProgress::Step::Checking, total, total);
    return true;
}

std::vector<JournalStep> ApplyRun::steps() const
{
    std::vector<JournalStep> out;
    bool longTerm = !m_plan.digestPath.isEmpty() || m_plan.promotedNotes > 0;
    for (const MergeGroup &g : m_plan.merges)
        longTerm = longTerm || g.resultPath.startsWith(tierFolder(NoteTier::LongTerm));
    const QString longFolder = tierFolder(NoteTier::LongTerm);
    const QString archiveFolder = tierFolder(NoteTier::Archive);
    if (longTerm && !m_files.exists(longFolder))
        out.push_back({Kind::MakeFolder, {{longFolder, {}, {}}}});
    if (!m_plan.archivePath.isEmpty()) {
        if (!m_files.exists(archiveFolder))
            out.push_back({Kind::MakeFolder, {{archiveFolder, {}, {}}}});
        out.push_back({Kind::WriteArchive, {}});
        out.push_back({Kind::VerifyArchive, {{m_plan.archivePath, {}, {}}}});
    }
    std::vector<StepFile> created;
    for (const MergeGroup &g : m_plan.merges)
        created.push_back({g.resultPath, {}, sha256(g.resultText)});
    if (!m_plan.digestPath.isEmpty())
        created.push_back({m_plan.digestPath, {}, sha256(m_plan.digestText)});
    addBatched(out, Kind::CreateNote, created);
    out.push_back({Kind::PointOfNoReturn, {}});
    std::vector<StepFile> promoted;
    std::vector<StepFile> removed;
    for (const NoteDecision &d : m_plan.notes) {
        if (d.action == NoteAction::Promote)
            promoted.push_back({d.relPath, d.targetPath, d.sha256});
        if (d.action == NoteAction::Archive || d.action == NoteAction::Merge)
            removed.push_back({d.relPath, {}, d.sha256, d.mtimeNs});
    }
    addBatched(out, Kind::Promote, promoted);
    addBatched(out, Kind::Remove, removed);
    out.push_back({Kind::WriteIndex, {{MemoryStore::indexFileName(), {}, sha256(m_indexAfter)}}});
    out.push_back({Kind::Commit, {}});
    return out;
}

// The index as it will be after the run: kept and promoted notes, the
// merged notes and the digest, and every run's archive.
QByteArray ApplyRun::indexAfter() const
{
    std::vector<MemoryNote> notes;
    notes.reserve(m_plan.notes.size() + m_plan.merges.size() + 1);
    for (const NoteDecision &d : m_plan.notes) {
        if (d.action != NoteAction::Keep && d.action != NoteAction::Promote) continue;
        MemoryNote n;
        n.relPath = d.action == NoteAction::Promote ? d.targetPath : d.relPath;
        n.title = d.title;
        n.created = d.created;
        n.tags = d.tags;
        n.mergedFrom = d.mergedFrom;
        n.size = d.size;
        n.sha256 = d.sha256;
        notes.push_back(std::move(n));
    }
    for (const MergeGroup &g : m_plan.merges)
        notes.push_back(MemoryNote::parse(g.resultPath, NoteTier::LongTerm, g.resultText));
    if (!m_plan.digestPath.isEmpty())
        notes.push_back(
            MemoryNote::parse(m_plan.digestPath, NoteTier::LongTerm, m_plan.digestText));
    std::vector<const MemoryNote *> pointers;
    for (const MemoryNote &n : notes)
        pointers.push_back(&n);
    std::vector<MemoryIndex::Archive> archives;
    for (const RunInfo &r : RunHistory::list(m_plan.root))
        if (!r.archivePath.isEmpty())
            archives.push_back({r.archivePath, r.id, r.archived + r.merged});
    if (!m_plan.archivePath.isEmpty())
        archives.push_back(
            {m_plan.archivePath, m_plan.runId, m_plan.archivedNotes + m_plan.mergedNotes});
    return MemoryIndex::build(pointers, archives, m_plan.now);
}

ConsolidationJournal::Record ApplyRun::record() const
{
    ConsolidationJournal::Record r;
    r.planJson = QJsonDocument(PlanReport::json(m_plan)).toJson(QJsonDocument::Indented);
    QString error;
    r.hadIndex = m_files.readRel(MemoryStore::indexFileName(), &r.indexBefore, &error) ==
                 StoreFiles::State::Present;
    r.indexAfter = m_indexAfter;
    return r;
}

void ApplyRun::rollBack(ConsolidationJournal &journal)
{
    StepReverter reverter(m_plan.root, journal);
    QString error;
    // Before the point of no return a kill is rolled back anyway: the
    // "restore" mark (one more write, on a disk that may be full) is not needed.
    if ((journal.pastPointOfNoReturn() && !journal.markRestoreStarted()) || !reverter.revert() ||
        !StepReverter::removeRecord(m_plan.root, journal.runId(), &error)) {
        const QString why = !reverter.errorString().isEmpty() ? reverter.errorString()
                            : !error.isEmpty()                ? error
                                                              : journal.errorString();
        m_result.error += QStringLiteral("; undoing the run failed too (%1): the next "
                                         "`wm consolidate --apply` or `wm restore` completes it")
                              .arg(why);
        return;
    }
    m_result.warnings << reverter.warnings();
}

bool ApplyRun::execute(ConsolidationJournal &journal)
{
    StepExecutor exec(m_plan.root, journal);
    exec.setNewNotes(m_newNotes);
    exec.setCancel(m_cancel);
    exec.setProgress(m_cb.onProgress);
    for (qsizetype i = 0; i < qsizetype(journal.steps().size()); ++i) {
        const bool past = journal.pastPointOfNoReturn();
        if (!past && isCancelled(m_cancel)) {
            m_result.cancelled = true;
            m_result.error = QStringLiteral("cancelled: nothing was changed");
            rollBack(journal);
            return false;
        }
        if (exec.run(i)) continue;
        m_result.warnings << exec.warnings();
        if (!past) {
            m_result.cancelled = exec.cancelled();
            m_result.error = exec.cancelled()
                                 ? QStringLiteral("cancelled: nothing was changed")
                                 : exec.errorString() + QStringLiteral(": nothing was changed");
            rollBack(journal);
        } else {
            m_result.error = QStringLiteral("%1: run %2 is unfinished; `wm consolidate --apply` "
                                            "finishes it, `wm restore` undoes it")
                                 .arg(exec.errorString(), journal.runId());
        }
        return false;
    }
    m_result.warnings << exec.warnings();
    m_result.archiveBytes = exec.archiveBytes();
    return true;
}

ApplyResult ApplyRun::run()
{
    QElapsedTimer timer;
    timer.start();
    StoreLock lock;
    QString error;
    if (!checkStore()) return m_result;
    if (!lock.acquire(m_plan.root, &error)) {
        m_result.error = error;
        return m_result;
    }
    if (!m_plan.hasChanges()) {
        m_result.ok = true;
        return m_result;
    }
    if (!checkNotes()) {
        m_result.cancelled = m_result.error.isEmpty();
        if (m_result.cancelled) m_result.error = QStringLiteral("cancelled: nothing was changed");
        return m_result;
    }
    for (const MergeGroup &g : m_plan.merges)
        m_newNotes.insert(g.resultPath, g.resultText);
    if (!m_plan.digestPath.isEmpty()) m_newNotes.insert(m_plan.digestPath, m_plan.digestText);
    m_indexAfter = indexAfter();
    ConsolidationJournal journal;
    if (!journal.create(m_plan.root, m_plan.runId, steps(), record())) {
        m_result.error = journal.errorString() + QStringLiteral(": nothing was changed");
        StepReverter::removeLeftovers(m_plan.root, &error);
        return m_result;
    }
    m_result.runId = m_plan.runId;
    m_result.archivePath = m_plan.archivePath;
    m_result.ok = execute(journal);
    if (m_result.ok) {
        m_result.archived = m_plan.archivedNotes;
        m_result.promoted = m_plan.promotedNotes;
        m_result.merged = m_plan.mergedNotes;
        m_result.created = qint64(m_newNotes.size());
    }
    m_result.msecs = timer.elapsed();
    qCDebug(lcConsolidate) << "apply" << m_plan.runId << (m_result.ok ? "done" : "failed")
                           << m_result.error << "in" << m_result.msecs << "ms";
    return m_result;
}

} // namespace

ApplyResult ConsolidationApplier::apply(const ConsolidationPlan &plan, const CancelToken *cancel,
                                        const Callbacks &callbacks)
{
    return ApplyRun(plan, cancel, callbacks).run();
}

} // namespace wm
