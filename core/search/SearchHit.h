// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wm {

// A highlighted stretch of a snippet or title, in UTF-16 code units (the
// way JavaScript and Qt index strings), so a front end can highlight
// without parsing any markup.
struct HitSpan
{
    int start = 0;
    int length = 0;
};

// One file found by a search.
struct SearchHit
{
    QString path;         // relative to the indexed folder, '/' separated
    QByteArray pathBytes; // the same path as the file system's bytes (path shows U+FFFD for
                          // bytes that are not UTF-8; these tell such names apart)
    double score = 0;     // higher is better: -bm25 (words), occurrences (substring)
    QString title;
    QList<HitSpan> titleHits;
    QString snippet;     // one line of text around the best hits ("…" where cut)
    QList<HitSpan> hits; // within snippet
    int line = 0;        // 1-based line of the first hit shown (0 when no text hit)
    qint64 size = 0;
    qint64 mtimeMs = 0;
    bool truncated = false; // only the first part of the file is indexed
};

} // namespace wm
