#include "DocumentFields.h"

#include "audit/Summarizer.h"

#include <QRegularExpression>
#include <vector>

namespace wm {
namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> lines(std::string_view text, size_t maxLines = 400)
{
    std::vector<std::string_view> out;
    while (!text.empty() && out.size() < maxLines) {
        const size_t nl = text.find('\n');
        out.push_back(text.substr(0, nl));
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return out;
}

QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
        v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

std::string_view withoutBom(std::string_view head)
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    return head.substr(0, DocumentFields::headBytes);
}

// The lines between the front matter fences, and the index after them.
struct FrontMatter
{
    std::vector<std::string_view> body;
    size_t end = 0;
    bool toml = false;
};

FrontMatter frontMatter(const std::vector<std::string_view> &ls)
{
    FrontMatter fm;
    if (ls.empty()) return fm;
    const std::string_view fence = trim(ls[0]);
    if (fence != "---" && fence != "+++") return fm;
    for (size_t i = 1; i < ls.size(); ++i) {
        const std::string_view t = trim(ls[i]);
        if (t == fence || (fence == "---" && t == "...")) {
            fm.body.assign(ls.begin() + 1, ls.begin() + qsizetype(i));
            fm.end = i + 1;
            fm.toml = fence == "+++";
            return fm;
        }
    }
    return fm;
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
    head = withoutBom(head);
    if (QString t = Summarizer::frontMatterTitle(head); !t.isEmpty()) return t;
    return Summarizer::clip(firstHeading(head, ext));
}

QString DocumentFields::firstHeading(std::string_view head, const QString &ext)
{
    const auto ls = lines(head);
    const size_t start = frontMatter(ls).end;
    if (isMarkdown(ext)) {
        bool fenced = false;
        for (size_t i = start; i < ls.size(); ++i) {
            const std::string_view t = trim(ls[i]);
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
                    std::string_view text = trim(t.substr(level));
                    while (!text.empty() && text.back() == '#')
                        text.remove_suffix(1); // closing #s
                    if (!trim(text).empty()) return utf8(trim(text));
                }
                continue;
            }
            if (i + 1 < ls.size() && isUnderline(trim(ls[i + 1])) && !isUnderline(t))
                return utf8(t);
        }
        return {};
    }
    if (ext == QLatin1String("adoc") || ext == QLatin1String("asciidoc")) {
        for (size_t i = start; i < ls.size(); ++i) {
            const std::string_view t = trim(ls[i]);
            if (t.substr(0, 2) == "= ") return utf8(trim(t.substr(2)));
        }
        return {};
    }
    if (ext == QLatin1String("org")) {
        for (size_t i = start; i < ls.size(); ++i) {
            const QString t = utf8(trim(ls[i]));
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
        const QRegularExpressionMatch m = re.match(utf8(head));
        if (!m.hasMatch()) return {};
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        return m.captured(2).remove(tags).simplified();
    }
    return {};
}

QStringList DocumentFields::tags(std::string_view head)
{
    const auto ls = lines(withoutBom(head));
    const FrontMatter fm = frontMatter(ls);
    QStringList out;
    const auto addList = [&](QString v) {
        v = v.trimmed();
        if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']')))
            v = v.mid(1, v.size() - 2);
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString tag = unquote(part);
            if (!tag.isEmpty()) out << tag;
        }
    };
    for (size_t i = 0; i < fm.body.size(); ++i) {
        const QString line = utf8(fm.body[i]);
        static const QRegularExpression key(QStringLiteral("^(tags|tag|keywords)\\s*[:=]\\s*(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = key.match(line);
        if (!m.hasMatch()) continue;
        const QString value = m.captured(2).trimmed();
        if (!value.isEmpty()) {
            addList(value);
            continue;
        }
        // A YAML block list: "  - tag" lines.
        while (i + 1 < fm.body.size()) {
            const QString item = utf8(trim(fm.body[i + 1]));
            if (!item.startsWith(QLatin1Char('-'))) break;
            const QString tag = unquote(item.mid(1));
            if (!tag.isEmpty()) out << tag;
            ++i;
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace wm
