// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PathArgs.h"

#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <memory>
#include <sys/stat.h>

namespace wm::cli {

QStringList PathArgs::fromArgv(int argc, char **argv)
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args << NativePath::decode(argv[i]);
    return args;
}

QString PathArgs::folderProblem(const QString &path)
{
    struct stat st
    {
    };
    const QString shown = NativePath::display(path);
    if (::stat(NativePath::encode(path).constData(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return QStringLiteral("no such folder: %1").arg(shown);
        return QStringLiteral("cannot open %1: %2").arg(shown, lastErrnoText());
    }
    if (!S_ISDIR(st.st_mode)) return QStringLiteral("not a folder: %1").arg(shown);
    return {};
}

QString PathArgs::canonicalFolder(const QString &path)
{
    const std::unique_ptr<char, decltype(&std::free)> real(
        ::realpath(NativePath::encode(path).constData(), nullptr), &std::free);
    return real ? NativePath::decode(real.get()) : QString();
}

} // namespace wm::cli
