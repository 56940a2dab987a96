#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace wm {

// One operation of a run, in the order apply performs them. The whole list
// is written (steps.json, fsynced) before the first change, which is what
// makes the journal write-ahead: after a kill, recovery knows every step
// the run meant to take, and which of them were recorded as done.
struct JournalStep
{
    enum class Kind
    {
        SaveIndex,       // the current index.json copied into the run folder
        MakeFolder,      // path: a store folder the run creates (long_term/, archive/)
        WriteArchive,    // path: the run's .tar.lz4 (originals + manifest)
        VerifyArchive,   // the archive read back and checked against every hash
        CreateNote,      // path: a merged note or the digest; sha256 of what is written
        PointOfNoReturn, // before: undo everything; after: finish the run
        Promote,         // path -> target (rename, never replacing a file)
        Remove,          // path: an original, removed only if it still has sha256
        WriteIndex,      // index.json replaced (temporary file, fsync, rename)
        Commit           // the run is complete
    };

    Kind kind = Kind::Commit;
    QString path;   // relative to the store (lossless)
    QString target; // Promote only
    QByteArray sha256;
    qint64 size = 0;
    quint32 mode = 0644;
};

[[nodiscard]] QString journalStepName(JournalStep::Kind kind); // "save-index", ...

} // namespace wm
