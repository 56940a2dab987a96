// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ReadOnlyIndex.h"
#include "jobs/WorkerJob.h"
#include "search/SearchQuery.h"
#include "search/SearchResult.h"

#include <memory>

namespace wm {
class SearchEngine;
}

namespace wm::ui {

struct SearchRequest
{
    QString root;       // canonical folder
    QString dbPath;     // its index
    int indexEpoch = 0; // bumped when the index file was replaced: reopen
    SearchQuery query;
    quint64 generation = 0; // the view's counter: stale replies are dropped
    bool append = false;    // a further page (lazy loading), not a new query
};

struct SearchReply
{
    SearchRequest request;
    SearchResult result;
    QString openError; // the index could not be opened (missing, foreign...)
    bool indexMissing = false;
    bool indexOutdated = false; // of another version: the view's indexing rebuilds it
};
using SearchReplyPtr = std::shared_ptr<const SearchReply>;

// Runs the Search view's queries on a worker thread, one at a time, on a
// read-only connection of its own (ReadOnlyIndex). A new query cancels the
// one in flight (SQLite is interrupted within milliseconds) and runs as
// soon as it has stopped; queries submitted meanwhile replace each other,
// so typing fast never queues up work.
class SearchJob : public WorkerJob
{
    Q_OBJECT
public:
    explicit SearchJob(QObject *parent = nullptr);
    ~SearchJob() override;

    void submit(const SearchRequest &request);

Q_SIGNALS:
    void replied(const wm::ui::SearchReplyPtr &reply);

private:
    SearchReply run(const SearchRequest &request, const CancelToken &cancel);

    // Worker-side state: touched by one run at a time (each run's thread is
    // joined before the next starts).
    ReadOnlyIndex m_index;
    std::unique_ptr<SearchEngine> m_engine;
    QString m_openPath;
    int m_openEpoch = -1;
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::ui::SearchReplyPtr)
