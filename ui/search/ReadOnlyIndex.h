// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/SqlConnection.h"

#include <QCoreApplication>
#include <QString>

namespace wm::ui {

// A search index opened for reading only. Searching must never delete,
// rebuild or even write an index: another process (`wm index`, a second
// window) may be its indexer. So unlike SearchIndex::open, a damaged,
// foreign or outdated file is reported, never replaced; the Search view's
// IndexJob, which holds the index lock, is the only one that may rebuild.
// WAL lets this connection read the last committed batch while a writer
// goes on.
class ReadOnlyIndex
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyIndex)

public:
    enum class Status
    {
        Opened,
        Missing,  // no index file (yet)
        Outdated, // made by another version of WhiteMagic: indexing rebuilds it
        Unusable, // not a WhiteMagic index of this folder, or unreadable
    };

    Status open(const QString &dbPath, const QString &root, QString *message);
    void close() { m_db.close(); }
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] SqlConnection &db() { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    Status outdated(QString *message);

    SqlConnection m_db;
    QString m_path;
};

} // namespace wm::ui
