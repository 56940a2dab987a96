// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <string>
#include <string_view>

namespace wm {

// A path on Linux is a byte string; QString (UTF-16) cannot hold every byte
// string, and Qt's own codec turns invalid UTF-8 into U+FFFD, which merges
// different files into one name. These conversions are lossless: a byte that
// is not part of valid UTF-8 becomes the lone surrogate U+DC80 + byte (the
// "surrogateescape" scheme of Python's os.fsdecode), and `encode` turns such
// surrogates back into the byte. For valid UTF-8 both match QFile's codec.
class NativePath
{
public:
    [[nodiscard]] static QString decode(std::string_view bytes);
    [[nodiscard]] static QByteArray encode(QStringView path);
    [[nodiscard]] static std::string encodeStd(QStringView path);
    // The path as users read it: escaped bytes shown as U+FFFD. Use for
    // messages and reports, never to open a file.
    [[nodiscard]] static QString display(QStringView path);
    [[nodiscard]] static QString displayBytes(std::string_view bytes);
    [[nodiscard]] static QString displayBytes(const QByteArray &bytes)
    {
        return displayBytes(std::string_view(bytes.constData(), size_t(bytes.size())));
    }
    [[nodiscard]] static bool isValidUtf8(std::string_view bytes);
    // True when `path` holds escaped bytes (came from a non-UTF-8 name).
    [[nodiscard]] static bool hasEscapes(QStringView path);

    // Opens `rel` below the open directory `rootFd`. With O_NOFOLLOW in
    // `flags` no component may be a symbolic link (openat2's
    // RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH), so a file or folder swapped for
    // a link after the walk is never read from outside the root. Paths
    // longer than PATH_MAX fail with ENAMETOOLONG in one call, so then the
    // path is opened one component at a time, each relative to its parent.
    // Returns an fd or -1 with errno set.
    [[nodiscard]] static int openBelow(int rootFd, std::string_view rel, int flags);
};

} // namespace wm
