// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FolderDescription.h"

#include "FrontMatter.h"
#include "Headings.h"
#include "TextLines.h"

#include <cctype>

namespace wm {
namespace {

using Kind = FolderDescription::Kind;

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

QString line(std::string_view s)
{
    return clipLine(fromUtf8View(trimBlank(s)));
}

// The first sentence of `s`: up to ". " or the end.
std::string_view firstSentence(std::string_view s)
{
    const size_t stop = s.find(". ");
    return stop == std::string_view::npos ? s : s.substr(0, stop + 1);
}

// The value of `"key": "..."` (JSON) or `key = "..."` / `key: ...` (TOML,
// INI, RFC 822) on one line; empty when absent.
std::string_view valueOf(std::string_view head, std::string_view key, char assign)
{
    for (std::string_view l : splitLines(head, 400)) {
        std::string_view t = trimBlank(l);
        if (!t.empty() && t[0] == '"') t.remove_prefix(1);
        if (t.size() <= key.size() || !iequals(t.substr(0, key.size()), key)) continue;
        t.remove_prefix(key.size());
        if (!t.empty() && t[0] == '"') t.remove_prefix(1);
        t = trimBlank(t);
        if (t.empty() || t[0] != assign) continue;
        t = trimBlank(t.substr(1));
        if (!t.empty() && (t[0] == '"' || t[0] == '\'')) {
            const char q = t[0];
            const size_t end = t.find(q, 1);
            return t.substr(1, end == std::string_view::npos ? t.size() : end - 1);
        }
        return t;
    }
    return {};
}

QString readme(std::string_view head)
{
    const FrontMatter fm = FrontMatter::read(head);
    if (QString t = clipLine(fm.title()); !t.isEmpty()) return t;
    const auto lines = splitLines(head, 200);
    if (const std::string_view h = Headings::first(lines, fm.bodyLine); !h.empty()) return line(h);
    // No heading: the first sentence of the first paragraph of text, past
    // badges, HTML and rules.
    for (size_t k = fm.bodyLine; k < lines.size(); ++k) {
        const std::string_view t = trimBlank(lines[k]);
        if (t.size() < 8 || t[0] == '<' || t[0] == '[' || t[0] == '!' || Headings::isUnderline(t))
            continue;
        return line(firstSentence(t));
    }
    return {};
}

QString kconfig(std::string_view head)
{
    const auto lines = splitLines(head, 400);
    bool afterMenuconfig = false;
    for (std::string_view l : lines) {
        const std::string_view t = trimBlank(l);
        if (t.starts_with("mainmenu ") || t.starts_with("menu ")) {
            if (const std::string_view q = trimBlank(t.substr(t.find(' '))); q.size() > 2)
                return line(q.substr(1, q.find('"', 1) - 1));
        }
        if (t.starts_with("menuconfig ")) afterMenuconfig = true;
        if (afterMenuconfig && (t.starts_with("bool \"") || t.starts_with("tristate \"") ||
                                t.starts_with("prompt \""))) {
            const size_t a = t.find('"');
            return line(t.substr(a + 1, t.find('"', a + 1) - a - 1));
        }
    }
    return {};
}

QString cmakeProject(std::string_view head)
{
    const size_t p = head.find("project(");
    if (p == std::string_view::npos) return {};
    std::string_view call = head.substr(p, 600);
    call = call.substr(0, call.find(')'));
    const size_t d = call.find("DESCRIPTION");
    if (d == std::string_view::npos) return {};
    const size_t a = call.find('"', d);
    if (a == std::string_view::npos) return {};
    return line(call.substr(a + 1, call.find('"', a + 1) - a - 1));
}

// The first comment line of a build file that is a sentence, not a licence
// tag or a rule of dashes.
QString buildComment(std::string_view head)
{
    for (std::string_view l : splitLines(head, 40)) {
        std::string_view t = trimBlank(l);
        if (t.empty()) continue;
        if (t[0] != '#') break;
        const size_t text = t.find_first_not_of('#');
        if (text == std::string_view::npos) continue; // a rule of hashes
        t = trimBlank(t.substr(text));
        if (t.size() < 12 || t.find(' ') == std::string_view::npos || t.starts_with("SPDX") ||
            t.find("icense") != std::string_view::npos ||
            t.find("opyright") != std::string_view::npos)
            continue;
        return line(firstSentence(t));
    }
    return {};
}

} // namespace

FolderDescription::Kind FolderDescription::kindOf(std::string_view relPath)
{
    const size_t slash = relPath.rfind('/');
    const std::string_view name =
        slash == std::string_view::npos ? relPath : relPath.substr(slash + 1);
    const std::string_view stem = name.substr(0, name.find('.'));
    if (iequals(stem, "readme")) return Kind::Readme;
    if (name == "package.json" || name == "Cargo.toml" || name == "pyproject.toml" ||
        name == "setup.cfg" || (name == "control" && relPath.ends_with("debian/control")))
        return Kind::Manifest;
    if (name == "Kconfig") return Kind::Kconfig;
    if (name == "index.rst" || name == "index.md") return Kind::Index;
    if (name == "CMakeLists.txt") return Kind::CMake;
    if (name == "Makefile" || name == "Kbuild" || name == "meson.build") return Kind::BuildFile;
    return Kind::None;
}

QString FolderDescription::extract(Kind kind, std::string_view head)
{
    head = withoutBom(head.substr(0, headBytes));
    switch (kind) {
    case Kind::Readme:
        return readme(head);
    case Kind::Manifest: {
        std::string_view v = valueOf(head, "description", ':');
        if (v.empty()) v = valueOf(head, "description", '=');
        return line(firstSentence(v));
    }
    case Kind::Kconfig:
        return kconfig(head);
    case Kind::Index: {
        const auto lines = splitLines(head, 200);
        return line(Headings::first(lines, FrontMatter::read(head).bodyLine));
    }
    case Kind::CMake:
        return cmakeProject(head);
    case Kind::BuildFile:
        return buildComment(head);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace wm
