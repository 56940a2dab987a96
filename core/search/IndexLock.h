// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// Keeps two indexers off the same index: an exclusive flock() on
// "<db>.lock". The kernel drops it when the holder exits, however it
// exits, so a killed indexer never leaves a stale lock behind. (Not the
// database file itself: closing any other descriptor of that file would
// drop SQLite's own POSIX locks.)
class IndexLock
{
public:
    IndexLock() = default;
    ~IndexLock();
    IndexLock(const IndexLock &) = delete;
    IndexLock &operator=(const IndexLock &) = delete;

    // True when acquired. Otherwise `holder` is the pid of the process
    // holding it (0 when unknown) and `error` any other failure.
    bool tryLock(const QString &dbPath, qint64 *holder, QString *error);
    void unlock();

private:
    int m_fd = -1;
};

} // namespace wm
