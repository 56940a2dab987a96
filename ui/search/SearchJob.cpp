// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchJob.h"

#include "SearchUiLogging.h"
#include "search/SearchEngine.h"

namespace wm::ui {

SearchJob::SearchJob(QObject *parent) : WorkerJob(parent)
{
}

SearchJob::~SearchJob()
{
    cancelAndWait(); // the worker uses m_index and m_engine until it returns
}

void SearchJob::submit(const SearchRequest &request)
{
    startLatest([this, request](const CancelToken &cancel) {
        auto reply = std::make_shared<SearchReply>(run(request, cancel));
        postToOwner([this, reply] { Q_EMIT replied(reply); });
    });
}

SearchReply SearchJob::run(const SearchRequest &request, const CancelToken &cancel)
{
    SearchReply reply;
    reply.request = request;
    if (!m_index.isOpen() || m_openPath != request.dbPath || m_openEpoch != request.indexEpoch) {
        m_engine.reset();
        const ReadOnlyIndex::Status st =
            m_index.open(request.dbPath, request.root, &reply.openError);
        if (st != ReadOnlyIndex::Status::Opened) {
            reply.indexMissing = st == ReadOnlyIndex::Status::Missing;
            reply.indexOutdated = st == ReadOnlyIndex::Status::Outdated;
            reply.result.status = SearchResult::Status::Failed;
            return reply;
        }
        m_openPath = request.dbPath;
        m_openEpoch = request.indexEpoch;
        m_engine = std::make_unique<SearchEngine>(m_index.db());
    }
    reply.result = m_engine->search(request.query, &cancel);
    if (reply.result.status == SearchResult::Status::Failed) {
        // Reopen next time: the file may have been replaced under us.
        qCInfo(lcUiSearch) << "search failed:" << reply.result.error;
        m_engine.reset();
        m_index.close();
    }
    return reply;
}

} // namespace wm::ui
