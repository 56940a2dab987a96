// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexOptions.h"

#include <functional>

namespace wm {

class CancelToken;
class SearchIndex;

// Brings the trigram (substring) index in line with what is asked of it
// before an update run: drops it, leaves it, or builds it from the stored
// bodies in batched transactions. A build records how far it got
// (meta substring=building, substring_upto=<last id>), so a killed or
// cancelled build resumes where it stopped.
class TrigramBuilder
{
public:
    // Returns whether the update that follows must maintain the trigram
    // index. `built` counts documents added; false in `complete` when the
    // build was cancelled. Throws SqliteError.
    static bool prepare(SearchIndex &index, IndexOptions::Substring mode, const CancelToken *cancel,
                        const std::function<void(qint64 built)> &progress, bool *complete);
};

} // namespace wm
