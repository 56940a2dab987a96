// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// One text for in-memory near-duplicate detection: `id` is the caller's
// (a note's file name, a database key), `text` what is compared.
struct Document
{
    QString id;
    QString text;
};

} // namespace wm
