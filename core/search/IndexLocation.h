// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// Where indexes live unless --db says otherwise, and the name of each.
class IndexLocation
{
public:
    // <data folder>/search/<folder name>-<hash of the path's bytes>.db, where
    // the data folder is $XDG_DATA_HOME/WhiteMagic (~/.local/share/WhiteMagic).
    static QString defaultPath(const QString &canonicalRoot);
    // The folder of the default indexes, and the one older versions used
    // (…/WhiteMagic/WhiteMagic/search, the organisation name twice).
    static QString defaultFolder();
    static QString legacyFolder();
    // <folder name>-<hash>.db: the file name part of defaultPath.
    static QString fileNameFor(const QString &canonicalRoot);
};

} // namespace wm
