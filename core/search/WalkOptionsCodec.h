// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "walk/WalkOptions.h"

#include <QString>

namespace wm {

// The walk options an index was built with, stored in its meta table so a
// later update (wm search refreshing a stale index) walks the same files.
class WalkOptionsCodec
{
public:
    [[nodiscard]] static QString toJson(const WalkOptions &options);
    // `root` replaces whatever root the JSON had; defaults for missing keys.
    [[nodiscard]] static WalkOptions fromJson(const QString &json, const QString &root);
};

} // namespace wm
