// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace wm {

class SqlConnection;

// What the index holds about each file (size, mtime, content hash, state),
// loaded once at the start of an update so that the walk can tell unchanged
// files without a query per file. Reader threads mark the files they see
// (markSeen is thread-safe); those never seen are gone from the folder.
class StoredDocs
{
public:
    struct Entry
    {
        qint64 size = 0;
        qint64 mtime = 0;
        quint64 hash = 0;
        int state = 0;
        bool racy = false;
        std::atomic<bool> seen{false};
    };

    void load(SqlConnection &db);

    // nullptr when the index does not know `key`.
    [[nodiscard]] Entry *find(const std::string &key);
    [[nodiscard]] size_t size() const { return m_map.size(); }

    // Calls `gone` for each file not seen by the walk, except below the
    // folders in `unlisted` (the walk could not list them); stops when it
    // returns false.
    void forEachUnseen(const std::vector<std::string> &unlisted,
                       const std::function<bool(const std::string &key)> &gone) const;

private:
    std::unordered_map<std::string, Entry> m_map;
};

} // namespace wm
