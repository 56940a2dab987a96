// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FileRecord.h"

#include <string_view>

namespace wm {

struct Language;

// The facts the report map needs from a file's head, gathered while the
// analyzer holds it (no second read): the folder description of a README,
// Kconfig or manifest, and the keys of include/import references. Cheap:
// only describing files are parsed for a description, only source files of
// a referencing family are scanned, and only their first 32 KiB.
class FileFacts
{
public:
    static void collect(std::string_view relPath, std::string_view head, const Language *language,
                        FileRecord &record);
};

} // namespace wm
