// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TextNormalizer.h"

#include <QStringView>
#include <functional>

namespace wm {

// The normaliser's word loop (TextNormalizer documents the rules), shared by
// TextNormalizer and TextFeatures so both see exactly the same words. The
// callback's view is valid only during the call.
class WordScanner
{
public:
    using Visit = std::function<void(QStringView foldedWord)>;
    static void scan(QStringView text, const NormalizeOptions &options, const Visit &visit);
};

} // namespace wm
