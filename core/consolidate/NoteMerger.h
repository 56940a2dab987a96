// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "memory/MemoryNote.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace wm {

// The note that replaces a cluster of near-duplicates. The oldest member
// (first) gives the front matter, every field kept byte for byte except
// `tags` (the union, in order of first appearance, case-insensitively) and
// `merged_from` (the sources' paths, after any the members already had);
// fields only other members have are appended as they were written. The
// body is every distinct paragraph (blank-line separated) of the members,
// oldest first; paragraphs equal after TextNormalizer::normalized (case,
// punctuation and spacing) appear once.
class NoteMerger
{
public:
    struct Result
    {
        QByteArray text;
        QStringList tags;
        QStringList mergedFrom;
        qint64 paragraphsKept = 0;
        qint64 paragraphsDropped = 0;
    };

    [[nodiscard]] static Result merge(const std::vector<const MemoryNote *> &oldestFirst);
    // The paragraphs of a body: separated by blank lines, trimmed, none empty.
    [[nodiscard]] static QStringList paragraphs(const QString &body);
};

} // namespace wm
