// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PlanReport.h"

#include "io/NativePath.h"
#include "similarity/SimilarityJson.h"

#include <QJsonArray>

namespace wm {
namespace {

QString code(const QString &path)
{
    return QLatin1Char('`') + NativePath::display(path) + QLatin1Char('`');
}

QString score(double v)
{
    return QString::number(v, 'f', 2);
}

// A path in JSON: readable, plus its bytes in hex when it is not UTF-8.
void putPath(QJsonObject &o, const QString &key, const QString &path)
{
    o.insert(key, NativePath::display(path));
    if (NativePath::hasEscapes(path))
        o.insert(key + QStringLiteral("Bytes"),
                 QString::fromLatin1(NativePath::encode(path).toHex()));
}

QJsonObject noteJson(const NoteDecision &n)
{
    QJsonObject o;
    putPath(o, QStringLiteral("path"), n.relPath);
    o.insert(QStringLiteral("title"), n.title);
    o.insert(QStringLiteral("created"), n.created.toString(Qt::ISODate));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(n.tags));
    o.insert(QStringLiteral("tier"), tierFolder(n.tier));
    o.insert(QStringLiteral("action"), noteActionName(n.action));
    o.insert(QStringLiteral("reason"), n.reason);
    if (!n.targetPath.isEmpty()) putPath(o, QStringLiteral("target"), n.targetPath);
    if (n.mergeGroup >= 0) o.insert(QStringLiteral("merge"), n.mergeGroup);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(n.sha256.toHex()));
    return o;
}

QJsonObject mergeJson(const ConsolidationPlan &plan, const MergeGroup &g)
{
    QJsonObject o;
    putPath(o, QStringLiteral("result"), g.resultPath);
    QJsonArray members;
    for (qsizetype m : g.members)
        members.append(NativePath::display(plan.notes[size_t(m)].relPath));
    QJsonArray pairs;
    for (const MergePair &p : g.pairs)
        pairs.append(
            QJsonObject{{QStringLiteral("a"), NativePath::display(plan.notes[size_t(p.a)].relPath)},
                        {QStringLiteral("b"), NativePath::display(plan.notes[size_t(p.b)].relPath)},
                        {QStringLiteral("score"), p.score},
                        {QStringLiteral("exact"), p.exact},
                        {QStringLiteral("wordJaccard"), p.wordJaccard},
                        {QStringLiteral("shingleJaccard"), p.shingleJaccard},
                        {QStringLiteral("cosine"), p.cosine}});
    o.insert(QStringLiteral("members"), members);
    o.insert(QStringLiteral("pairs"), pairs);
    o.insert(QStringLiteral("minScore"), g.minScore);
    o.insert(QStringLiteral("maxScore"), g.maxScore);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(g.tags));
    o.insert(QStringLiteral("paragraphsKept"), g.paragraphsKept);
    o.insert(QStringLiteral("paragraphsDropped"), g.paragraphsDropped);
    o.insert(QStringLiteral("text"), QString::fromUtf8(g.resultText));
    return o;
}

QString noteSection(const ConsolidationPlan &plan, NoteAction action, const QString &title)
{
    QString lines;
    qint64 n = 0;
    for (const NoteDecision &d : plan.notes) {
        if (d.action != action) continue;
        ++n;
        lines += QStringLiteral("- %1 %2").arg(code(d.relPath), d.title);
        if (!d.targetPath.isEmpty()) lines += QStringLiteral(" → %1").arg(code(d.targetPath));
        lines += QStringLiteral(": %1\n").arg(d.reason);
    }
    return n == 0 ? QString() : QStringLiteral("\n## %1 (%2)\n\n%3").arg(title).arg(n).arg(lines);
}

QString mergeSection(const ConsolidationPlan &plan)
{
    if (plan.merges.empty()) return {};
    QString t = QStringLiteral("\n## Merge (%1 clusters, %2 notes)\n")
                    .arg(plan.merges.size())
                    .arg(plan.mergedNotes);
    int k = 0;
    for (const MergeGroup &g : plan.merges) {
        t += QStringLiteral("\n### Cluster %1: %2 notes → %3 (similarity %4–%5)\n\n")
                 .arg(++k)
                 .arg(g.members.size())
                 .arg(code(g.resultPath), score(g.minScore), score(g.maxScore));
        for (qsizetype m : g.members)
            t += QStringLiteral("- %1 %2\n")
                     .arg(code(plan.notes[size_t(m)].relPath), plan.notes[size_t(m)].title);
        for (const MergePair &p : g.pairs)
            t += QStringLiteral("  - %1 ~ %2: %3%4\n")
                     .arg(code(plan.notes[size_t(p.a)].relPath),
                          code(plan.notes[size_t(p.b)].relPath), score(p.score),
                          p.exact ? QStringLiteral(" (identical)") : QString());
        t += QStringLiteral("- tags: %1; paragraphs kept: %2, repeats dropped: %3\n")
                 .arg(g.tags.isEmpty() ? QStringLiteral("none") : g.tags.join(QStringLiteral(", ")))
                 .arg(g.paragraphsKept)
                 .arg(g.paragraphsDropped);
    }
    return t;
}

