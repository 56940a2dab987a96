// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexWriterThread.h"

#include "IndexRunState.h"
#include "SqliteError.h"

namespace wm {

IndexWriterThread::IndexWriterThread(SqlConnection &db, bool trigram, IndexWriter::Limits limits,
                                     IndexRunState &run, QString walkJson)
    : m_db(db), m_trigram(trigram), m_limits(limits), m_run(run), m_walkJson(std::move(walkJson))
{
}

IndexWriterThread::~IndexWriterThread()
{
    join();
}

void IndexWriterThread::start()
{
    m_thread = std::thread([this] { body(); });
}

void IndexWriterThread::join()
{
    if (m_thread.joinable()) m_thread.join();
}

void IndexWriterThread::body()
{
    try {
        drain();
    } catch (const SqliteError &e) {
        m_run.writerError = QString::fromUtf8(e.what());
        m_run.writerDamaged = e.isDamaged();
        m_run.stop.cancel();
        m_run.queue.abort();
    } catch (const std::exception &e) {
        m_run.writerError = QString::fromUtf8(e.what());
        m_run.stop.cancel();
        m_run.queue.abort();
    }
    m_run.markWriterDone();
}

void IndexWriterThread::drain()
{
    IndexWriter w(m_db, m_trigram, m_limits, m_run.written, m_walkJson);
    try {
        std::vector<IndexOp> ops;
        while (m_run.queue.popAll(ops)) {
            for (IndexOp &op : ops) {
                if (isCancelled(&m_run.stop) && m_run.queue.aborted()) break;
                w.apply(op);
            }
        }
        w.finish(); // what was applied before a cancel stays
    } catch (...) {
        w.abandon();
        m_run.wrote = w.wroteAnything();
        throw;
    }
    m_run.wrote = w.wroteAnything();
}

} // namespace wm
