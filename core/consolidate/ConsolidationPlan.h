// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationOptions.h"
#include "memory/MemoryNote.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace wm {

// What a consolidation does to one note. Precedence: Merge, then Promote,
// then Keep (tagged to keep), then Archive.
enum class NoteAction
{
    Keep,    // left where it is
    Archive, // short-term note past the age limit: into the run's .tar.lz4, removed
    Promote, // short_term/ -> long_term/, bytes unchanged
    Merge    // one of a near-duplicate cluster: into the .tar.lz4, replaced by the merged note
};

[[nodiscard]] QString noteActionName(NoteAction action); // "keep", "archive", ...

struct NoteDecision
{
    QString relPath; // lossless (NativePath); display with NativePath::display
    QString title;
    QDateTime created;
    QStringList tags;
    QStringList mergedFrom; // from an earlier merge
    NoteTier tier = NoteTier::ShortTerm;
    NoteAction action = NoteAction::Keep;
    QString reason;      // one sentence: why this action ("created 12 days ago (> 7)")
    int mergeGroup = -1; // index into ConsolidationPlan::merges for Merge
    QString targetPath;  // Promote: where it goes
    QByteArray sha256;   // of the bytes planned on; apply refuses if they changed
    qint64 size = 0;
    quint32 mode = 0644;
    qint64 mtimeNs = 0;
};

struct MergePair
{
    qsizetype a = 0; // indices into ConsolidationPlan::notes
    qsizetype b = 0;
    double score = 0; // the verified measure (options.similarity.measure)
    bool exact = false;
    double wordJaccard = 0;
    double shingleJaccard = 0;
    double cosine = 0;
};

// One near-duplicate cluster and the note that replaces it: the oldest
// member's front matter (every field kept byte for byte) with the union of
// the tags and a `merged_from` list of the sources; the body is every
// distinct paragraph of the members, oldest first (paragraphs compared
// after TextNormalizer::normalized).
struct MergeGroup
{
    std::vector<qsizetype> members; // indices into notes, oldest first
    std::vector<MergePair> pairs;
    double minScore = 0;
    double maxScore = 0;
    QStringList inputTexts; // each member's full text (UTF-8 decoded), same order
    QString resultPath;     // new note: "long_term/<run stamp>_<slug>.md"
    QByteArray resultText;
    QStringList tags; // the union
    qint64 paragraphsKept = 0;
    qint64 paragraphsDropped = 0; // repeated in an earlier member
};

struct MalformedNote
{
    QString relPath;
    QString reason;
};

// The dry run: everything apply will do, computed without changing a byte.
struct ConsolidationPlan
{
    QString root; // the memory folder (lossless)
    ConsolidationOptions options;
    QDateTime now;                   // the plan's clock (UTC)
    QString runId;                   // "20261201T120000Z" (unique among the store's runs)
    QString archivePath;             // "archive/consolidation-<runId>.tar.lz4"
    std::vector<NoteDecision> notes; // every valid note of short_term/ and long_term/
    std::vector<MergeGroup> merges;
    QString digestPath; // empty when no digest (nothing to do, or options.digest off)
    QByteArray digestText;
    std::vector<MalformedNote> malformed; // reported, never touched
    QStringList ignored;                  // files that are not notes, left alone
    QStringList errors;                   // unreadable files and folders
    // An index.json that is not ours: apply refuses (it would overwrite it).
    QString indexProblem;
    // A run that did not finish (killed): apply must recover it first
    // (RunRecovery), and the plan is made again after that.
    QString interruptedRun;
    QString fatalError; // the store could not be read: nothing else is set
    bool cancelled = false;
    qint64 archivedNotes = 0;
    qint64 promotedNotes = 0;
    qint64 mergedNotes = 0; // sources
    qint64 keptNotes = 0;
    qint64 planMs = 0;

    // True when apply would change something.
    [[nodiscard]] bool hasChanges() const;
    // Notes apply removes from their folders (archived and merged), in plan order.
    [[nodiscard]] std::vector<const NoteDecision *> removedNotes() const;
};

} // namespace wm
