// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexQueue.h"
#include "IndexStats.h"
#include "IndexWriter.h"
#include "concurrency/CancelToken.h"

#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace wm {

// Everything the walker's threads, the writer thread and the calling
// thread share during one IndexUpdater run.
struct IndexRunState
{
    explicit IndexRunState(size_t queueBytes) : queue(queueBytes) {}

    IndexQueue queue;
    CancelToken stop; // the caller's cancel, a writer failure or a walk error
    IndexWriter::Counters written;
    std::atomic<qint64> found{0}, read{0}, skipped{0}, unchanged{0}, bytes{0}, truncated{0},
        repaired{0};
    std::atomic<bool> writerDone{false};

    std::mutex mutex;                       // guards the members below
    std::condition_variable writerFinished; // writerDone became true
    QStringList errors;
    qint64 errorCount = 0;
    std::vector<std::string> unlistedDirs;

    // Written by the writer thread, read after it joined.
    QString writerError;
    bool writerDamaged = false;
    bool wrote = false;

    void addError(const QString &path, const QString &why)
    {
        std::lock_guard lock(mutex);
        ++errorCount;
        if (errors.size() < IndexStats::maxErrors) errors << path + QStringLiteral(": ") + why;
    }

    void addUnlisted(const std::string &dir)
    {
        std::lock_guard lock(mutex);
        unlistedDirs.push_back(dir);
    }

    // Called by the writer thread as it ends.
    void markWriterDone()
    {
        std::lock_guard lock(mutex);
        writerDone = true;
        writerFinished.notify_all();
    }

    // Waits up to `ms` for the writer to end; true when it has.
    bool waitForWriter(int ms)
    {
        std::unique_lock lock(mutex);
        return writerFinished.wait_for(lock, std::chrono::milliseconds(ms),
                                       [this] { return writerDone.load(); });
    }

    void fill(IndexStats &s) const
    {
        s.found = found;
        s.read = read;
        s.added = written.added;
        s.updated = written.updated;
        s.removed = written.removed;
        s.skipped = skipped + written.skipped;
        s.unchanged = unchanged + written.unchanged;
        s.bytesRead = bytes;
        s.truncated = truncated;
        s.repaired = repaired;
    }
};

} // namespace wm
