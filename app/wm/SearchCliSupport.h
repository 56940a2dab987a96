// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/IndexOptions.h"
#include "search/IndexStats.h"
#include "search/SearchIndex.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace wm {
class CancelToken;
}

namespace wm::cli {

// What wm index and wm search share: finding the index of a folder,
// opening it (rebuilding a damaged one, with a message) and updating it
// with progress on a terminal.
struct IndexTarget
{
    QString root;   // canonical folder
    QString dbPath; // --db or the default location
    bool userPath = false;
};

// Checks DIR and resolves the database path; prints a usage error and
// returns false when DIR is no folder.
bool resolveTarget(const QString &command, const QString &dir, const QString &db,
                   IndexTarget &target);

// Opens or creates the index. Returns ExitOk, or the exit code after
// printing why not. `create` false: a missing index is an error.
// `checkBelowBytes`: run SQLite's quick_check on files up to this size
// (SearchIndex::OpenOptions::fullCheckBelowBytes); `fullCheck`: whatever the size.
// `create` false: opened read-only (never created, rebuilt or moved; a
// damaged index is an error). `fresh`: start from an empty index built
// beside the current one (SearchIndex::OpenOptions::fresh). `stageNew`: a
// missing index is built in a staging file too (OpenOptions::stageNew);
// the caller publishes it.
int openIndex(const QString &command, const IndexTarget &target, SearchIndex &index, bool create,
              bool fullCheck, bool quiet, qint64 checkBelowBytes = qint64(16) << 20,
              bool fresh = false, bool stageNew = false);

// Runs the updater; when the file turns out damaged mid-way, rebuilds it
// and runs once more. Progress goes to stderr when `progress` is set, from
// `delayMs` on (so quick updates stay silent).
IndexStats updateIndex(const QString &command, SearchIndex &index, const IndexOptions &options,
                       const CancelToken *cancel, bool progress, int delayMs = 0);

QString formatBytes(qint64 bytes);

} // namespace wm::cli
