// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditSummary.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace wm {
namespace {

std::vector<GroupRow> sorted(QHash<QString, GroupRow> &&groups, bool byCode)
{
    std::vector<GroupRow> rows;
    rows.reserve(size_t(groups.size()));
    for (auto it = groups.begin(); it != groups.end(); ++it)
        rows.push_back(std::move(it.value()));
    std::sort(rows.begin(), rows.end(), [byCode](const GroupRow &a, const GroupRow &b) {
        const qint64 ka = byCode ? a.code : a.tokens;
        const qint64 kb = byCode ? b.code : b.tokens;
        if (ka != kb) return ka > kb;
        if (a.files != b.files) return a.files > b.files;
        return a.name < b.name;
    });
    return rows;
}

} // namespace

QString AuditSummary::languageKey(const FileRecord &r)
{
    return r.binary               ? QStringLiteral("Binary")
           : r.language.isEmpty() ? QStringLiteral("Other")
                                  : r.language;
}

std::vector<GroupRow> AuditSummary::languageRows(QHash<QString, GroupRow> groups)
{
    return sorted(std::move(groups), true);
}

std::vector<GroupRow> AuditSummary::byLanguage(const std::vector<FileRecord> &files)
{
    QHash<QString, GroupRow> groups;
    for (const FileRecord &r : files) {
        const QString key = languageKey(r);
        GroupRow &g = groups[key];
        g.name = key;
        g.add(r);
    }
    return sorted(std::move(groups), true);
}

QString AuditSummary::directoryAt(const QString &path, int depth)
{
    qsizetype end = -1;
    for (int d = 0; d < depth; ++d) {
        const qsizetype next = path.indexOf(QLatin1Char('/'), end + 1);
        if (next < 0 || next == path.size() - 1) break; // the rest is the file name
        end = next;
    }
    return end < 0 ? QStringLiteral(".") : path.left(end);
}

std::vector<GroupRow> AuditSummary::byDirectory(const std::vector<FileRecord> &files, int depth)
{
    QHash<QString, GroupRow> groups;
    for (const FileRecord &r : files) {
        const QString key = directoryAt(r.path, depth);
        GroupRow &g = groups[key];
        g.name = key;
        g.add(r);
    }
    return sorted(std::move(groups), false);
}

std::vector<size_t> AuditSummary::mostInformative(const std::vector<FileRecord> &files,
                                                  size_t count)
{
    // Favour documents near the top of the tree (READMEs, design notes)
    // and substantial files; a file without a summary says nothing.
    std::vector<std::pair<double, size_t>> scored;
    for (size_t i = 0; i < files.size(); ++i) {
        const FileRecord &r = files[i];
        if (r.summary.isEmpty() || r.hasError() || r.binary) continue;
        const int depth = int(r.path.count(QLatin1Char('/')));
        const QString name = r.path.section(QLatin1Char('/'), -1).toLower();
        double score = std::log2(2.0 + double(r.tokens)) / (1.0 + depth);
        if (name.startsWith(QLatin1String("readme")))
            score *= 4.0;
        else if (r.language == QLatin1String("Markdown") ||
                 r.language == QLatin1String("reStructuredText"))
            score *= 2.0;
        else if (name.startsWith(QLatin1String("main.")) ||
                 name.startsWith(QLatin1String("index.")))
            score *= 1.5;
        scored.emplace_back(score, i);
    }
    const size_t n = std::min(count, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(n), scored.end(),
                      [&](const auto &a, const auto &b) {
                          if (a.first != b.first) return a.first > b.first;
                          return a.second < b.second;
                      });
    std::vector<size_t> out;
    for (size_t k = 0; k < n; ++k)
        out.push_back(scored[k].second);
    std::sort(out.begin(), out.end()); // present in path order
    return out;
}

std::vector<size_t> AuditSummary::largest(const std::vector<FileRecord> &files, size_t count)
{
    std::vector<size_t> idx(files.size());
    for (size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    const size_t n = std::min(count, idx.size());
    std::partial_sort(idx.begin(), idx.begin() + qsizetype(n), idx.end(), [&](size_t a, size_t b) {
        if (files[a].bytes != files[b].bytes) return files[a].bytes > files[b].bytes;
        return a < b;
    });
    idx.resize(n);
    return idx;
}

} // namespace wm
