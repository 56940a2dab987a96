// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QtGlobal>

namespace wm {

// Progress of applying (or restoring) a run, reported in batches on the
// calling thread. Steps run in this order; cancelling is possible up to
// PointOfNoReturn (everything before it is undone), not after it.
struct ConsolidationProgress
{
    enum class Step
    {
        Checking,        // the notes still match the plan (sizes and SHA-256)
        Archiving,       // originals written into the run's .tar.lz4 (+ manifest)
        Verifying,       // the archive read back: every member against its hash
        Writing,         // merged notes and the digest created
        PointOfNoReturn, // journal record written: from here the run finishes
        Promoting,       // short_term/ -> long_term/ renames
        Removing,        // archived and merged originals removed
        Indexing,        // index.json replaced atomically
        Finished
    };
    Step step = Step::Checking;
    qint64 done = 0; // units of the current step (files, or bytes for Archiving)
    qint64 total = 0;
    bool pastPointOfNoReturn = false; // cancel no longer possible
    QString current;                  // the file being handled (display form)
};

[[nodiscard]] QString progressStepName(ConsolidationProgress::Step step);

} // namespace wm
