// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexWriter.h"

#include <QString>
#include <thread>

namespace wm {

class SqlConnection;
struct IndexRunState;

// The one thread that writes during an update: pops the queue and applies
// each change through an IndexWriter until the queue is closed and drained.
// It owns the connection from start() until join(). A failure stops the
// run (IndexRunState::stop, queue aborted) and is kept in the run state.
class IndexWriterThread
{
public:
    IndexWriterThread(SqlConnection &db, bool trigram, IndexWriter::Limits limits,
                      IndexRunState &run, QString walkJson);
    ~IndexWriterThread();
    IndexWriterThread(const IndexWriterThread &) = delete;
    IndexWriterThread &operator=(const IndexWriterThread &) = delete;

    void start();
    void join();

private:
    void body();
    void drain();

    SqlConnection &m_db;
    bool m_trigram;
    IndexWriter::Limits m_limits;
    IndexRunState &m_run;
    QString m_walkJson;
    std::thread m_thread;
};

} // namespace wm
