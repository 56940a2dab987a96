// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "KnownDoc.h"

#include <QtGlobal>
#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wm {

class SqlConnection;

// What the index holds about each file (size, mtime, content hash, state),
// loaded whole at the start of an update that follows links, whose walk
// comes in no useful order, so that it can tell unchanged files without a
// query per file. (Memory grows with the tree: the sorted walk, used when
// links are not followed, cuts it into stored blocks instead: StoredBlocks, SortedDiff.) Reader
// threads mark the files they see (`seen` is atomic); those never seen are
// gone from the folder.
class StoredDocs
{
public:
    struct Entry
    {
        KnownDoc doc;
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

    // Whether `key` lies below one of `dirs` (an empty one: the root).
    static bool isUnder(std::string_view key, const std::vector<std::string> &dirs);

private:
    std::unordered_map<std::string, Entry> m_map;
};

} // namespace wm
