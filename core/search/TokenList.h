// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wm {

// A text's tokens as FTS5's tokenizer reports them (the token bytes, its
// byte range in the text, its flags), computed on a reader thread so that
// the writer thread only replays them (TokenReplay). Most tokens are their
// own source bytes (already lower-case ASCII); only the others keep a copy.
struct TokenList
{
    struct Token
    {
        std::int32_t start = 0;
        std::int32_t end = 0;
        std::int32_t folded = -1; // offset in `foldedBytes`, -1: the source bytes
        std::int32_t length = 0;  // of the token bytes
        std::int32_t flags = 0;
    };
    std::vector<Token> tokens;
    std::string foldedBytes;
    bool valid = false; // false: not computed, the writer tokenizes itself

    [[nodiscard]] size_t bytes() const
    {
        return tokens.size() * sizeof(Token) + foldedBytes.size();
    }
};

} // namespace wm
