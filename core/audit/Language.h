// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <array>
#include <string_view>

namespace wm {

// The comment and string syntax of one language, as the line classifier
// needs it. Plain data, defined once in LanguageTable.cpp.
struct Language
{
    // Rules that do not fit the token table: line-start commands, literals
    // that hide comment markers, text that is neither code nor comment
    // syntax. Implemented by SourceCounter with the scanners in SyntaxScan.
    enum class Rules : unsigned char
    {
        None,
        Perl,       // POD from a column-0 =command to =cut; __END__/__DATA__ ends the code
        Ruby,       // =begin ... =end at column 0
        Python,     // docstrings are comments
        Shell,      // heredoc bodies are code
        Batch,      // rem and :: only as the line's command
        JavaScript, // regex literals may hold comment markers
        Lua,        // long brackets [==[ ]==] for strings and --[==[ ]==] comments
        Pascal      // {$...} and (*$...*) are compiler directives, code
    };

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
    Rules rules = Rules::None;
};

} // namespace wm
