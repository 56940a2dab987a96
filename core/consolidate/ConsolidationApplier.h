// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationPlan.h"
#include "ConsolidationProgress.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace wm {

class CancelToken;

struct ApplyResult
{
    bool ok = false;
    bool cancelled = false; // cancelled before the point of no return: store unchanged
    QString runId;
    QString archivePath; // relative to the store
    QString error;       // why it stopped (with the system's message); store left recoverable
    QStringList warnings;
    qint64 archived = 0;
    qint64 promoted = 0;
    qint64 merged = 0;  // sources removed into the archive
    qint64 created = 0; // merged notes + digest
    qint64 archiveBytes = 0;
    qint64 msecs = 0;
};

// Applies a plan through the write-ahead journal (ConsolidationJournal):
//   check the notes against the plan -> write the .tar.lz4 of every original
//   that will be removed -> read it back and verify it -> create merged
//   notes and the digest -> POINT OF NO RETURN -> promote -> remove
//   originals -> replace index.json -> commit.
// Nothing the store held is changed before the point of no return, so a
// cancel or an error before it undoes the run's own files and leaves the
// store as it was; after it, the run is finished (a kill is finished by
// RunRecovery). A file that is not ours is never replaced: new notes and
// renames never overwrite, and an original is removed only if it still has
// the bytes the verified archive holds. Runs without an event loop; progress
// in batches on the calling thread. Takes the store's lock (StoreLock).
class ConsolidationApplier
{
public:
    struct Callbacks
    {
        std::function<void(const ConsolidationProgress &)> onProgress;
    };

    [[nodiscard]] static ApplyResult apply(const ConsolidationPlan &plan,
                                           const CancelToken *cancel = nullptr,
                                           const Callbacks &callbacks = {});
};

} // namespace wm
