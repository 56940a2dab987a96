// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LanguageDetector.h"

#include <algorithm>
#include <cctype>
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
const Language kLanguages[] = {
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
    {"Pascal", {"//"}, {B{"{", "}"}, B{"(*", "*)"}}, "'", false, false, false, false, R::Pascal},
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

struct Tables
{
    std::unordered_map<std::string, const Language *> byExtension;
    std::unordered_map<std::string, const Language *> byFileName;
    std::unordered_map<std::string, const Language *> byInterpreter;
    std::unordered_map<std::string, const Language *> byLanguageName;
};

const Language *find(std::string_view name)
{
    for (const Language &l : kLanguages)
        if (l.name == name) return &l;
    return nullptr;
}

Tables buildTables()
{
    Tables t;
    const auto ext = [&](std::string_view lang, std::initializer_list<const char *> exts) {
        for (const char *e : exts)
            t.byExtension.emplace(e, find(lang));
    };
    ext("C", {"c"});
    ext("C Header", {"h"});
    ext("C++", {"cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tcc", "inl"});
    ext("C#", {"cs"});
    ext("Objective-C", {"m", "mm"});
    ext("Java", {"java"});
    ext("Kotlin", {"kt", "kts"});
    ext("Scala", {"scala", "sc"});
    ext("Go", {"go"});
    ext("Rust", {"rs"});
    ext("Swift", {"swift"});
    ext("Dart", {"dart"});
    ext("JavaScript", {"js", "mjs", "cjs", "jsx"});
    ext("TypeScript", {"ts", "tsx", "mts", "cts"});
    ext("Zig", {"zig"});
    ext("D", {"d"});
    ext("Groovy", {"groovy", "gradle"});
    ext("Protocol Buffers", {"proto"});
    ext("QML", {"qml"});
    ext("CSS", {"css"});
    ext("SCSS", {"scss", "sass", "less"});
    ext("Device Tree", {"dts", "dtsi"});
    ext("Assembly", {"s", "S", "asm"});
    ext("Python", {"py", "pyi", "pyw"});
    ext("Ruby", {"rb", "rake", "gemspec"});
    ext("Perl", {"pl", "pm", "t"});
    ext("Shell", {"sh", "bash", "zsh", "ksh", "fish"});
    ext("PowerShell", {"ps1", "psm1", "psd1"});
    ext("Makefile", {"mk", "mak"});
    ext("CMake", {"cmake"});
    ext("Nix", {"nix"});
    ext("R", {"r", "R"});
    ext("Julia", {"jl"});
    ext("Elixir", {"ex", "exs"});
    ext("Tcl", {"tcl"});
    ext("Awk", {"awk"});
    ext("YAML", {"yaml", "yml"});
    ext("TOML", {"toml"});
    ext("INI", {"ini", "cfg", "conf", "desktop"});
    ext("PHP", {"php"});
    ext("Lua", {"lua"});
    ext("SQL", {"sql"});
    ext("Haskell", {"hs", "lhs"});
    ext("Ada", {"adb", "ads"});
    ext("VHDL", {"vhd", "vhdl"});
    ext("Verilog", {"v", "sv", "svh"});
    ext("OCaml", {"ml", "mli"});
    ext("Pascal", {"pas", "pp"});
    ext("Fortran", {"f", "f90", "f95", "f03", "for"});
    ext("Erlang", {"erl", "hrl"});
    ext("TeX", {"tex", "sty", "cls", "bib"});
    ext("MATLAB", {"matlab"});
    ext("Lisp", {"lisp", "lsp", "el"});
    ext("Clojure", {"clj", "cljs", "cljc", "edn"});
    ext("Scheme", {"scm", "ss", "rkt"});
    ext("Vim script", {"vim"});
    ext("Batch", {"bat", "cmd"});
    ext("HTML", {"html", "htm", "xhtml"});
    ext("XML", {"xml", "xsd", "xsl", "xslt", "qrc", "ui", "ts", "plist", "metainfo"});
    ext("SVG", {"svg"});
    ext("Vue", {"vue", "svelte"});
    ext("Markdown", {"md", "markdown", "mdx"});
    ext("reStructuredText", {"rst"});
    ext("JSON", {"json", "jsonl", "geojson"});
    ext("CSV", {"csv", "tsv"});
    ext("Plain Text", {"txt", "text"});
    ext("Diff", {"diff", "patch"});
    ext("GraphQL", {"graphql", "gql"});
    ext("HCL", {"tf", "hcl"});
    ext("Nim", {"nim"});
    ext("Yacc", {"y", "yy", "ypp"});
    ext("Lex", {"l", "lex"});
    // ".ts" is TypeScript far more often than Qt translations.
    t.byExtension["ts"] = find("TypeScript");

    const auto file = [&](std::string_view lang, std::initializer_list<const char *> names) {
        for (const char *n : names)
            t.byFileName.emplace(n, find(lang));
    };
    file("Makefile",
         {"Makefile", "makefile", "GNUmakefile", "Kbuild", "Makefile.am", "Makefile.in"});
    file("CMake", {"CMakeLists.txt"});
    file("Dockerfile", {"Dockerfile", "Containerfile"});
    file("Kconfig", {"Kconfig"});
    file("Meson", {"meson.build", "meson_options.txt"});
    file("Ruby", {"Rakefile", "Gemfile"});
    file("Python", {"SConstruct", "SConscript"});
    file("Shell", {".bashrc", ".profile", ".zshrc", "configure"});
    file("Plain Text", {"README", "LICENSE", "COPYING", "CREDITS", "MAINTAINERS", "AUTHORS"});

    const auto interp = [&](std::string_view lang, std::initializer_list<const char *> names) {
        for (const char *n : names)
            t.byInterpreter.emplace(n, find(lang));
    };
    interp("Shell", {"sh", "bash", "dash", "zsh", "ksh", "ash", "fish"});
    interp("Python", {"python", "python2", "python3"});
    interp("Perl", {"perl"});
    interp("Ruby", {"ruby"});
    interp("JavaScript", {"node", "nodejs", "deno"});
    interp("PHP", {"php"});
    interp("Lua", {"lua"});
    interp("Tcl", {"tclsh", "wish"});
    interp("Awk", {"awk", "gawk", "mawk"});
    interp("R", {"Rscript"});
    interp("Makefile", {"make"});
    interp("PowerShell", {"pwsh"});

    for (const Language &l : kLanguages)
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
    return int(std::size(kLanguages));
}

} // namespace wm
