// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FrontMatterBlock.h"

namespace wm {
namespace {

// The key of a top-level `key: value` line, or empty for a line that
// continues the entry above it (indented, a list item, a comment, blank).
QByteArray topLevelKey(const QByteArray &line)
{
    if (line.isEmpty()) return {};
    const char c = line.at(0);
    if (c == ' ' || c == '\t' || c == '-' || c == '#' || c == '\r' || c == '\n') return {};
    if (c == '"' || c == '\'') {
        const qsizetype close = line.indexOf(c, 1);
        return close > 0 ? line.mid(1, close - 1) : QByteArray();
    }
    const qsizetype colon = line.indexOf(':');
    return colon > 0 ? line.left(colon).trimmed() : QByteArray();
}

// Plain scalars YAML would read as something else than a string (YAML 1.1
// booleans and null, numbers) are quoted, so other readers see strings too.
bool readsAsNonString(const QString &item)
{
    static const QStringList special{
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("null")};
    bool number = false;
    (void)item.toDouble(&number);
    return number || special.contains(item.toLower());
}

bool isPlainSafe(const QString &item)
{
    if (item.isEmpty() || item.trimmed() != item || readsAsNonString(item)) return false;
    const QChar first = item.front();
    if (!first.isLetterOrNumber()) return false;
    for (const QChar c : item)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
              c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char(' ')))
            return false;
    return true;
}

QByteArray doubleQuoted(const QString &item)
{
    QByteArray out = "\"";
    for (const char c : item.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += QByteArray("\\x") + QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out + '"';
}

} // namespace

FrontMatterBlock FrontMatterBlock::split(const QByteArray &rawYaml)
{
    FrontMatterBlock block;
    qsizetype pos = 0;
    while (pos < rawYaml.size()) {
        qsizetype nl = rawYaml.indexOf('\n', pos);
        if (nl < 0) nl = rawYaml.size() - 1;
        QByteArray line = rawYaml.mid(pos, nl - pos + 1);
        pos = nl + 1;
        if (!line.endsWith('\n')) line += '\n';
        const QByteArray key = topLevelKey(line);
        if (!key.isEmpty() || block.m_entries.isEmpty())
            block.m_entries.append({key, line});
        else
            block.m_entries.last().text += line;
    }
    return block;
}

bool FrontMatterBlock::contains(const QByteArray &key) const
{
    for (const Entry &e : m_entries)
        if (e.key == key) return true;
    return false;
}

void FrontMatterBlock::set(const QByteArray &key, const QByteArray &text)
{
    for (Entry &e : m_entries) {
        if (e.key != key) continue;
        // Comments and blank lines that trailed the old entry stay after the new one.
        QByteArray trailing;
        const QList<QByteArray> lines = e.text.split('\n');
        for (qsizetype i = lines.size() - 2; i > 0; --i) {
            const QByteArray t = lines.at(i).trimmed();
            if (!t.isEmpty() && !t.startsWith('#')) break;
            trailing.prepend(lines.at(i) + '\n');
        }
        e.text = text + trailing;
        return;
    }
    m_entries.append({key, text});
}

QByteArray FrontMatterBlock::text() const
{
    QByteArray out;
    for (const Entry &e : m_entries)
        out += e.text;
    return out;
}

QByteArray FrontMatterBlock::listEntry(const QByteArray &key, const QStringList &items)
{
    if (items.isEmpty()) return key + ": []\n";
    QByteArray out = key + ":\n";
    for (const QString &item : items)
        out += "  - " + (isPlainSafe(item) ? item.toUtf8() : doubleQuoted(item)) + '\n';
    return out;
}

} // namespace wm
