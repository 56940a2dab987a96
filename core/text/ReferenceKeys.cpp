// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ReferenceKeys.h"

#include "TextLines.h"

#include <algorithm>
#include <string>

namespace wm {
namespace {

using Family = ReferenceKeys::Family;
using Parts = std::vector<std::string_view>;

// Family tags keep the key spaces apart: a C header keeps its extension,
// modules do not, Go keys name folders.
std::string_view tag(Family f)
{
    switch (f) {
    case Family::C:
        return "c";
    case Family::Go:
        return "go";
    case Family::Python:
    case Family::Script:
    case Family::Rust:
        return "mod";
    case Family::None:
        break;
    }
    return {};
}

Parts split(std::string_view s, char sep)
{
    Parts out;
    while (!s.empty()) {
        const size_t at = s.find(sep);
        const std::string_view part = s.substr(0, at);
        if (!part.empty()) out.push_back(part);
        if (at == std::string_view::npos) break;
        s.remove_prefix(at + 1);
    }
    return out;
}

// `parts` with "." dropped and ".." applied; what climbs above the root is lost.
Parts normalized(const Parts &parts)
{
    Parts out;
    for (std::string_view p : parts) {
        if (p == ".") continue;
        if (p == "..") {
            if (!out.empty()) out.pop_back();
            continue;
        }
        out.push_back(p);
    }
    return out;
}

std::string_view stem(std::string_view name)
{
    const size_t dot = name.rfind('.');
    return dot == 0 || dot == std::string_view::npos ? name : name.substr(0, dot);
}

quint64 keyOf(Family f, const Parts &parts, size_t count)
{
    count = std::min(count, parts.size());
    std::string key;
    for (size_t i = parts.size() - count; i < parts.size(); ++i) {
        if (!key.empty()) key += '/';
        key.append(parts[i]);
    }
    return ReferenceKeys::hash(tag(f), key);
}

void addKey(std::vector<quint64> &out, Family f, Parts parts)
{
    parts = normalized(parts);
    if (parts.empty()) return;
    const quint64 k = keyOf(f, parts, ReferenceKeys::maxComponents);
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
}

// The folder of `relPath` as parts, for relative references.
Parts folderOf(std::string_view relPath)
{
    Parts p = split(relPath, '/');
    if (!p.empty()) p.pop_back();
    return p;
}

// `spec` relative to `folder` when it starts with "./" or "../" (or always).
Parts resolve(const Parts &folder, std::string_view spec, bool alwaysRelative)
{
    const Parts rel = split(spec, '/');
    if (!alwaysRelative && !spec.starts_with("./") && !spec.starts_with("../")) return rel;
    Parts out = folder;
    out.insert(out.end(), rel.begin(), rel.end());
    return out;
}

// The text between the first pair of `open`/`close` after `from`.
std::string_view between(std::string_view s, char open, char close, size_t from = 0)
{
    const size_t a = s.find(open, from);
    if (a == std::string_view::npos) return {};
    const size_t b = s.find(close, a + 1);
    return b == std::string_view::npos ? std::string_view() : s.substr(a + 1, b - a - 1);
}

std::string_view quoted(std::string_view s)
{
    const size_t a = s.find_first_of("\"'`");
    return a == std::string_view::npos ? std::string_view() : between(s, s[a], s[a]);
}

void scanC(std::string_view t, const Parts &folder, std::vector<quint64> &out)
{
    if (t.empty() || t[0] != '#') return;
    t = trimBlank(t.substr(1));
    if (!t.starts_with("include") && !t.starts_with("import")) return;
    if (const std::string_view angle = between(t, '<', '>'); !angle.empty()) {
        addKey(out, Family::C, split(angle, '/'));
    } else if (const std::string_view q = between(t, '"', '"'); !q.empty()) {
        // "foo.h" and "../x/foo.h" are relative to the including file; a
        // "dir/foo.h" is usually found through an include path.
        const bool relative = q.find('/') == std::string_view::npos || q.starts_with('.');
        addKey(out, Family::C, resolve(folder, q, relative));
    }
}

// "a.b.c" or ".b" / "..b" (relative to the file's package).
Parts pythonModule(std::string_view mod, const Parts &folder)
{
    size_t dots = 0;
    while (dots < mod.size() && mod[dots] == '.')
        ++dots;
    Parts parts = split(mod.substr(dots), '.');
    if (dots == 0) return parts;
    Parts out = folder;
    for (size_t i = 1; i < dots && !out.empty(); ++i)
        out.pop_back();
    out.insert(out.end(), parts.begin(), parts.end());
    return out;
}

void scanPython(std::string_view t, const Parts &folder, std::vector<quint64> &out)
{
    if (t.starts_with("import ")) {
        for (std::string_view item : split(t.substr(7), ',')) {
            item = trimBlank(item);
            item = item.substr(0, item.find(' ')); // "a.b as c"
            addKey(out, Family::Python, pythonModule(item, folder));
        }
    } else if (t.starts_with("from ")) {
        const size_t imp = t.find(" import ");
        if (imp == std::string_view::npos) return;
        const std::string_view mod = trimBlank(t.substr(5, imp - 5));
        if (mod.find_first_not_of('.') == std::string_view::npos) {
            // from . import a, b: each name is a module beside this file.
            for (std::string_view item : split(t.substr(imp + 8), ',')) {
                item = trimBlank(item);
                item = item.substr(0, item.find(' '));
                if (item.empty() || item[0] == '(') continue;
                Parts parts = pythonModule(mod, folder);
                parts.push_back(item);
                addKey(out, Family::Python, parts);
            }
            return;
        }
        addKey(out, Family::Python, pythonModule(mod, folder));
    }
}

void scanScript(std::string_view t, const Parts &folder, std::vector<quint64> &out)
{
    std::string_view spec;
    if (const size_t r = t.find("require("); r != std::string_view::npos)
        spec = quoted(t.substr(r + 8, 300));
    else if (t.starts_with("import ") || t.starts_with("import{") || t.starts_with("export ")) {
        if (const size_t from = t.rfind("from "); from != std::string_view::npos)
            spec = quoted(t.substr(from));
        else if (t.starts_with("import "))
            spec = quoted(t.substr(7)); // import './side-effect'
    }
    if (spec.empty()) return;
    Parts parts = resolve(folder, spec, false);
    if (!parts.empty() && spec.starts_with('.')) parts.back() = stem(parts.back());
    addKey(out, Family::Script, parts);
}

// Go import paths name packages (folders): the key is their last two parts.
void scanGo(std::string_view t, bool &inBlock, std::vector<quint64> &out)
{
    if (inBlock) {
        if (t.starts_with(')')) {
            inBlock = false;
            return;
        }
    } else if (t.starts_with("import")) {
        if (between(t, '(', ')').empty() && t.find('(') != std::string_view::npos) inBlock = true;
    } else {
        return;
    }
    const std::string_view path = between(t, '"', '"');
    if (path.empty()) return;
    const Parts parts = split(path, '/');
    out.push_back(keyOf(Family::Go, parts, 2));
}

void scanRust(std::string_view t, const Parts &folder, std::vector<quint64> &out)
{
    if (t.starts_with("pub ")) t = trimBlank(t.substr(4));
    if (t.starts_with("mod ") && t.ends_with(';')) {
        Parts p = folder;
        p.push_back(trimBlank(t.substr(4, t.size() - 5)));
        addKey(out, Family::Rust, p);
        return;
    }
    if (!t.starts_with("use crate::")) return;
    std::string_view path = t.substr(11);
    path = path.substr(0, path.find_first_of(";{ "));
    Parts parts;
    for (std::string_view p : split(path, ':'))
        parts.push_back(p);
    // `use crate::a::b::Item`: the module is everything before the item.
    if (parts.size() > 1) parts.pop_back();
    addKey(out, Family::Rust, parts);
}

} // namespace

quint64 ReferenceKeys::hash(std::string_view family, std::string_view key)
{
    // FNV-1a, 64 bits: stable across runs and platforms, so the desktop app
    // and `wm audit` count the same.
    quint64 h = 14695981039346656037ULL;
    const auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
    };
    mix(family);
    mix(":");
    mix(key);
    return h;
}

