// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IgnoredCounts.h"
#include "WalkEntry.h"
#include "WalkOptions.h"

#include <QThreadPool>
#include <atomic>
#include <functional>
#include <vector>

namespace wm {

class CancelToken;
class WorkMeter;

// Walks a folder tree on a thread pool: each directory is one task, and the
// files of a directory reach the sink in chunks, each chunk as its own task,
// so a consumer that does heavy work per file (the audit) spreads a large
// directory over all threads. Symlink loops are cut by remembering every
// (device, inode) entered; with links not followed they cannot arise.
// Which ignore files apply is IgnoreFiles' business; the walk itself, with
// --follow-links determinism, is WalkRun's.
class FileWalker
{
public:
    // Called on pool threads, possibly concurrently.
    using Sink = std::function<void(std::vector<WalkEntry> &&chunk)>;

    explicit FileWalker(WalkOptions options);

    // Blocks until the walk and every sink call finished. `tick` runs on the
    // calling thread about every `tickMs` while waiting (progress, flushing).
    // Returns an error message when the root itself cannot be walked.
    QString walk(QThreadPool &pool, const CancelToken *cancel, const Sink &sink,
                 const std::function<void()> &tick = {}, int tickMs = 100);

    // Convenience: every entry, sorted by path, walked on `threads` threads.
    std::vector<WalkEntry> list(int threads = 0, const CancelToken *cancel = nullptr,
                                QString *error = nullptr);
    // The same on a caller's pool (the application's), which may be shared.
    std::vector<WalkEntry> list(QThreadPool &pool, const CancelToken *cancel = nullptr,
                                QString *error = nullptr);

    // Listing tasks (openat, getdents, fstatat: where a cold tree blocks
    // first) add their busy, CPU and run-queue time to `meter` from the next
    // walk on; null (the default) measures nothing. The sink measures itself.
    void setWorkMeter(WorkMeter *meter) { m_meter = meter; }

    [[nodiscard]] qint64 discovered() const { return m_discovered.load(); }
    // Entries the ignore rules hid in the last walk, by kind of rule.
    [[nodiscard]] const IgnoredCounts &ignored() const { return m_ignored; }
    [[nodiscard]] qint64 peakPendingTasks() const { return m_peakPending.load(); }
    [[nodiscard]] const WalkOptions &options() const { return m_options; }

    static constexpr size_t chunkSize = 48;

private:
    WalkOptions m_options;
    std::atomic<qint64> m_discovered{0};
    std::atomic<qint64> m_peakPending{0};
    IgnoredCounts m_ignored;
    WorkMeter *m_meter = nullptr;
};

} // namespace wm
