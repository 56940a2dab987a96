// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MapWriter.h"

#include "BudgetAllocator.h"
#include "ReportText.h"

#include <QDir>
#include <algorithm>

namespace wm {
namespace {

using T = ReportText;

constexpr size_t centralKept = 200;

} // namespace

MapWriter::MapWriter(const AuditResult &meta, const TreeDigest &digest, QDateTime generated,
                     qint64 budgetTokens)
    : m_meta(meta), m_digest(digest), m_generated(std::move(generated)), m_budget(budgetTokens),
      m_top(digest.folders().atDepth(1)), m_deeper(digest.folders().deeper()),
      m_central(digest.central().top(centralKept)), m_languages(digest.languages()),
      m_largest(digest.largest()), m_errors(digest.errors())
{
    for (size_t i = 0; i < m_deeper.size(); ++i) {
        const FolderNode *n = m_deeper[i];
        m_rank.insert(n, int(i));
        m_children[n->path.section(QLatin1Char('/'), 0, -2)].push_back(n);
    }
}

MarkdownLayout MapWriter::richest() const
{
    MarkdownLayout l;
    l.fullHeader = true;
    l.topForm = 2;
    l.topDescribed = int(m_top.size());
    l.deeper = int(m_deeper.size());
    l.central = int(m_central.size());
    l.languages = int(m_languages.size());
    l.largest = int(m_largest.size());
    l.errors = int(m_errors.size());
    return l;
}

QString MapWriter::header(const MarkdownLayout &l) const
{
    const AuditTotals &t = m_meta.totals;
    // "." (wm audit in the current folder) is titled by the folder's own name.
    const QString abs = QDir(m_meta.root).absolutePath();
    const QString name = abs.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    QString s =
        QStringLiteral("# WhiteMagic audit: %1\n\n").arg(T::cell(name.isEmpty() ? abs : name));
    if (const QString what = m_digest.folders().root().description; !what.isEmpty())
        s += QStringLiteral("> %1\n\n").arg(T::cell(what));
    s += QStringLiteral("- Files: %1 · %2 · %3 lines")
             .arg(T::number(t.files), T::bytes(t.bytes), T::compact(t.lines));
    // The languages in one line: the three largest by lines (in the
    // tightest report those of 5% and more), then how many more.
    qint64 lines = 0;
    for (const GroupRow &g : m_languages)
        lines += g.lines;
    size_t shown = 0;
    for (; shown < m_languages.size() && shown < 3; ++shown) {
        const GroupRow &g = m_languages[shown];
        if (shown > 0 && !l.fullHeader && g.lines * 20 < lines) break;
        s += QStringLiteral("%1 %2 %3")
                 .arg(shown == 0 ? QStringLiteral(" ·") : QStringLiteral(","), T::cell(g.name),
                      T::share(g.lines, lines));
    }
    if (m_languages.size() > shown)
        s += QStringLiteral(", %1 more").arg(qint64(m_languages.size() - shown));
    // The day alone in the tightest report; the time with the full header.
    s += QStringLiteral("\n- Date: %1\n")
             .arg(l.fullHeader ? m_generated.toString(Qt::ISODate)
                               : m_generated.date().toString(Qt::ISODate));
    if (m_meta.omittedByLimit > 0)
        s += QStringLiteral("- Stopped at the file limit: %1 more files not audited\n")
                 .arg(T::number(m_meta.omittedByLimit));
    if (m_meta.cancelled)
        s += QStringLiteral("- The audit was cancelled: the figures are partial\n");
    if (!l.fullHeader) return s;
    s += QStringLiteral("- Folder: %1\n").arg(T::code(m_meta.root));
    s += QStringLiteral("- Lines: %1 (code %2, comments %3, blank %4) · words %5 · tokens ≈ %6\n")
             .arg(T::number(t.lines), T::number(t.code), T::number(t.comments), T::number(t.blanks),
                  T::number(t.words), T::number(t.tokens));
    s += QStringLiteral("- Files: %1 text, %2 binary, %3 unreadable\n")
             .arg(T::number(t.files - t.binaries - t.errors), T::number(t.binaries),
                  T::number(t.errors));
    if (t.unreadableFolders > 0)
        s += QStringLiteral("- Folders that could not be listed: %1\n")
                 .arg(T::number(t.unreadableFolders));
    if (m_meta.ignored.total() > 0)
        s += QStringLiteral("- Ignored: %1 entries (%2); `--no-ignore` shows them\n")
                 .arg(T::number(m_meta.ignored.total()), m_meta.ignored.describe());
    return s;
}

QString MapWriter::folderLine(const FolderNode &n, int form, bool words) const
{
    const qint64 whole = m_meta.totals.bytes;
    QString s = T::code(n.name() + QLatin1Char('/'));
    const QString w = words ? n.words() : QString();
    if (form == 1) {
        s += QLatin1Char(' ') + T::share(n.counts.bytes, whole);
        if (!w.isEmpty()) s += QStringLiteral(" — ") + T::cell(w);
        return s;
    }
    if (!w.isEmpty()) s += QStringLiteral(" — ") + T::cell(w);
    return s +
           QStringLiteral(" · %1 files · %2 · %3")
               .arg(T::compact(n.files), T::bytes(n.counts.bytes), T::share(n.counts.bytes, whole));
}

void MapWriter::children(QString &out, const FolderNode &node, int deeper) const
{
    const auto it = m_children.constFind(node.path);
    if (it == m_children.cend()) return;
    const QString indent(2 * (node.depth), QLatin1Char(' '));
    for (const FolderNode *c : *it) {
        // Children are in the same order as m_deeper, so their ranks rise:
        // past the first one not shown, none is.
        if (m_rank.value(c) >= deeper) break;
        out += indent + QStringLiteral("- ") + folderLine(*c, 2, true) + QLatin1Char('\n');
        children(out, *c, deeper);
    }
}

QString MapWriter::folders(const MarkdownLayout &l) const
{
    if (m_top.empty()) return {};
    if (l.topForm == 0) {
        // The tightest form: names, largest first, the shares of 5% and
        // more, and the words of the first `topDescribed` in parentheses.
        QStringList items;
        for (size_t i = 0; i < m_top.size(); ++i) {
            const FolderNode &n = *m_top[i];
            QString item = T::cell(n.name() + QLatin1Char('/'));
            if (n.counts.bytes * 20 >= m_meta.totals.bytes)
                item += QLatin1Char(' ') + T::share(n.counts.bytes, m_meta.totals.bytes);
            if (int(i) < l.topDescribed && !n.words().isEmpty())
                item += QStringLiteral(" (%1)").arg(T::cell(n.words()));
            items << item;
        }
        // One more item of the header's list, so no heading and blank lines.
        return QStringLiteral("- Folders: ") + items.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    QString s = QStringLiteral("\n## Folders\n\n");
    for (size_t i = 0; i < m_top.size(); ++i) {
        const FolderNode &n = *m_top[i];
        const bool words = l.topForm == 2 || int(i) < l.topDescribed;
        s += QStringLiteral("- ") + folderLine(n, l.topForm, words) + QLatin1Char('\n');
        if (l.topForm == 2) children(s, n, l.deeper);
    }
    return s;
}

QString MapWriter::centralFiles(int count) const
{
    if (count <= 0 || m_central.empty()) return {};
    QString s = QStringLiteral("\n## Central files\n\n");
    for (size_t i = 0; i < m_central.size() && int(i) < count; ++i) {
        const CentralFile &f = m_central[i];
        s += QStringLiteral("- ") + T::code(f.path) +
             (f.entryPoint ? QStringLiteral(" (entry point)")
                           : QStringLiteral(" (used by %1)").arg(T::number(f.references)));
        if (!f.summary.isEmpty()) s += QStringLiteral(" — ") + T::cell(f.summary);
        s += QLatin1Char('\n');
    }
    return s;
}

QString MapWriter::languageTable(int rows) const
{
    if (rows <= 0 || m_languages.empty()) return {};
    QString s = QStringLiteral("\n## Languages\n\n| Language | Files | Lines | Code | Comments |\n"
                               "|---|--:|--:|--:|--:|\n");
    GroupRow rest;
    for (size_t i = 0; i < m_languages.size(); ++i) {
        const GroupRow &g = m_languages[i];
        if (int(i) >= rows) {
            rest.files += g.files;
            rest += static_cast<const Counts &>(g);
            continue;
        }
        s += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                 .arg(T::cell(g.name), T::number(g.files), T::number(g.lines), T::number(g.code),
                      T::number(g.comments));
    }
    if (int(m_languages.size()) > rows)
        s += QStringLiteral("| %1 more | %2 | %3 | %4 | %5 |\n")
                 .arg(T::number(qint64(m_languages.size()) - rows), T::number(rest.files),
                      T::number(rest.lines), T::number(rest.code), T::number(rest.comments));
    return s;
}

QString MapWriter::largestFiles(int count) const
{
    if (count <= 0 || m_largest.empty()) return {};
    QString s = QStringLiteral("\n## Largest files\n\n");
    for (size_t i = 0; i < m_largest.size() && int(i) < count; ++i) {
        const FileBrief &f = m_largest[i];
        s += QStringLiteral("- %1 · %2 · %3 lines%4\n")
                 .arg(T::code(f.path), T::bytes(f.bytes), T::number(f.lines),
                      f.language.isEmpty() ? QString()
                                           : QStringLiteral(" · ") + T::cell(f.language));
    }
    return s;
}

QString MapWriter::unreadable(int count) const
{
    if (count <= 0 || m_errors.empty()) return {};
    QString s = QStringLiteral("\n## Unreadable files\n\n");
    for (size_t i = 0; i < m_errors.size() && int(i) < count; ++i)
        s += QStringLiteral("- %1 — %2\n")
                 .arg(T::code(m_errors[i].path), T::cell(m_errors[i].error));
    return s;
}

QStringList MapWriter::leftOut(const MarkdownLayout &l) const
{
    QStringList out;
    // The tightest report names what it left out without the counts.
    const bool terse = l == BudgetAllocator::minimum();
    const auto more = [&out, terse](qint64 n, const QString &what) {
        if (n > 0) out << (terse ? what.section(QLatin1Char(' '), 1) : what.arg(T::number(n)));
    };
    if (l.topForm < 2)
        more(qint64(m_top.size()) - l.topDescribed, QStringLiteral("%1 folder descriptions"));
    more(qint64(m_deeper.size()) - (l.topForm == 2 ? l.deeper : 0),
         QStringLiteral("%1 deeper folders"));
    more(qint64(m_central.size()) - l.central, QStringLiteral("%1 central files"));
    more(qint64(m_languages.size()) - l.languages, QStringLiteral("%1 languages"));
    more(qint64(m_largest.size()) - l.largest, QStringLiteral("%1 largest files"));
    const AuditTotals &t = m_meta.totals;
    more(t.errors + t.unreadableFolders - std::min<qint64>(l.errors, qint64(m_errors.size())),
         QStringLiteral("%1 unreadable files and folders"));
    // Summaries that say nothing are dropped, not left out.
    more(m_digest.informativeSummaries(), QStringLiteral("%1 file summaries"));
    return out;
}

QString MapWriter::body(const MarkdownLayout &l) const
{
    QString s = header(l) + folders(l) + centralFiles(l.central) + languageTable(l.languages) +
                largestFiles(l.largest) + unreadable(l.errors);
    if (const QStringList out = leftOut(l); !out.isEmpty())
        s += QStringLiteral("\n_Left out%1: %2._\n")
                 .arg(m_budget > 0 ? QStringLiteral(" to fit %1 tokens").arg(T::number(m_budget))
                                   : QString(),
                      out.join(QStringLiteral("; ")));
    return s;
}

} // namespace wm
