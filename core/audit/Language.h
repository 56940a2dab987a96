#pragma once

#include <array>
#include <string_view>

namespace wm {

// The comment and string syntax of one language, as the line classifier
// needs it. Plain data, defined once in LanguageTable.cpp.
struct Language
{
    struct Block
    {
        std::string_view open;
        std::string_view close;
    };

    std::string_view name;
    std::array<std::string_view, 3> lineComments{}; // empty entries unused
    std::array<Block, 2> blockComments{};
    std::string_view quotes;        // characters that open and close a string
    bool tripleQuotes = false;      // """ and ''' strings may span lines (Python)
    bool nestedBlocks = false;      // block comments nest (Rust, Haskell, Swift)
    bool hashNeedsBoundary = false; // '#' starts a comment only after blank or at start (shells)
    bool prose = false;             // documentation and data, not code
};

} // namespace wm