QString problemSection(const ConsolidationPlan &plan)
{
    QString t;
    if (!plan.malformed.empty()) {
        t += QStringLiteral("\n## Malformed notes, left untouched (%1)\n\n")
                 .arg(plan.malformed.size());
        for (const MalformedNote &m : plan.malformed)
            t += QStringLiteral("- %1: %2\n").arg(code(m.relPath), m.reason);
    }
    if (!plan.ignored.isEmpty()) {
        t += QStringLiteral("\n## Not notes, left alone (%1)\n\n").arg(plan.ignored.size());
        for (const QString &i : plan.ignored)
            t += QStringLiteral("- %1\n").arg(NativePath::display(i));
    }
    if (!plan.errors.isEmpty()) {
        t += QStringLiteral("\n## Unreadable (%1)\n\n").arg(plan.errors.size());
        for (const QString &e : plan.errors)
            t += QStringLiteral("- %1\n").arg(NativePath::display(e));
    }
    return t;
}

} // namespace

QString PlanReport::markdown(const ConsolidationPlan &plan)
{
    QString t =
        QStringLiteral("# Consolidation plan for %1\n\n").arg(NativePath::display(plan.root));
    t += QStringLiteral("Planned at %1 UTC: %2 notes in short_term/ and long_term/; archive "
                        "%3, promote %4, merge %5 into %6, keep %7; %8 malformed.\n")
             .arg(plan.now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
             .arg(plan.notes.size())
             .arg(plan.archivedNotes)
             .arg(plan.promotedNotes)
             .arg(plan.mergedNotes)
             .arg(plan.merges.size())
             .arg(plan.keptNotes)
             .arg(plan.malformed.size());
    if (!plan.interruptedRun.isEmpty())
        t += QStringLiteral("\n**Run %1 was interrupted**: `--apply` recovers it first, then plans "
                            "again.\n")
                 .arg(plan.interruptedRun);
    if (!plan.indexProblem.isEmpty())
        t += QStringLiteral("\n**Cannot apply**: %1\n").arg(plan.indexProblem);
    t += noteSection(plan, NoteAction::Archive, QStringLiteral("Archive"));
    t += noteSection(plan, NoteAction::Promote, QStringLiteral("Promote"));
    t += mergeSection(plan);
    if (!plan.digestPath.isEmpty())
        t += QStringLiteral("\n## Digest\n\n- %1\n").arg(code(plan.digestPath));
    if (!plan.archivePath.isEmpty())
        t += QStringLiteral("\nOriginals of archived and merged notes go into %1 (verified before "
                            "anything is removed; `wm restore` undoes the run).\n")
                 .arg(code(plan.archivePath));
    t += problemSection(plan);
    if (!plan.hasChanges()) t += QStringLiteral("\nNothing to do.\n");
    return t;
}

QJsonObject PlanReport::json(const ConsolidationPlan &plan)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("whitemagic-consolidation-plan")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("now"), plan.now.toString(Qt::ISODate)},
                  {QStringLiteral("run"), plan.runId}};
    putPath(o, QStringLiteral("root"), plan.root);
    o.insert(
        QStringLiteral("options"),
        QJsonObject{
            {QStringLiteral("olderThanDays"), plan.options.olderThanDays},
            {QStringLiteral("threshold"), plan.options.similarity.threshold},
            {QStringLiteral("measure"),
             SimilarityJson::measureName(plan.options.similarity.measure)},
            {QStringLiteral("shingleSize"), plan.options.similarity.shingleSize},
            {QStringLiteral("keepTags"), QJsonArray::fromStringList(plan.options.keepTags)},
            {QStringLiteral("promoteTags"), QJsonArray::fromStringList(plan.options.promoteTags)}});
    o.insert(QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("notes"), qint64(plan.notes.size())},
                         {QStringLiteral("archive"), plan.archivedNotes},
                         {QStringLiteral("promote"), plan.promotedNotes},
                         {QStringLiteral("merges"), qint64(plan.merges.size())},
                         {QStringLiteral("mergedNotes"), plan.mergedNotes},
                         {QStringLiteral("keep"), plan.keptNotes},
                         {QStringLiteral("malformed"), qint64(plan.malformed.size())},
                         {QStringLiteral("ignored"), qint64(plan.ignored.size())}});
    QJsonArray notes;
    for (const NoteDecision &n : plan.notes)
        notes.append(noteJson(n));
    QJsonArray merges;
    for (const MergeGroup &g : plan.merges)
        merges.append(mergeJson(plan, g));
    QJsonArray malformed;
    for (const MalformedNote &m : plan.malformed) {
        QJsonObject e{{QStringLiteral("reason"), m.reason}};
        putPath(e, QStringLiteral("path"), m.relPath);
        malformed.append(e);
    }
    o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("merges"), merges);
    o.insert(QStringLiteral("malformed"), malformed);
    o.insert(QStringLiteral("ignored"), QJsonArray::fromStringList(plan.ignored));
    o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(plan.errors));
    if (!plan.digestPath.isEmpty())
        o.insert(QStringLiteral("digest"),
                 QJsonObject{{QStringLiteral("path"), NativePath::display(plan.digestPath)},
                             {QStringLiteral("text"), QString::fromUtf8(plan.digestText)}});
    if (!plan.archivePath.isEmpty()) o.insert(QStringLiteral("archive"), plan.archivePath);
    if (!plan.interruptedRun.isEmpty())
        o.insert(QStringLiteral("interruptedRun"), plan.interruptedRun);
    if (!plan.indexProblem.isEmpty()) o.insert(QStringLiteral("indexProblem"), plan.indexProblem);
    return o;
}

} // namespace wm
