// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "compress/ArchiveMember.h"

#include <QByteArray>

namespace wm::cli {

// How `wm archive list` prints members: names quoted as `tar -t` does
// (GNU tar's "escape" style in a UTF-8 locale), and the --long line.
class ArchiveListing
{
public:
    [[nodiscard]] static QByteArray escapedName(const QByteArray &name);
    [[nodiscard]] static QByteArray longLine(const ArchiveMember &m);
};

} // namespace wm::cli
