// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <string_view>
#include <xxhash.h>

namespace wm {

// The digest of a run of files in key order: each file's key bytes, size,
// mtime and racy flag, chained through XXH3 (order matters, as both sides
// hash in key order). A statblocks row stores it for its docs; an update
// hashes what it stat'ed the same way (racy false: a racy doc never
// matches, so it is read again) and compares. Two different runs of files
// collide with a chance of 2^-64.
class StatDigest
{
public:
    void add(std::string_view key, qint64 size, qint64 mtimeMs, bool racy)
    {
        const quint64 fields[4] = {m_value, quint64(size), quint64(mtimeMs), racy ? 1u : 0u};
        m_value = XXH3_64bits_withSeed(key.data(), key.size(), XXH3_64bits(fields, sizeof fields));
        ++m_files;
    }
    [[nodiscard]] quint64 value() const { return m_value; }
    [[nodiscard]] qint64 files() const { return m_files; }

private:
    quint64 m_value = 0;
    qint64 m_files = 0;
};

} // namespace wm
