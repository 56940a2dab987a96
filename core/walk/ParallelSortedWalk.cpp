// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ParallelSortedWalk.h"

#include "WalkSyscalls.h"
#include "concurrency/PoolTask.h"
#include "io/NativePath.h"

#include <QThreadPool>
#include <algorithm>
#include <chrono>

namespace wm {
namespace {

// Listings run before other work queued on the same pool (an index
// update's diffs): the calling thread waits on them.
constexpr int listingPriority = 1;
// Listed ahead of the caller, at most: folders and their entries (memory;
// descriptors have budgets of their own: FolderLister).
constexpr int maxFoldersAhead = 4096;
constexpr size_t maxEntriesAhead = 64 * 1024;
// A listing task lists folders until they hold this many entries (or it
// has listed maxFoldersPerRun), and their stats go to the kernel in one
// submission of about this size. A rerun on a million files in folders of
// 100 took 1.32–1.52 s with two folders per task, 1.46–1.60 s with eight
// (more io_uring workers, more CPU) and 1.35–2.4 s with one (a submission,
// a wait and a wake-up per folder), against 1.52–1.60 s listing on one
// thread and stat'ing in the diff's groups (five runs each).
constexpr size_t filesPerRun = 192;
constexpr size_t maxFoldersPerRun = 16;

} // namespace

ParallelSortedWalk::ParallelSortedWalk(const WalkOptions &options, QThreadPool &pool,
                                       const CancelToken *cancel, Settings settings)
    : m_lister(options, &m_stop), m_pool(pool), m_cancel(cancel),
      // Two tasks queued per pool thread: every thread has folders to list,
      // and a folder found meanwhile that the caller needs sooner than those
      // queued waits for few of them (one per thread: the rerun above took
      // 1.62–1.74 s, waiting on listings; three or four gained nothing).
      m_maxRuns(std::max(1, pool.maxThreadCount()) * 2),
      m_nodes(m_lister, m_rootFd, settings.displayPaths, settings.statFiles)
{
}

ParallelSortedWalk::~ParallelSortedWalk()
{
    cancel();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_running == 0; });
}

void ParallelSortedWalk::cancel()
{
    m_stop.cancel();
    const std::lock_guard lock(m_mutex);
    m_waiting.clear();
    m_changed.notify_all();
}

bool ParallelSortedWalk::stopped() const
{
    return m_stop.isCancelled() || isCancelled(m_cancel);
}

// The root, checked, opened and listed on the calling thread.
bool ParallelSortedWalk::start()
{
    m_started = true;
    struct stat st
    {
    };
    m_error = m_lister.openRoot(m_rootFd, &st);
    if (!m_error.isEmpty()) return false;
    auto root = std::make_shared<WalkNode>();
    root->parentState = m_lister.rootState();
    root->path.emplace_back(st.st_dev, st.st_ino);
    m_visited.emplace(st.st_dev, st.st_ino);
    root->state = WalkNode::State::Done;
    m_nodes.listOne(*root);
    if (root->openError != 0) {
        m_error = m_lister.cannotOpenRoot(root->openError);
        return false;
    }
    {
        const std::lock_guard lock(m_mutex);
        ++m_ahead; // entered at once, like every folder (enter() gives it back)
        m_entriesAhead += root->entries.size();
    }
    enter(std::move(root));
    return true;
}

bool ParallelSortedWalk::mayList() const
{
    return !m_waiting.empty() && m_ahead < maxFoldersAhead && m_entriesAhead < maxEntriesAhead &&
           !stopped();
}

void ParallelSortedWalk::pump()
{
    while (m_running < m_maxRuns && mayList()) {
        ++m_running;
        PoolTask::start(
            m_pool, [this] { listRun(); }, listingPriority);
    }
}

// The next folders in walk order when the task starts (not when it was
// queued: a folder found meanwhile may be needed sooner), listed one after
// the other until they hold about filesPerRun entries, then their files
// stat'ed in one batch.
void ParallelSortedWalk::listRun()
{
    std::vector<NodePtr> run;
    std::vector<NodeLister::Listed> listed;
    size_t files = 0;
    while (files < filesPerRun && run.size() < maxFoldersPerRun && !stopped()) {
        {
            const std::lock_guard lock(m_mutex);
            if (!mayList()) break;
            run.push_back(std::move(m_waiting.begin()->second));
            m_waiting.erase(m_waiting.begin());
            run.back()->state = WalkNode::State::Started;
            ++m_ahead;
        }
        m_nodes.read(*run.back(), listed.emplace_back());
        files += listed.back().listing.children.size();
    }
    std::vector<WalkNode *> nodes;
    for (const NodePtr &n : run)
        nodes.push_back(n.get());
    if (!stopped()) m_nodes.finish(nodes, listed);
    finished(run);
}

void ParallelSortedWalk::finished(std::vector<NodePtr> &run)
{
    const std::lock_guard lock(m_mutex);
    for (const NodePtr &node : run) {
        node->state = WalkNode::State::Done;
        if (node->dropped || stopped())
            forget(*node, false);
        else
            listed(*node);
    }
    pump();
    run.clear(); // before the walk may go (~ParallelSortedWalk waits for m_running)
    --m_running;
    m_changed.notify_all();
}

