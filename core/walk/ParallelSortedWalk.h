// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderLister.h"
#include "IgnoredCounts.h"
#include "NodeLister.h"
#include "WalkEntry.h"
#include "WalkNode.h"
#include "WalkOptions.h"
#include "concurrency/CancelToken.h"
#include "io/UniqueFd.h"

#include <QString>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

class QThreadPool;

namespace wm {

// The sorted walk (SortedWalk's entries, in the same order) with folders
// listed ahead on a pool, several at once, and optionally their files
// stat'ed there too, right after the listing (NodeLister), while the
// calling thread takes the entries in path order, a folder's run of them at
// a time, in place. An index update with nothing to do then lists and stats
// on every core, as a parallel `find -printf` would, and its calling thread
// cuts a million files into groups in a few thousand steps.
//
// Folders are listed in walk order: a folder's key is "path/", and a
// sorted list of those keys is the order in which a depth-first sorted
// walk enters them; each listing task takes the first keys when it starts.
// The loop check runs as the caller enters each folder, over its
// subfolders in listing order, as SortedWalk's does: a folder mounted
// twice is walked where SortedWalk walks it. Without --follow-links only,
// like SortedWalk.
class ParallelSortedWalk
{
public:
    enum class Next
    {
        Span,    // *span holds the next entries
        Timeout, // nothing yet; ask again
        End      // the walk ended (see error())
    };
    struct Settings
    {
        bool displayPaths = true; // see SortedWalk::setDisplayPaths
        bool statFiles = false;   // size and mtime of every file (needsStat false)
    };
    // Consecutive entries of one folder (or one error row), handed over in
    // place: the consumer may move them out (the walk does not read them
    // again) and keeps `store` as long as it needs them.
    struct Span
    {
        std::shared_ptr<std::vector<WalkEntry>> store;
        size_t begin = 0;
        size_t end = 0;
        bool clean = true; // no error row among them
    };

    ParallelSortedWalk(const WalkOptions &options, QThreadPool &pool, const CancelToken *cancel,
                       Settings settings);
    // Stops listing and waits for the listings running on the pool.
    ~ParallelSortedWalk();
    ParallelSortedWalk(const ParallelSortedWalk &) = delete;
    ParallelSortedWalk &operator=(const ParallelSortedWalk &) = delete;

    // The next entries in walk order, waiting up to `waitMs` for listings.
    Next next(Span *span, int waitMs);
    // Stops the walk early: next() then ends.
    void cancel();
    // The walk's fatal error (the root cannot be walked); after Next::End.
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] qint64 discovered() const { return m_discovered; }
    [[nodiscard]] IgnoredCounts ignored() const { return m_ignored; }

private:
    using NodePtr = std::shared_ptr<WalkNode>;
    struct Frame
    {
        NodePtr node;
        size_t entry = 0;
        size_t folder = 0;
    };

    [[nodiscard]] bool stopped() const;
    bool start();
    // A pool task: lists the next folders.
    void listRun();
    void finished(std::vector<NodePtr> &run);
    // Guarded by m_mutex: start listing tasks within the budget; a node's
    // subfolders become known; a node is forgotten.
    void pump();
    [[nodiscard]] bool mayList() const;
    void listed(WalkNode &n);
    void drop(const NodePtr &n);
    void forget(WalkNode &n, bool counted);
    // The calling thread's side: wait for `n`'s listing, then walk into it.
    bool waitListed(WalkNode &n, int waitMs);
    void enter(NodePtr n);
    static Span folderError(const std::string &rel, int err);

    FolderLister m_lister; // first: nodes release its budget when they go
    QThreadPool &m_pool;
    const CancelToken *m_cancel;
    const int m_maxRuns;
    CancelToken m_stop;
    UniqueFd m_rootFd;
    NodeLister m_nodes;
    QString m_error;
    bool m_started = false;
    // The calling thread's: the folders it is in, what it has seen.
    std::vector<Frame> m_stack;
    std::set<WalkNode::Id> m_visited;
    qint64 m_discovered = 0;
    IgnoredCounts m_ignored;

    mutable std::mutex m_mutex; // guards the members below and WalkNode::state, ::dropped
    std::condition_variable m_changed;
    std::map<std::string, NodePtr> m_waiting; // known, not listed: by key, in walk order
    int m_ahead = 0;                          // listings started or done, not entered yet
    size_t m_entriesAhead = 0;                // their entries
    int m_running = 0;                        // listing tasks on the pool
};

} // namespace wm
