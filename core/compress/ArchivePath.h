// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wm {

// The rules that keep extraction inside its folder. Member names are split
// into components after dropping "." components, leading "./" and trailing
// slashes; an absolute name, an empty one, or one with a ".." component is
// refused (we do not silently rewrite it, unlike tar, because a rewritten
// path is not what the archive's author meant).
class ArchivePath
{
public:
    static bool split(const QByteArray &name, QList<QByteArray> &components,
                      QString *why = nullptr);
    [[nodiscard]] static QByteArray join(const QList<QByteArray> &components);
    // The canonical form used to compare names (manifest, duplicates);
    // empty when the name is unsafe.
    [[nodiscard]] static QByteArray normalize(const QByteArray &name);
    // "." or "./": the entry `tar -cf a.tar -C dir .` writes for the top
    // folder itself. Not unsafe, just nothing to create: callers skip it.
    [[nodiscard]] static bool isTopFolder(const QByteArray &name);

    // A symbolic link created at `linkComponents` may point to `target` only
    // if the target is relative, starts with at most as many ".." as the link
    // has parent folders, and has no ".." after a name. The last rule matters:
    // "dir/.." is lexically harmless, but if "dir" is itself a link the kernel
    // resolves ".." from the link's target, so a pair of innocent-looking
    // links could point outside. With these rules every link we create
    // resolves inside the folder, whatever other links it passes through.
    static bool isSafeSymlinkTarget(const QList<QByteArray> &linkComponents,
                                    const QByteArray &target, QString *why = nullptr);
};

} // namespace wm
