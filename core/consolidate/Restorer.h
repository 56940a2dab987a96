// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace wm {

class CancelToken;

struct RestoreProgress
{
    enum class Step
    {
        Checking,   // every file the run created still has the bytes it wrote
        Extracting, // originals written back from the run's archive
        Moving,     // promoted notes moved back to short_term/
        Removing,   // merged notes, digest, archive and the run's record removed
        Finished
    };
    Step step = Step::Checking;
    QString runId;
    qint64 done = 0;
    qint64 total = 0;
    QString current;
};

struct RestoreResult
{
    bool ok = false;
    bool cancelled = false; // before anything changed
    QStringList runs;       // undone, newest first
    qint64 filesRestored = 0;
    qint64 filesMoved = 0;
    qint64 filesRemoved = 0;
    QString error;
    // Files changed since the run (a merged note edited, a note put where
    // an original goes back): nothing is restored while there are any.
    QStringList conflicts;
};

// Undoes runs, newest first, down to and including `runId` (empty: the
// latest), so the store is byte for byte as it was before that run:
// originals extracted from the run's archive (content, mode and mtime),
// promoted notes moved back, the notes and archive the run created removed
// (only while they hold exactly the bytes it wrote), index.json put back,
// and the run's record removed. Checked in full before the first change;
// a kill midway is completed by the next restore or RunRecovery.
class Restorer
{
public:
    struct Callbacks
    {
        std::function<void(const RestoreProgress &)> onProgress;
    };

    [[nodiscard]] static RestoreResult restore(const QString &root, const QString &runId = {},
                                               const CancelToken *cancel = nullptr,
                                               const Callbacks &callbacks = {});
};

} // namespace wm
