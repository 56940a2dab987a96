// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "text/FrontMatter.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wm {

// Where a note lives in a memory folder.
enum class NoteTier
{
    ShortTerm, // short_term/
    LongTerm,  // long_term/
    Archive    // archive/ (plain notes kept there; never changed)
};

[[nodiscard]] QString tierFolder(NoteTier tier); // "short_term", ...

// One note of a memory store, read whole. Valid notes have YAML front
// matter (read by text/FrontMatter on yaml-cpp) with at least a title or a
// created time; `problem` says why a note is malformed (then only relPath,
// tier, size and sha256 are meaningful, and nothing ever changes the file).
struct MemoryNote
{
    QString relPath; // "short_term/20261201_120000_x.md", lossless (NativePath)
    NoteTier tier = NoteTier::ShortTerm;
    QByteArray bytes;  // the file as read
    QByteArray sha256; // raw 32 bytes of `bytes`
    qint64 size = 0;
    quint32 mode = 0644; // permission bits, restored by `wm restore`
    qint64 mtimeNs = 0;  // modification time (ns since the epoch), restored too

    FrontMatter frontMatter;
    QByteArray rawFrontMatter; // the YAML between the fences, verbatim
    QByteArray rawBody;        // everything after the closing fence's line, verbatim
    QString body;              // rawBody decoded (invalid UTF-8 becomes U+FFFD)
    QString title;             // front matter `title`, else the slug
    QDateTime created;         // front matter `created` (UTC), else the name's stamp
    QStringList tags;          // FrontMatter::tags()
    QStringList mergedFrom;    // front matter `merged_from`, from an earlier merge
    QString problem;           // empty when valid

    [[nodiscard]] bool isValid() const { return problem.isEmpty(); }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] bool hasTag(const QString &tag) const; // case-insensitive

    // Parses `bytes` (the file named `relPath`); sets `problem` on malformed
    // front matter: none at all, not closed, not YAML, not a mapping, a
    // `created` that is not ISO 8601, a `tags` that is not a list.
    [[nodiscard]] static MemoryNote parse(const QString &relPath, NoteTier tier, QByteArray bytes);
};

} // namespace wm
