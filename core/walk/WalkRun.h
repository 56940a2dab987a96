// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FileWalker.h"
#include "GlobFilter.h"
#include "IgnoreRules.h"
#include "IgnoredCounts.h"
#include "io/UniqueFd.h"

#include <array>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace wm {

// The state of one FileWalker::walk, shared by all its tasks.
//
// Determinism with --follow-links: the walk that does not follow links is
// canonical. Linked folders are not entered when met; they are collected,
// and once the real tree is done they are taken in path order, one at a
// time (each subtree itself walked in parallel). A linked folder whose
// target was already listed (by its real path or an earlier link) becomes a
// link row naming the real path, so every file is reported once, under its
// real path when it has one inside the root, at any thread count.
class WalkRun
{
public:
    WalkRun(const WalkOptions &o, QThreadPool &pool, const CancelToken *cancel,
            const FileWalker::Sink &sink, std::atomic<qint64> &discovered,
            std::atomic<qint64> &peak, WorkMeter *meter);

    QString start(const std::function<void()> &tick, int tickMs);
    [[nodiscard]] IgnoredCounts ignored() const;

private:
    using RulesPtr = std::shared_ptr<const IgnoreRules>;
    struct DirState
    {
        RulesPtr rules;
        bool inRepository = false; // .gitignore counts only inside a git repository
    };
    struct LinkedDir
    {
        std::string rel;
        DirState state;
        dev_t dev = 0;
        ino_t ino = 0;
    };

    void submit(std::function<void()> job);
    void waitIdle(const std::function<void()> &tick, int tickMs);
    void followLinkedDirs(const std::function<void()> &tick, int tickMs);
    bool markVisited(const struct stat &st);
    [[nodiscard]] std::string nativePath(const std::string &rel) const;
    static WalkEntry errorEntry(const std::string &rel, bool isDir, const QString &why);
    [[nodiscard]] WalkEntry linkRow(const std::string &rel) const;
    DirState enter(int dirFd, const std::string &rel, DirState parent) const;
    bool ignored(const DirState &state, const std::string &rel, bool isDir);
    void emitChunk(std::vector<WalkEntry> &&chunk);
    void listDirectory(const std::string &rel, const DirState &state);

    const WalkOptions &m_options;
    GlobFilter m_filter;
    QThreadPool &m_pool;
    const CancelToken *m_cancel;
    const FileWalker::Sink &m_sink;
    std::atomic<qint64> &m_discovered;
    std::atomic<qint64> &m_peak;
    WorkMeter *m_meter; // listing tasks' time, for the automatic thread count
    std::string m_rootNative;
    std::string m_rootReal; // realpath of the root, to name a link row's real folder
    UniqueFd m_rootFd;      // folders are opened relative to it (long paths, no escape)

    std::mutex m_mutex;
    std::condition_variable m_done;
    qint64 m_pending = 0;

    std::mutex m_visitedMutex;
    std::set<std::pair<dev_t, ino_t>> m_visited;
    std::vector<LinkedDir> m_linkedDirs; // under m_visitedMutex
    std::array<std::atomic<qint64>, IgnoreRules::sourceCount> m_ignored{};
};

} // namespace wm
