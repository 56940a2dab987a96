// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace wm {

// A file a step works on, relative to the store (lossless, NativePath).
struct StepFile
{
    QString path;
    QString target;    // Promote: where the note goes
    QByteArray sha256; // the bytes the file has (Remove, Promote) or gets (CreateNote, WriteIndex)
    // Remove: the original's modification time in ns, put back by restore
    // (the archive's tar headers keep whole seconds only).
    qint64 mtimeNs = 0;
};

// One step of a run, in the order apply performs them. The whole list is
// written (steps.json, fsynced) before the first change, which is what makes
// the journal write-ahead: after a kill, recovery knows every step the run
// meant to take and which were recorded as done. Steps on many files are
// batches (one journal line and one folder fsync per batch); every step can
// be repeated safely, so a batch cut short is simply done again.
struct JournalStep
{
    enum class Kind
    {
        MakeFolder,      // files[0].path: a store folder the run creates
        WriteArchive,    // the originals of every Remove step into the run folder's
                         // tmp/archive.tar.lz4 (with manifest); its SHA-256 is journalled
        VerifyArchive,   // read back against the manifest and the planned hashes,
                         // then renamed (never replacing) to files[0].path
        CreateNote,      // merged notes / the digest: written and renamed, never replacing
        PointOfNoReturn, // before it a kill rolls the run back; after it, finishes it
        Promote,         // path -> target renames, never replacing
        Remove,          // originals removed, each only while it still has sha256
        WriteIndex,      // index.json replaced by the run folder's index.after
        Commit           // the run is complete
    };

    Kind kind = Kind::Commit;
    std::vector<StepFile> files;
};

[[nodiscard]] QString journalStepName(JournalStep::Kind kind); // "make-folder", ...

} // namespace wm