void ParallelSortedWalk::listed(WalkNode &n)
{
    m_entriesAhead += n.entries.size();
    for (const WalkNode::SubFolder &f : n.folders)
        m_waiting.emplace(f.node->rel + '/', f.node);
}

// A listing started and thrown away: its budget back, its subfolders
// forgotten. `counted`: its entries were counted ahead.
void ParallelSortedWalk::forget(WalkNode &n, bool counted)
{
    --m_ahead;
    if (counted) m_entriesAhead -= n.entries.size();
    for (const WalkNode::SubFolder &f : n.folders)
        drop(f.node);
    n.entries.clear();
    n.folders.clear();
}

void ParallelSortedWalk::drop(const NodePtr &n)
{
    if (n->dropped) return;
    n->dropped = true;
    switch (n->state) {
    case WalkNode::State::Waiting:
        m_waiting.erase(n->rel + '/');
        if (n->fd.valid()) {
            n->fd.reset();
            m_lister.releaseKept();
        }
        break;
    case WalkNode::State::Started:
        break; // finished() forgets it
    case WalkNode::State::Done:
        forget(*n, true);
        break;
    }
}

bool ParallelSortedWalk::waitListed(WalkNode &n, int waitMs)
{
    std::unique_lock lock(m_mutex);
    if (n.state == WalkNode::State::Waiting) {
        // Not taken yet (the budget was full when it became known): the
        // caller needs it now, before anything else.
        m_waiting.erase(n.rel + '/');
        n.state = WalkNode::State::Done;
        ++m_ahead;
        lock.unlock();
        m_nodes.listOne(n);
        lock.lock();
        listed(n);
        return true;
    }
    return m_changed.wait_for(lock, std::chrono::milliseconds(waitMs), [this, &n] {
        return n.state == WalkNode::State::Done || stopped();
    }) && n.state == WalkNode::State::Done;
}

// The caller walks into `n`: its subfolders pass the loop check in the
// order they were listed (SortedWalk's order of checks), and their
// listings may start.
void ParallelSortedWalk::enter(NodePtr n)
{
    m_ignored += n->ignored;
    std::vector<const WalkNode::SubFolder *> folders;
    for (const WalkNode::SubFolder &f : n->folders)
        folders.push_back(&f);
    std::sort(folders.begin(), folders.end(), [](const auto *a, const auto *b) {
        return a->node->listedOrder < b->node->listedOrder;
    });
    std::vector<NodePtr> twice;
    for (const WalkNode::SubFolder *f : folders)
        if (!m_visited.insert(f->node->path.back()).second) twice.push_back(f->node);
    {
        const std::lock_guard lock(m_mutex);
        --m_ahead;
        m_entriesAhead -= n->entries.size();
        for (const NodePtr &sub : twice)
            drop(sub);
        pump();
    }
    if (!twice.empty())
        std::erase_if(n->folders, [](const WalkNode::SubFolder &f) { return f.node->dropped; });
    m_stack.push_back({std::move(n), 0, 0});
}

ParallelSortedWalk::Span ParallelSortedWalk::folderError(const std::string &rel, int err)
{
    Span span;
    span.store = std::make_shared<std::vector<WalkEntry>>(1);
    WalkEntry &e = span.store->front();
    e.nativeRel = rel;
    e.relPath = NativePath::displayBytes(rel) + QLatin1Char('/');
    e.isDirectory = true;
    e.error = walksys::walkError(err);
    span.end = 1;
    span.clean = false;
    return span;
}

ParallelSortedWalk::Next ParallelSortedWalk::next(Span *span, int waitMs)
{
    if (!m_started && !start()) return Next::End;
    for (;;) {
        if (stopped() || m_stack.empty()) {
            m_stack.clear();
            return Next::End;
        }
        Frame &f = m_stack.back();
        WalkNode &n = *f.node;
        const size_t nextFolder =
            f.folder < n.folders.size() ? n.folders[f.folder].before : n.entries.size() + 1;
        if (f.entry < n.entries.size() && f.entry < nextFolder) {
            // The folder's entries up to its next subfolder, in place.
            const size_t end = std::min(nextFolder, n.entries.size());
            *span = {std::shared_ptr<std::vector<WalkEntry>>(f.node, &n.entries), f.entry, end,
                     n.errors == 0};
            m_discovered += qint64(end - f.entry);
            f.entry = end;
            return Next::Span;
        }
        if (f.folder == n.folders.size()) {
            m_stack.pop_back();
            continue;
        }
        if (!waitListed(*n.folders[f.folder].node, waitMs)) return Next::Timeout;
        NodePtr sub = std::move(n.folders[f.folder].node);
        ++f.folder;
        if (sub->openError != 0) {
            {
                const std::lock_guard lock(m_mutex);
                --m_ahead;
            }
            *span = folderError(sub->rel, sub->openError);
            ++m_discovered;
            return Next::Span;
        }
        enter(std::move(sub)); // may move m_stack: `f` and `n` are not used after this
    }
}

} // namespace wm
