// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LanguageDetector.h"

#include "LanguageTable.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace wm {
namespace {

struct Tables
{
    std::unordered_map<std::string, const Language *> byExtension;
    std::unordered_map<std::string, const Language *> byFileName;
    std::unordered_map<std::string, const Language *> byInterpreter;
    std::unordered_map<std::string, const Language *> byLanguageName;
};

const Language *find(std::string_view name)
{
    for (const Language &l : LanguageTable::languages())
        if (l.name == name) return &l;
    return nullptr;
}

void addAll(std::unordered_map<std::string, const Language *> &map,
            const LanguageTable::NameList &list)
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
    for (const LanguageTable::NameList &list : LanguageTable::extensions())
        addAll(t.byExtension, list);
    // ".ts" is TypeScript far more often than Qt translations.
    t.byExtension["ts"] = find("TypeScript");
    for (const LanguageTable::NameList &list : LanguageTable::fileNames())
        addAll(t.byFileName, list);
    for (const LanguageTable::NameList &list : LanguageTable::interpreters())
        addAll(t.byInterpreter, list);
    for (const Language &l : LanguageTable::languages())
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
    return int(LanguageTable::languages().size());
}

} // namespace wm
