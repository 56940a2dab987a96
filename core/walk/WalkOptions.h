// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace wm {

// What the walker visits. Shared by the audit and the search index so both
// see exactly the same set of files.
struct WalkOptions
{
    QString root;
    QStringList includes;
    QStringList excludes;
    bool caseInsensitiveGlobs = false;
    bool hidden = false;      // visit names starting with '.' (".git" is always skipped)
    bool noIgnore = false;    // disregard .gitignore, .ignore and .git/info/exclude
    bool followLinks = false; // follow symbolic links, even out of the root (loops are cut)
};

} // namespace wm
