// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "NoteMerger.h"

#include "io/NativePath.h"
#include "memory/FrontMatterBlock.h"
#include "similarity/TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace wm {
namespace {

void addUnique(QStringList &list, const QString &item)
{
    if (!list.contains(item, Qt::CaseInsensitive)) list << item;
}

} // namespace

QStringList NoteMerger::paragraphs(const QString &body)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t\\r]*\\n"));
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList out;
    for (const QString &p : text.split(blank)) {
        // Only the surrounding line breaks go: indentation inside is content.
        QString t = p;
        while (!t.isEmpty() && (t.front() == QLatin1Char('\n') || t.front() == QLatin1Char('\r')))
            t.remove(0, 1);
        while (!t.isEmpty() && t.back().isSpace())
            t.chop(1);
        if (!t.trimmed().isEmpty()) out << t;
    }
    return out;
}

NoteMerger::Result NoteMerger::merge(const std::vector<const MemoryNote *> &oldestFirst)
{
    Result r;
    if (oldestFirst.empty()) return r;
    const MemoryNote &base = *oldestFirst.front();
    FrontMatterBlock block = FrontMatterBlock::split(base.rawFrontMatter);
    for (const MemoryNote *n : oldestFirst) {
        for (const QString &t : n->tags)
            addUnique(r.tags, t);
        for (const QString &m : n->mergedFrom)
            addUnique(r.mergedFrom, m);
    }
    for (const MemoryNote *n : oldestFirst)
        addUnique(r.mergedFrom, NativePath::display(n->relPath));
    block.set("tags", FrontMatterBlock::listEntry("tags", r.tags));
    block.set("merged_from", FrontMatterBlock::listEntry("merged_from", r.mergedFrom));
    // Fields only later members have, as they wrote them (not their tags:
    // "tag" and "keywords" were folded into the union).
    static const QSet<QByteArray> folded{"tag", "keywords", "Tags", "Tag", "Keywords"};
    for (size_t i = 1; i < oldestFirst.size(); ++i) {
        const FrontMatterBlock other = FrontMatterBlock::split(oldestFirst[i]->rawFrontMatter);
        for (const FrontMatterBlock::Entry &e : other.entries())
            if (!e.key.isEmpty() && !block.contains(e.key) && !folded.contains(e.key))
                block.append(e);
    }

    QStringList kept;
    QSet<QString> seen;
    for (const MemoryNote *n : oldestFirst) {
        for (const QString &p : paragraphs(n->body)) {
            const QString norm = TextNormalizer::normalized(p);
            const QString key = norm.isEmpty() ? QStringLiteral("\x01") + p.trimmed() : norm;
            if (seen.contains(key)) {
                ++r.paragraphsDropped;
                continue;
            }
            seen.insert(key);
            kept << p;
        }
    }
    r.paragraphsKept = kept.size();
    r.text = "---\n" + block.text() + "---\n\n" + kept.join(QStringLiteral("\n\n")).toUtf8() + '\n';
    return r;
}

} // namespace wm
