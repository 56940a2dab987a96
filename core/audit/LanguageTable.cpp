// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LanguageTable.h"

namespace wm {

// Comment syntax per language. Sources: each language's reference manual;
// the same table shape as cloc's and tokei's language definitions.
// Built on first use, not at program start: the compiler builds it with
// code (8 KiB of it, writing 11 KiB), which every `wm` command, a search
// included, would otherwise run and fault in before main.
std::span<const Language> LanguageTable::languages()
{
    using B = Language::Block;
    using R = Language::Rules;
    static constexpr B cBlock{"/*", "*/"};
    static constexpr B htmlBlock{"<!--", "-->"};
    static const Language table[] = {
        {"C", {"//"}, {cBlock}, "\"'"},
        {"C Header", {"//"}, {cBlock}, "\"'"},
        {"C++", {"//"}, {cBlock}, "\"'"},
        {"C#", {"//"}, {cBlock}, "\"'"},
        {"Objective-C", {"//"}, {cBlock}, "\"'"},
        {"Java", {"//"}, {cBlock}, "\"'"},
        {"Kotlin", {"//"}, {cBlock}, "\"'", false, true},
        {"Scala", {"//"}, {cBlock}, "\"'", false, true},
        {"Go", {"//"}, {cBlock}, "\"'`"},
        {"Rust", {"//"}, {cBlock}, "\"", false, true},
        {"Swift", {"//"}, {cBlock}, "\"", false, true},
        {"Dart", {"//"}, {cBlock}, "\"'"},
        {"JavaScript", {"//"}, {cBlock}, "\"'`", false, false, false, false, R::JavaScript},
        {"TypeScript", {"//"}, {cBlock}, "\"'`", false, false, false, false, R::JavaScript},
        {"Zig", {"//"}, {}, "\"'"},
        {"D", {"//"}, {cBlock, B{"/+", "+/"}}, "\"'`"},
        {"Groovy", {"//"}, {cBlock}, "\"'"},
        {"Protocol Buffers", {"//"}, {cBlock}, "\"'"},
        {"QML", {"//"}, {cBlock}, "\"'"},
        {"CSS", {}, {cBlock}, "\"'"},
        {"SCSS", {"//"}, {cBlock}, "\"'"},
        {"Device Tree", {"//"}, {cBlock}, "\""},
        {"Assembly", {";", "//", "#"}, {cBlock}, "\""},
        {"Python", {"#"}, {}, "\"'", true, false, false, false, R::Python},
        {"Ruby", {"#"}, {}, "\"'", false, false, false, false, R::Ruby},
        {"Perl", {"#"}, {}, "\"'", false, false, false, false, R::Perl},
        {"Shell", {"#"}, {}, "\"'", false, false, true, false, R::Shell},
        {"PowerShell", {"#"}, {B{"<#", "#>"}}, "\"'"},
        {"Makefile", {"#"}, {}, ""},
        {"CMake", {"#"}, {B{"#[[", "]]"}}, "\""},
        {"Dockerfile", {"#"}, {}, "\"'"},
        {"Kconfig", {"#"}, {}, "\"'"},
        {"Meson", {"#"}, {}, "'"},
        {"Nix", {"#"}, {cBlock}, "\""},
        {"R", {"#"}, {}, "\"'"},
        {"Julia", {"#"}, {B{"#=", "=#"}}, "\"", false, true},
        {"Elixir", {"#"}, {}, "\"'"},
        {"Tcl", {"#"}, {}, "\""},
        {"Awk", {"#"}, {}, "\""},
        {"YAML", {"#"}, {}, "\"'", false, false, true, true},
        {"TOML", {"#"}, {}, "\"'", false, false, false, true},
        {"INI", {";", "#"}, {}, "", false, false, false, true},
        {"PHP", {"//", "#"}, {cBlock}, "\"'"},
        {"Lua", {"--"}, {}, "\"'", false, false, false, false, R::Lua},
        {"SQL", {"--"}, {cBlock}, "'\""},
        {"Haskell", {"--"}, {B{"{-", "-}"}}, "\"", false, true},
        {"Ada", {"--"}, {}, "\""},
        {"VHDL", {"--"}, {}, "\""},
        {"Verilog", {"//"}, {cBlock}, "\""},
        {"OCaml", {}, {B{"(*", "*)"}}, "\"", false, true},
        {"Pascal",
         {"//"},
         {B{"{", "}"}, B{"(*", "*)"}},
         "'",
         false,
         false,
         false,
         false,
         R::Pascal},
        {"Fortran", {"!"}, {}, "\"'"},
        {"Erlang", {"%"}, {}, "\""},
        {"TeX", {"%"}, {}, "", false, false, false, true},
        {"MATLAB", {"%"}, {B{"%{", "%}"}}, "\""},
        {"Lisp", {";"}, {B{"#|", "|#"}}, "\"", false, true},
        {"Clojure", {";"}, {}, "\""},
        {"Scheme", {";"}, {B{"#|", "|#"}}, "\"", false, true},
        {"Vim script", {"\""}, {}, "'"},
        {"Batch", {}, {}, "", false, false, false, false, R::Batch},
        {"HTML", {}, {htmlBlock}, "", false, false, false, false},
        {"XML", {}, {htmlBlock}, "", false, false, false, true},
        {"SVG", {}, {htmlBlock}, "", false, false, false, true},
        {"Vue", {"//"}, {htmlBlock, cBlock}, "\"'`"},
        {"Markdown", {}, {htmlBlock}, "", false, false, false, true},
        {"reStructuredText", {}, {}, "", false, false, false, true},
        {"JSON", {}, {}, "\"", false, false, false, true},
        {"CSV", {}, {}, "", false, false, false, true},
        {"Plain Text", {}, {}, "", false, false, false, true},
        {"Diff", {}, {}, "", false, false, false, true},
        {"GraphQL", {"#"}, {}, "\""},
        {"HCL", {"#", "//"}, {cBlock}, "\""},
        {"Nim", {"#"}, {B{"#[", "]#"}}, "\"", false, true},
        // cloc's rules: yacc takes C++ comments, lex C comments only (a // in
        // a lex rule is a pattern).
        {"Yacc", {"//"}, {cBlock}, "\"'"},
        {"Lex", {}, {cBlock}, "\"'"},
    };
    return table;
}

namespace {

// The name lists (see LanguageTable.h) are constant data: no code runs
// to build them.
constexpr LanguageTable::NameList kExtensions[] = {
    {"C", "c"},
    {"C Header", "h"},
    {"C++", "cpp cc cxx c++ hpp hh hxx h++ ipp tcc inl"},
    {"C#", "cs"},
    {"Objective-C", "m mm"},
    {"Java", "java"},
    {"Kotlin", "kt kts"},
    {"Scala", "scala sc"},
    {"Go", "go"},
    {"Rust", "rs"},
    {"Swift", "swift"},
    {"Dart", "dart"},
    {"JavaScript", "js mjs cjs jsx"},
    {"TypeScript", "ts tsx mts cts"},
    {"Zig", "zig"},
    {"D", "d"},
    {"Groovy", "groovy gradle"},
    {"Protocol Buffers", "proto"},
    {"QML", "qml"},
    {"CSS", "css"},
    {"SCSS", "scss sass less"},
    {"Device Tree", "dts dtsi"},
    {"Assembly", "s S asm"},
    {"Python", "py pyi pyw"},
    {"Ruby", "rb rake gemspec"},
    {"Perl", "pl pm t"},
    {"Shell", "sh bash zsh ksh fish"},
    {"PowerShell", "ps1 psm1 psd1"},
    {"Makefile", "mk mak"},
    {"CMake", "cmake"},
    {"Nix", "nix"},
    {"R", "r R"},
    {"Julia", "jl"},
    {"Elixir", "ex exs"},
    {"Tcl", "tcl"},
    {"Awk", "awk"},
    {"YAML", "yaml yml"},
    {"TOML", "toml"},
    {"INI", "ini cfg conf desktop"},
    {"PHP", "php"},
    {"Lua", "lua"},
    {"SQL", "sql"},
    {"Haskell", "hs lhs"},
    {"Ada", "adb ads"},
    {"VHDL", "vhd vhdl"},
    {"Verilog", "v sv svh"},
    {"OCaml", "ml mli"},
    {"Pascal", "pas pp"},
    {"Fortran", "f f90 f95 f03 for"},
    {"Erlang", "erl hrl"},
    {"TeX", "tex sty cls bib"},
    {"MATLAB", "matlab"},
    {"Lisp", "lisp lsp el"},
    {"Clojure", "clj cljs cljc edn"},
    {"Scheme", "scm ss rkt"},
    {"Vim script", "vim"},
    {"Batch", "bat cmd"},
    {"HTML", "html htm xhtml"},
    {"XML", "xml xsd xsl xslt qrc ui ts plist metainfo"},
    {"SVG", "svg"},
    {"Vue", "vue svelte"},
    {"Markdown", "md markdown mdx"},
    {"reStructuredText", "rst"},
    {"JSON", "json jsonl geojson"},
    {"CSV", "csv tsv"},
    {"Plain Text", "txt text"},
    {"Diff", "diff patch"},
    {"GraphQL", "graphql gql"},
    {"HCL", "tf hcl"},
    {"Nim", "nim"},
    {"Yacc", "y yy ypp"},
    {"Lex", "l lex"},
};

constexpr LanguageTable::NameList kFileNames[] = {
    {"Makefile", "Makefile makefile GNUmakefile Kbuild Makefile.am Makefile.in"},
    {"CMake", "CMakeLists.txt"},
    {"Dockerfile", "Dockerfile Containerfile"},
    {"Kconfig", "Kconfig"},
    {"Meson", "meson.build meson_options.txt"},
    {"Ruby", "Rakefile Gemfile"},
    {"Python", "SConstruct SConscript"},
    {"Shell", ".bashrc .profile .zshrc configure"},
    {"Plain Text", "README LICENSE COPYING CREDITS MAINTAINERS AUTHORS"},
};

constexpr LanguageTable::NameList kInterpreters[] = {
    {"Shell", "sh bash dash zsh ksh ash fish"},
    {"Python", "python python2 python3"},
    {"Perl", "perl"},
    {"Ruby", "ruby"},
    {"JavaScript", "node nodejs deno"},
    {"PHP", "php"},
    {"Lua", "lua"},
    {"Tcl", "tclsh wish"},
    {"Awk", "awk gawk mawk"},
    {"R", "Rscript"},
    {"Makefile", "make"},
    {"PowerShell", "pwsh"},
};

} // namespace

std::span<const LanguageTable::NameList> LanguageTable::extensions()
{
    return kExtensions;
}

std::span<const LanguageTable::NameList> LanguageTable::fileNames()
{
    return kFileNames;
}

std::span<const LanguageTable::NameList> LanguageTable::interpreters()
{
    return kInterpreters;
}

} // namespace wm
