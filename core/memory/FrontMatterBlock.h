// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace wm {

// The raw YAML of a front matter block cut into its top-level entries, each
// kept byte for byte (its key line and every indented or list line under
// it), so a merge can replace `tags` and add `merged_from` while every other
// field stays exactly as written. Comments and blank lines stay with the
// entry they follow. Only used on blocks yaml-cpp already parsed as a map.
class FrontMatterBlock
{
public:
    struct Entry
    {
        QByteArray key;  // empty for lines before the first key
        QByteArray text; // the entry's lines, each ending with '\n'
    };

    [[nodiscard]] static FrontMatterBlock split(const QByteArray &rawYaml);

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] bool contains(const QByteArray &key) const;
    // Replaces the entry `key` (in place), or appends it.
    void set(const QByteArray &key, const QByteArray &text);
    void append(const Entry &entry) { m_entries.append(entry); }
    [[nodiscard]] QByteArray text() const;

    // "key:\n  - a\n  - b\n" with each item a YAML double-quoted scalar
    // when it needs quoting.
    [[nodiscard]] static QByteArray listEntry(const QByteArray &key, const QStringList &items);

private:
    QList<Entry> m_entries;
};

} // namespace wm
