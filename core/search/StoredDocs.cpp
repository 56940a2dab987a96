// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StoredDocs.h"

#include "SqlConnection.h"
#include "SqlStatement.h"

namespace wm {
bool StoredDocs::isUnder(std::string_view key, const std::vector<std::string> &dirs)
{
    for (const std::string &d : dirs)
        if (d.empty() ||
            (key.size() > d.size() && key.compare(0, d.size(), d) == 0 && key[d.size()] == '/'))
            return true;
    return false;
}

void StoredDocs::load(SqlConnection &db)
{
    m_map.clear();
    SqlStatement st(db.handle(), "SELECT key, size, mtime, hash, state, racy FROM docs");
    while (st.step()) {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st.handle(), 0));
        std::string key(p ? p : "", size_t(sqlite3_column_bytes(st.handle(), 0)));
        Entry &d = m_map[std::move(key)];
        d.doc.size = st.int64(1);
        d.doc.mtime = st.int64(2);
        d.doc.hash = quint64(st.int64(3));
        d.doc.state = int(st.int64(4));
        d.doc.racy = st.int64(5) != 0;
    }
}

StoredDocs::Entry *StoredDocs::find(const std::string &key)
{
    const auto it = m_map.find(key);
    return it == m_map.end() ? nullptr : &it->second;
}

void StoredDocs::forEachUnseen(const std::vector<std::string> &unlisted,
                               const std::function<bool(const std::string &key)> &gone) const
{
    for (const auto &[key, doc] : m_map) {
        if (doc.seen.load(std::memory_order_relaxed) || isUnder(key, unlisted)) continue;
        if (!gone(key)) return;
    }
}

} // namespace wm
