// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TokenList.h"

#include <QString>
#include <string>

namespace wm {

// One file read and made ready for the index by a worker thread; the
// writer thread only has to store it.
struct PreparedDoc
{
    enum class Kind
    {
        Text,
        Binary,
        Unreadable
    };

    Kind kind = Kind::Text;
    std::string key; // path relative to the root, file system bytes
    QString path;    // the same, for display and search ('/' separated)
    QString name;
    QString ext; // lower case, no dot
    QString title;
    QString tags;        // ", " separated
    std::string content; // valid UTF-8, capped
    std::string stored;  // `content` as the index stores it (BodyCodec), when a reader made it
    TokenList tokens;    // of `content`, when a reader tokenized it (WordTokenizer)
    qint64 size = 0;
    qint64 mtimeMs = 0;
    quint64 hash = 0;       // XXH3 of the bytes indexed (the head only, for binaries)
    bool truncated = false; // longer than the content cap
    bool racy = false;      // modified just before it was read (IndexUpdater::racyWindowMs)
    bool repaired = false;  // had invalid UTF-8
    QString error;          // Unreadable: why
};

} // namespace wm
