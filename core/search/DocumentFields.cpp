// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "DocumentFields.h"

#include "text/FrontMatter.h"
#include "text/TextLines.h"

#include <QRegularExpression>
#include <vector>

namespace wm {
namespace {

std::string_view headOf(std::string_view head)
{
    return withoutBom(head).substr(0, DocumentFields::headBytes);
}

bool isMarkdown(const QString &ext)
{
    static const QStringList exts = {
        QStringLiteral("md"),  QStringLiteral("markdown"), QStringLiteral("mdown"),
        QStringLiteral("mkd"), QStringLiteral("mkdn"),     QStringLiteral("mdx"),
        QStringLiteral("rmd"), QStringLiteral("qmd"),      QStringLiteral("rst")};
    return exts.contains(ext);
}

// "Title\n=====" (Markdown setext, reStructuredText).
bool isUnderline(std::string_view t)
{
    if (t.size() < 3) return false;
    const char c = t.front();
    if (c != '=' && c != '-' && c != '~' && c != '*' && c != '#') return false;
    for (char d : t)
        if (d != c) return false;
    return true;
}

} // namespace

QString DocumentFields::title(std::string_view head, const QString &ext)
{
    head = headOf(head);
    if (QString t = clipLine(FrontMatter::read(head).title()); !t.isEmpty()) return t;
    return clipLine(firstHeading(head, ext));
}

QString DocumentFields::firstHeading(std::string_view head, const QString &ext)
{
    const auto ls = splitLines(head);
    const size_t start = FrontMatter::read(head).bodyLine;
    if (isMarkdown(ext)) {
        bool fenced = false;
        for (size_t i = start; i < ls.size(); ++i) {
            const std::string_view t = trimBlank(ls[i]);
            if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") {
                fenced = !fenced;
                continue;
            }
            if (fenced || t.empty()) continue;
            if (t.front() == '#') {
                size_t level = 0;
                while (level < t.size() && t[level] == '#')
                    ++level;
                if (level <= 6 && (level == t.size() || t[level] == ' ' || t[level] == '\t')) {
                    std::string_view text = trimBlank(t.substr(level));
                    while (!text.empty() && text.back() == '#')
                        text.remove_suffix(1); // closing #s
                    if (!trimBlank(text).empty()) return fromUtf8View(trimBlank(text));
                }
                continue;
            }
            if (i + 1 < ls.size() && isUnderline(trimBlank(ls[i + 1])) && !isUnderline(t))
                return fromUtf8View(t);
        }
        return {};
    }
    if (ext == QLatin1String("adoc") || ext == QLatin1String("asciidoc")) {
        for (size_t i = start; i < ls.size(); ++i) {
            const std::string_view t = trimBlank(ls[i]);
            if (t.substr(0, 2) == "= ") return fromUtf8View(trimBlank(t.substr(2)));
        }
        return {};
    }
    if (ext == QLatin1String("org")) {
        for (size_t i = start; i < ls.size(); ++i) {
            const QString t = fromUtf8View(trimBlank(ls[i]));
            if (t.startsWith(QLatin1String("#+title:"), Qt::CaseInsensitive))
                return t.mid(8).trimmed();
            if (t.startsWith(QLatin1String("* "))) return t.mid(2).trimmed();
        }
        return {};
    }
    if (ext == QLatin1String("html") || ext == QLatin1String("htm") ||
        ext == QLatin1String("xhtml")) {
        static const QRegularExpression re(QStringLiteral("<(title|h1)\\b[^>]*>(.*?)</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = re.match(fromUtf8View(head));
        if (!m.hasMatch()) return {};
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        return m.captured(2).remove(tags).simplified();
    }
    return {};
}

QStringList DocumentFields::tags(std::string_view head)
{
    return FrontMatter::read(headOf(head)).tags();
}

} // namespace wm
