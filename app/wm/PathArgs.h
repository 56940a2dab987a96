// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace wm::cli {

// Path arguments are bytes. QCoreApplication::arguments() decodes argv with
// Qt's codec, which turns bytes that are not UTF-8 into U+FFFD, so such a
// folder could never be found. These helpers keep every byte (see
// io/NativePath.h) from argv to the system call.
class PathArgs
{
public:
    // argv decoded losslessly: arguments that are UTF-8 read as usual.
    [[nodiscard]] static QStringList fromArgv(int argc, char **argv);
    // "no such folder: X", "not a folder: X", or empty when `path` is one.
    [[nodiscard]] static QString folderProblem(const QString &path);
    // realpath(3) of the folder, decoded losslessly; empty on failure.
    [[nodiscard]] static QString canonicalFolder(const QString &path);
};

} // namespace wm::cli
