// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <string_view>

namespace wm {

// One rule for every token figure WhiteMagic prints, so a report's own
// estimate and the per-file estimates agree. The rule is the usual
// "one token is about four bytes of text" approximation used for GPT-style
// BPE tokenizers; it is an estimate, documented as such in the README.
class TokenEstimator
{
public:
    static constexpr qint64 bytesPerToken = 4;

    [[nodiscard]] static constexpr qint64 forBytes(qint64 bytes) noexcept
    {
        return bytes <= 0 ? 0 : (bytes + bytesPerToken - 1) / bytesPerToken;
    }
    [[nodiscard]] static qint64 forText(std::string_view utf8) noexcept
    {
        return forBytes(static_cast<qint64>(utf8.size()));
    }
};

} // namespace wm
