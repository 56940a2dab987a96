// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FileFacts.h"

#include "Language.h"
#include "text/FolderDescription.h"
#include "text/ReferenceKeys.h"

namespace wm {

void FileFacts::collect(std::string_view relPath, std::string_view head, const Language *language,
                        FileRecord &record)
{
    if (const auto kind = FolderDescription::kindOf(relPath); kind != FolderDescription::Kind::None)
        record.description = FolderDescription::extract(kind, head);
    if (language == nullptr) return;
    const auto family = ReferenceKeys::familyOf(language->name);
    if (family != ReferenceKeys::Family::None)
        record.references = ReferenceKeys::scan(head, family, relPath);
}

} // namespace wm
