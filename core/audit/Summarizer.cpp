// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Summarizer.h"

#include "Language.h"
#include "text/FrontMatter.h"
#include "text/Headings.h"
#include "text/TextLines.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <vector>

namespace wm {
namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Case-insensitive searches without allocating: this runs on every line
// of every file's head.
bool icontains(std::string_view text, std::string_view lowerKey)
{
    if (lowerKey.size() > text.size()) return false;
    for (size_t i = 0; i + lowerKey.size() <= text.size(); ++i) {
        size_t k = 0;
        while (k < lowerKey.size() && asciiLower(text[i + k]) == lowerKey[k])
            ++k;
        if (k == lowerKey.size()) return true;
    }
    return false;
}

bool istartsWith(std::string_view text, std::string_view lowerKey)
{
    if (lowerKey.size() > text.size()) return false;
    for (size_t k = 0; k < lowerKey.size(); ++k)
        if (asciiLower(text[k]) != lowerKey[k]) return false;
    return true;
}

bool looksLikeLicence(std::string_view line)
{
    static const char *const keys[] = {"copyright",
                                       "license",
                                       "licence",
                                       "spdx-",
                                       "all rights reserved",
                                       "permission is hereby granted",
                                       "warranty",
                                       "redistribut",
                                       "free software",
                                       "(c) "};
    return std::any_of(std::begin(keys), std::end(keys),
                       [&](const char *k) { return icontains(line, k); });
}

// Lines that are syntax rather than meaning.
bool isBoilerplate(std::string_view line)
{
    static const char *const prefixes[] = {
        "#include",   "#import",      "import ",   "from ",          "package ",
        "using ",     "#pragma",      "#ifndef",   "#define",        "#endif",
        "#if ",       "<?xml",        "<!doctype", "\"use strict\"", "'use strict'",
        "use strict", "use warnings", "require ",  "namespace ",     "-*-",
        "vim:",       "extern \"c\"", "@file",     "module "};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](const char *p) { return istartsWith(line, p); });
}

// Drops comment markers from both ends of a line.
std::string_view stripMarkers(std::string_view s, const Language *lang)
{
    s = trimBlank(s);
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        if (lang) {
            for (auto t : lang->lineComments)
                if (!t.empty() && s.substr(0, t.size()) == t) {
                    s.remove_prefix(t.size());
                    changed = true;
                }
            for (auto b : lang->blockComments) {
                if (!b.open.empty() && s.substr(0, b.open.size()) == b.open) {
                    s.remove_prefix(b.open.size());
                    changed = true;
                }
                if (!b.close.empty() && s.size() >= b.close.size() &&
                    s.substr(s.size() - b.close.size()) == b.close) {
                    s.remove_suffix(b.close.size());
                    changed = true;
                }
            }
        }
        for (std::string_view q : {std::string_view("\"\"\""), std::string_view("'''")}) {
            // Python docstrings.
            if (s.substr(0, 3) == q) {
                s.remove_prefix(3);
                changed = true;
            }
            if (s.size() >= 3 && s.substr(s.size() - 3) == q) {
                s.remove_suffix(3);
                changed = true;
            }
        }
        if (!s.empty() && (s.front() == '@' || s.front() == '\\') && s.size() > 1 &&
            std::isalpha(static_cast<unsigned char>(s[1]))) {
            // Doxygen tags ("@brief", "\\file"): the text after the tag.
            const size_t sp = s.find(' ');
            s = sp == std::string_view::npos ? std::string_view() : s.substr(sp + 1);
            changed = true;
        }
        if (!s.empty() && (s.front() == '*' || s.front() == '!' || s.front() == '/')) {
            // Doc-comment continuations: " * text", "//! text", "/// text".
            if (s.size() == 1 || s[1] == ' ' || s[1] == '*' || s[1] == '!' || s[1] == '/' ||
                s[1] == '<') {
                s.remove_prefix(1);
                changed = true;
            }
        }
        s = trimBlank(s);
    }
    return s;
}

bool hasLetters(std::string_view s, int atLeast)
{
    int n = 0;
    for (unsigned char c : s)
        if (std::isalpha(c) || c >= 0x80) ++n;
    return n >= atLeast;
}

} // namespace

QString Summarizer::clip(QString text)
{
    return clipLine(std::move(text), maxChars);
}

QString Summarizer::frontMatterTitle(std::string_view head)
{
    return clip(FrontMatter::read(head).title());
}

namespace {

// A Markdown or reStructuredText heading among `lines` from `from` on, for
// prose (text/Headings: the report map's folder descriptions use the same).
std::optional<QString> proseHeading(const std::vector<std::string_view> &lines, size_t from)
{
    if (const std::string_view title = Headings::first(lines, from); !title.empty())
        return Summarizer::clip(QString::fromUtf8(title.data(), qsizetype(title.size())));
    return std::nullopt;
}

// The first meaningful line among `lines` from `i` on: no shebang, no
// licence block, no boilerplate. Empty optional when there is none.
std::optional<QString> meaningfulLine(const std::vector<std::string_view> &lines, size_t i,
                                      const Language *lang)
{
    if (i < lines.size() && lines[i].substr(0, 2) == "#!") ++i;
    // A leading comment block that mentions a licence is skipped whole.
    bool inLicence = false;
    for (; i < lines.size(); ++i) {
        const std::string_view raw = trimBlank(lines[i]);
        const std::string_view text = stripMarkers(raw, lang);
        if (inLicence) {
            // The licence block ends at the first blank line or code line.
            if (raw.empty() || text.size() == raw.size())
                inLicence = false;
            else
                continue;
        }
        if (text.empty() || !hasLetters(text, 2)) continue;
        if (looksLikeLicence(text)) {
            inLicence = text.size() != raw.size(); // only comment blocks extend
            continue;
        }
        if (isBoilerplate(text)) continue;
        return Summarizer::clip(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    return std::nullopt;
}

// Lines split first when a heading cannot take precedence: the answer is
// nearly always among them, and splitting all of a 16 KiB head costs more
// than the rest of the summary.
constexpr size_t firstLines = 48;

} // namespace

QString Summarizer::summarize(std::string_view head, const Language *lang)
{
    if (head.size() > headBytes) head = head.substr(0, headBytes);
    head = withoutBom(head);
    const FrontMatter fm = FrontMatter::read(head);
    if (QString t = clip(fm.title()); !t.isEmpty()) return t;

    const bool prose = lang == nullptr || lang->prose;
    if (!prose) {
        // The first lines are a prefix of all lines, and the scan stops at
        // its first answer: the same answer when it lies among them.
        const auto first = splitLines(head, firstLines);
        if (auto line = meaningfulLine(first, fm.bodyLine, lang)) return *line;
        if (first.size() < firstLines) return {};
    }
    const auto lines = splitLines(head);
    if (prose) {
        if (auto heading = proseHeading(lines, fm.bodyLine)) return *heading;
    }
    return meaningfulLine(lines, fm.bodyLine, lang).value_or(QString());
}

} // namespace wm
