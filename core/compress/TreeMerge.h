// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <functional>

namespace wm {

// Moves a staged tree (an extraction's staging folder) into its destination
// as one step that can be taken back: every rename is written to a journal,
// and if any move fails the journal is replayed backwards, so the
// destination ends as it was before (all or nothing, issue 10.12).
//
// Folders present on both sides are merged; anything else is moved with
// one rename. An existing non-folder is replaced only with `overwrite`, and
// then with renameat2(RENAME_EXCHANGE): the old entry lands in the staging
// folder (deleted with it on success), so an undo can swap it back. No
// entry that was already in the destination is ever deleted here.
// Names are moved in byte order, so a failure always leaves the same state.
class TreeMerge
{
public:
    TreeMerge(int srcRootFd, int dstRootFd, bool overwrite);

    // Runs the merge; false (with one message per problem in `errors`)
    // after undoing every move made so far.
    bool run(QStringList &errors);

    // For tests: called before each move with the member path; returning
    // false makes that move fail as a rename would (EIO).
    void setBeforeMove(std::function<bool(const QByteArray &)> hook)
    {
        m_beforeMove = std::move(hook);
    }
    // Moves made by the last run (undone ones included).
    [[nodiscard]] qsizetype moves() const { return m_journal.size(); }

private:
    struct Move
    {
        QByteArray parent; // folder holding the entry, relative to both roots
        QByteArray name;
        bool exchanged = false; // swapped with an entry that was in the way
    };

    bool mergeDir(int srcFd, int dstFd, const QByteArray &prefix, QStringList &errors);
    bool moveEntry(int srcFd, int dstFd, const QByteArray &prefix, const QByteArray &name,
                   bool replace, QStringList &errors);
    void undo(QStringList &errors);

    int m_src;
    int m_dst;
    bool m_overwrite;
    QList<Move> m_journal;
    std::function<bool(const QByteArray &)> m_beforeMove;
};

} // namespace wm
