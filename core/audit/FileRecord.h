// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Counts.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <vector>

namespace wm {

// Everything the audit knows about one file. A file that could not be
// analysed is still a record: `error` says why, and it counts in the totals.
// Its measures (bytes, lines, words, code, comments, blanks, tokens) are the
// Counts base, so totals add a record with `+=`.
struct FileRecord : Counts
{
    QString path; // relative to the root, '/' separated; directories end in '/'
    // The same path as the file system's bytes (no trailing '/'). `path` is
    // for reading and shows bytes that are not UTF-8 as U+FFFD, so only
    // these bytes tell such names apart and reopen the file.
    QByteArray pathBytes;
    qint64 mtimeMs = 0;
    QString language; // empty when unknown
    bool binary = false;
    QString summary;
    // What this file says about its folder (a README's title, a Kconfig
    // menu, a manifest's description: text/FolderDescription); empty for
    // most files. The report map describes folders with it.
    QString description;
    // Hashed keys of the file's include/import references
    // (text/ReferenceKeys), for the report's "most used files"; empty for
    // files of no C, Python, JS/TS, Go or Rust family.
    std::vector<quint64> references;
    QString error; // empty when the file was read completely
    // A link row (--follow-links): `path` is a linked folder ("dlink/")
    // whose files are listed under `linkTarget` ("d/"), its real path.
    QString linkTarget;

    [[nodiscard]] bool hasError() const { return !error.isEmpty(); }
    // A folder row (its path ends in '/'): a folder the walk could not list
    // (with an error) or a link row; neither is a file.
    [[nodiscard]] bool isFolder() const { return path.endsWith(QLatin1Char('/')); }
    [[nodiscard]] QString topLevel() const
    {
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        return slash < 0 ? QStringLiteral(".") : path.left(slash);
    }
};

} // namespace wm

Q_DECLARE_METATYPE(wm::FileRecord)
