// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FrontMatter.h"

#include "TextLines.h"

#include <yaml-cpp/yaml.h>

namespace wm {
namespace {

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
        v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

void addField(FrontMatter &fm, const QString &key, const QVariant &value)
{
    if (!fm.fields.contains(key)) fm.keys << key;
    fm.fields.insert(key, value);
}

QVariant yamlValue(const YAML::Node &node)
{
    if (node.IsScalar()) return QString::fromStdString(node.Scalar());
    if (node.IsNull()) return QString();
    if (!node.IsSequence()) return {};
    QStringList items;
    for (const YAML::Node &item : node)
        if (item.IsScalar()) items << QString::fromStdString(item.Scalar());
    return items;
}

// `firstLine` is the body's line number in the file (1-based), so errors
// point at the line the user sees.
void readYaml(FrontMatter &fm, std::string_view body, int firstLine)
{
    YAML::Node root;
    try {
        // The "..." end marker makes yaml-cpp reject a quoted scalar left
        // open at the end of the block, as YAML (and Python's yaml) do;
        // without it, yaml-cpp 0.7 accepts it up to the end of the input.
        root = YAML::Load(std::string(body) + "...\n");
        if (root.IsNull()) return; // "---\n---": empty, nothing wrong
        if (!root.IsMap()) {
            fm.error = QStringLiteral("front matter is not a list of key: value pairs");
            return;
        }
        for (const auto &kv : root) {
            if (!kv.first.IsScalar()) continue;
            const QVariant value = yamlValue(kv.second);
            if (value.isValid()) addField(fm, QString::fromStdString(kv.first.Scalar()), value);
        }
    } catch (const YAML::Exception &e) {
        fm.keys.clear();
        fm.fields.clear();
        fm.error = e.mark.is_null() ? QString::fromStdString(e.msg)
                                    : QStringLiteral("line %1: %2")
                                          .arg(firstLine + e.mark.line)
                                          .arg(QString::fromStdString(e.msg));
    }
}

// TOML front matter (Hugo's "+++"): only `key = value` lines at the top
// level are read; tables are skipped. Values are strings, bare words or
// one-line arrays.
void readToml(FrontMatter &fm, const std::vector<std::string_view> &body)
{
    bool inTable = false;
    for (std::string_view raw : body) {
        const QString line = fromUtf8View(trimBlank(raw));
        if (line.startsWith(QLatin1Char('['))) inTable = true;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inTable || line.startsWith(QLatin1Char('#')) || eq <= 0) continue;
        const QString key = unquote(line.left(eq));
        const QString value = line.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))) {
            QStringList items;
            for (const QString &part : value.mid(1, value.size() - 2).split(QLatin1Char(',')))
                if (const QString item = unquote(part); !item.isEmpty()) items << item;
            addField(fm, key, items);
        } else {
            addField(fm, key, unquote(value));
        }
    }
}

} // namespace

QString FrontMatter::title() const
{
    const QVariant v = fields.value(QStringLiteral("title"));
    return v.typeId() == QMetaType::QString ? v.toString().trimmed() : QString();
}

QStringList FrontMatter::tags() const
{
    QStringList out;
    for (const QString &key : keys) {
        const QString k = key.toLower();
        if (k != QLatin1String("tags") && k != QLatin1String("tag") &&
            k != QLatin1String("keywords"))
            continue;
        const QVariant v = fields.value(key);
        const QStringList parts = v.typeId() == QMetaType::QStringList
                                      ? v.toStringList()
                                      : v.toString().split(QLatin1Char(','));
        for (const QString &part : parts)
            if (const QString tag = unquote(part); !tag.isEmpty()) out << tag;
    }
    out.removeDuplicates();
    return out;
}

FrontMatter FrontMatter::read(std::string_view head)
{
    FrontMatter fm;
    // Most heads have none: look at the first line before splitting them.
    const std::string_view body = withoutBom(head);
    const std::string_view fence = trimBlank(body.substr(0, body.find('\n')));
    if (fence != "---" && fence != "+++") return fm;
    const auto lines = splitLines(body);
    for (size_t i = 1; i < lines.size(); ++i) {
        const std::string_view t = trimBlank(lines[i]);
        if (t != fence && !(fence == "---" && t == "...")) continue;
        fm.bodyLine = i + 1;
        if (fence == "+++") {
            fm.format = Format::Toml;
            readToml(fm, std::vector<std::string_view>(lines.begin() + 1, lines.begin() + i));
        } else {
            fm.format = Format::Yaml;
            const char *begin = lines[0].data() + lines[0].size() + 1;
            readYaml(fm, std::string_view(begin, size_t(lines[i].data() - begin)), 2);
        }
        return fm;
    }
    return fm; // unterminated: not front matter
}

} // namespace wm