ReferenceKeys::Family ReferenceKeys::familyOf(std::string_view n)
{
    if (n == "C" || n == "C Header" || n == "C++" || n == "C++ Header" || n == "Objective-C" ||
        n == "Objective-C++")
        return Family::C;
    if (n == "Python") return Family::Python;
    if (n == "JavaScript" || n == "TypeScript" || n == "JSX" || n == "TSX") return Family::Script;
    if (n == "Go") return Family::Go;
    if (n == "Rust") return Family::Rust;
    return Family::None;
}

std::vector<quint64> ReferenceKeys::scan(std::string_view head, Family family,
                                         std::string_view relPath)
{
    std::vector<quint64> out;
    if (family == Family::None) return out;
    head = head.substr(0, scanBytes);
    const Parts folder = folderOf(relPath);
    bool goBlock = false;
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        const std::string_view t = trimBlank(head.substr(0, nl));
        head.remove_prefix(nl == std::string_view::npos ? head.size() : nl + 1);
        if (t.size() < 4) continue;
        switch (family) {
        case Family::C:
            scanC(t, folder, out);
            break;
        case Family::Python:
            scanPython(t, folder, out);
            break;
        case Family::Script:
            scanScript(t, folder, out);
            break;
        case Family::Go:
            scanGo(t, goBlock, out);
            break;
        case Family::Rust:
            scanRust(t, folder, out);
            break;
        case Family::None:
            break;
        }
    }
    return out;
}

std::vector<quint64> ReferenceKeys::keysOf(std::string_view relPath, Family family)
{
    std::vector<quint64> out;
    Parts parts = split(relPath, '/');
    if (parts.empty() || family == Family::None) return out;
    const std::string_view name = parts.back();
    if (family == Family::C) {
        // Sources are compiled, not included: only headers are referenced.
        const std::string_view ext = name.substr(std::min(name.size(), name.rfind('.') + 1));
        if (ext == "c" || ext == "cc" || ext == "cpp" || ext == "cxx" || ext == "m" || ext == "mm")
            return out;
    } else if (family == Family::Go) {
        parts.pop_back(); // a Go file answers for its package, the folder
        if (parts.empty()) return out;
    } else {
        const std::string_view s = stem(name);
        // A package's own file stands for the package folder.
        if (s == "__init__" || s == "index" || s == "mod" || s == "lib")
            parts.pop_back();
        else
            parts.back() = s;
        if (parts.empty()) return out;
    }
    for (int n = 1; n <= maxComponents && size_t(n) <= parts.size(); ++n)
        out.push_back(keyOf(family, parts, size_t(n)));
    return out;
}

} // namespace wm
