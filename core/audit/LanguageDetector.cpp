// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LanguageDetector.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <unordered_map>

namespace wm {
namespace {

using B = Language::Block;
constexpr B cBlock{"/*", "*/"};
constexpr B htmlBlock{"<!--", "-->"};
using R = Language::Rules;

// Comment syntax per language. Sources: each language's reference manual;
// the same table shape as cloc's and tokei's language definitions.
// Built on first use, not at program start: the compiler builds it with
// code (8 KiB of it, writing 11 KiB), which every `wm` command, a search
// included, would otherwise run and fault in before main.
std::span<const Language> languages()
{
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

struct Tables
{
    std::unordered_map<std::string, const Language *> byExtension;
    std::unordered_map<std::string, const Language *> byFileName;
    std::unordered_map<std::string, const Language *> byInterpreter;
    std::unordered_map<std::string, const Language *> byLanguageName;
};

const Language *find(std::string_view name)
{
    for (const Language &l : languages())
        if (l.name == name) return &l;
    return nullptr;
}

// Which names select which language, as space-separated lists.
struct NameList
{
    std::string_view language;
    std::string_view names;
};

// File name extensions (after the last dot).
constexpr NameList kExtensions[] = {
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

// Whole file names.
constexpr NameList kFileNames[] = {
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

// Interpreters named on a shebang line.
constexpr NameList kInterpreters[] = {
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

void addAll(std::unordered_map<std::string, const Language *> &map, const NameList &list)
{
    const Language *l = find(list.language);
    std::string_view names = list.names;
    while (!names.empty()) {
        const size_t space = names.find(' ');
        map.emplace(std::string(names.substr(0, space)), l);
        names = space == std::string_view::npos ? std::string_view() : names.substr(space + 1);
    }
}

Tables buildTables()
{
    Tables t;
    for (const NameList &list : kExtensions)
        addAll(t.byExtension, list);
    // ".ts" is TypeScript far more often than Qt translations.
    t.byExtension["ts"] = find("TypeScript");
    for (const NameList &list : kFileNames)
        addAll(t.byFileName, list);
    for (const NameList &list : kInterpreters)
        addAll(t.byInterpreter, list);
    for (const Language &l : languages())
        t.byLanguageName.emplace(std::string(l.name), &l);
    return t;
}

const Tables &tables()
{
    static const Tables t = buildTables();
    return t;
}

const Language *fromShebang(std::string_view head)
{
    if (head.substr(0, 2) != "#!") return nullptr;
    const size_t nl = head.find('\n');
    std::string_view line = head.substr(2, nl == std::string_view::npos ? nl : nl - 2);
    auto nextWord = [&]() {
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        size_t end = 0;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r')
            ++end;
        std::string_view w = line.substr(0, end);
        line.remove_prefix(end);
        return w;
    };
    std::string_view prog = nextWord();
    prog = prog.substr(prog.rfind('/') == std::string_view::npos ? 0 : prog.rfind('/') + 1);
    if (prog == "env") {
        do {
            prog = nextWord();
        } while (!prog.empty() && prog.front() == '-');
    }
    // "python3.11" -> "python3", "perl5.36" -> "perl5" -> try shorter forms.
    std::string name(prog);
    const auto &m = tables().byInterpreter;
    while (!name.empty()) {
        if (auto it = m.find(name); it != m.end()) return it->second;
        const char c = name.back();
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-')) break;
        name.pop_back();
    }
    return nullptr;
}

std::string lowerTrimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

// The mode of an Emacs file-variables line: "-*- C++ -*-" or
// "-*- Mode: C++; tab-width: 4 -*-".
const Language *fromModeVariables(std::string_view vars)
{
    std::string mode;
    if (vars.find(':') == std::string_view::npos) {
        mode = lowerTrimmed(vars);
    } else {
        while (!vars.empty()) {
            const size_t semi = vars.find(';');
            const std::string_view var = vars.substr(0, semi);
            const size_t colon = var.find(':');
            if (colon != std::string_view::npos && lowerTrimmed(var.substr(0, colon)) == "mode")
                mode = lowerTrimmed(var.substr(colon + 1));
            if (semi == std::string_view::npos) break;
            vars.remove_prefix(semi + 1);
        }
    }
    // A file that needs a modeline to say it is C is an included fragment
    // (NSPR's .cfg headers, extensionless headers): C Header.
    static const std::pair<const char *, const char *> modes[] = {
        {"c++", "C++"},    {"c", "C Header"}, {"python", "Python"},      {"perl", "Perl"},
        {"cperl", "Perl"}, {"sh", "Shell"},   {"shell-script", "Shell"}, {"makefile", "Makefile"},
        {"ruby", "Ruby"},  {"tcl", "Tcl"},
    };
    for (const auto &[m, lang] : modes)
        if (mode == m) return find(lang);
    return nullptr;
}

// Emacs reads a file's mode from "-*- ... -*-" on its first line (the
// second after a shebang); we look at the first two lines of files whose
// name says nothing (libstdc++'s <vector>) and of .cfg files (NSPR's
// _linux.cfg).
const Language *fromModeline(std::string_view head)
{
    for (int line = 0; line < 2 && !head.empty(); ++line) {
        const size_t nl = head.find('\n');
        const std::string_view l = head.substr(0, nl);
        const size_t a = l.find("-*-");
        const size_t b = a == std::string_view::npos ? a : l.find("-*-", a + 3);
        if (b != std::string_view::npos)
            if (const Language *lang = fromModeVariables(l.substr(a + 3, b - a - 3))) return lang;
        if (nl == std::string_view::npos) break;
        head.remove_prefix(nl + 1);
    }
    return nullptr;
}

} // namespace

const Language *LanguageDetector::detect(std::string_view name, std::string_view head)
{
    const Tables &t = tables();
    if (auto it = t.byFileName.find(std::string(name)); it != t.byFileName.end()) return it->second;
    const size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot + 1 < name.size()) {
        std::string ext(name.substr(dot + 1));
        // ".cfg" is mostly INI, but NSPR and others ship C headers named so.
        if (ext == "cfg")
            if (const Language *l = fromModeline(head)) return l;
        if (auto it = t.byExtension.find(ext); it != t.byExtension.end()) return it->second;
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (auto it = t.byExtension.find(ext); it != t.byExtension.end()) return it->second;
    }
    // Variants such as "Makefile.lib", "Kconfig.debug", "Dockerfile.dev".
    for (const char *stem : {"Makefile", "makefile", "Kconfig", "Dockerfile"}) {
        if (name.rfind(stem, 0) == 0) {
            if (auto it = t.byFileName.find(stem); it != t.byFileName.end()) return it->second;
        }
    }
    if (const Language *l = fromShebang(head)) return l;
    // Only a name without an extension: a file with an unknown one may be a
    // translation that kept the original's modeline (Free Pascal's dbus .inc
    // files say "-*- mode: C -*-").
    return dot == std::string_view::npos ? fromModeline(head) : nullptr;
}

const Language *LanguageDetector::byName(std::string_view languageName)
{
    const auto &m = tables().byLanguageName;
    auto it = m.find(std::string(languageName));
    return it == m.end() ? nullptr : it->second;
}

const Language &LanguageDetector::plainText()
{
    return *byName("Plain Text");
}

int LanguageDetector::languageCount()
{
    return int(languages().size());
}

} // namespace wm
