// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace wm {

// Counters of one update run; also the progress snapshot.
struct IndexStats
{
    qint64 found = 0;     // files the walk delivered
    qint64 read = 0;      // files read (new or changed by size/mtime)
    qint64 added = 0;     // new text files indexed
    qint64 updated = 0;   // known files re-indexed because their content changed
    qint64 removed = 0;   // files gone from the folder, dropped from the index
    qint64 skipped = 0;   // binary or unreadable files looked at in this run
    qint64 unchanged = 0; // same size and mtime, or same content hash
    qint64 truncated = 0; // indexed only up to the content cap
    qint64 repaired = 0;  // had invalid UTF-8, repaired
    qint64 bytesRead = 0;
    qint64 substringDocs = 0; // documents added to the trigram index while building it
    double elapsedMs = 0;

    QString phase; // "walk", "remove", "substring", "done"
    bool finished = false;
    bool cancelled = false;

    // Unreadable files and folders ("path: reason"), at most maxErrors of them.
    QStringList errors;
    qint64 errorCount = 0;
    static constexpr int maxErrors = 50;

    // The run could not complete. `busy`: another process holds the index;
    // `damaged`: the database file turned out to be corrupt (rebuild it).
    QString fatalError;
    bool busy = false;
    bool damaged = false;

    [[nodiscard]] qint64 changes() const { return added + updated + removed; }
};

} // namespace wm
