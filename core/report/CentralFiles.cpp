// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CentralFiles.h"

#include "text/ReferenceKeys.h"

#include <QSet>
#include <algorithm>

namespace wm {

bool CentralFiles::isEntryPoint(const QString &path)
{
    const int depth = int(path.count(QLatin1Char('/')));
    const QString name = path.section(QLatin1Char('/'), -1);
    const QString stem = name.section(QLatin1Char('.'), 0, 0);
    if (depth == 0 &&
        (name == QLatin1String("Makefile") || name == QLatin1String("CMakeLists.txt") ||
         name == QLatin1String("package.json") || name == QLatin1String("Cargo.toml") ||
         name == QLatin1String("pyproject.toml") || name == QLatin1String("setup.py") ||
         name == QLatin1String("meson.build") || name == QLatin1String("go.mod")))
        return true;
    // main.c, main.py, __main__.py: not main.h, which only declares.
    if (name.contains(QLatin1Char('.')) && !name.endsWith(QLatin1String(".h")) &&
        !name.endsWith(QLatin1String(".hpp")) &&
        (stem == QLatin1String("main") || stem == QLatin1String("__main__")))
        return depth <= 2;
    return depth <= 1 && stem == QLatin1String("index") &&
           (name.endsWith(QLatin1String(".js")) || name.endsWith(QLatin1String(".ts")) ||
            name.endsWith(QLatin1String(".html")));
}

void CentralFiles::add(const FileRecord &r, bool informative)
{
    if (r.isFolder() || r.hasError()) return;
    for (quint64 k : r.references)
        ++m_counts[k];
    Candidate c;
    c.entryPoint = isEntryPoint(r.path);
    const auto family = ReferenceKeys::familyOf(r.language.toStdString());
    if (family != ReferenceKeys::Family::None) {
        const auto keys = ReferenceKeys::keysOf(r.path.toStdString(), family);
        for (size_t i = 0; i < keys.size() && i < c.keys.size(); ++i)
            c.keys[i] = keys[i];
        c.keyCount = quint8(std::min(keys.size(), c.keys.size()));
    }
    if (c.keyCount == 0 && !c.entryPoint) return;
    c.path = r.path;
    if (informative) c.summary = r.summary;
    m_candidates.push_back(std::move(c));
    if (m_candidates.size() > maxCandidates || m_counts.size() > maxKeys) prune();
}

qint64 CentralFiles::referencesOf(const Candidate &c) const
{
    qint64 n = 0;
    for (int i = 0; i < c.keyCount; ++i)
        n += m_counts.value(c.keys[size_t(i)]);
    return n;
}

void CentralFiles::prune()
{
    // Keep the better half of the candidates by their references so far,
    // and the reference counts above the median of what is left to count.
    if (m_candidates.size() > maxCandidates) {
        const auto mid = m_candidates.begin() + qsizetype(m_candidates.size() / 2);
        std::nth_element(m_candidates.begin(), mid, m_candidates.end(),
                         [this](const Candidate &a, const Candidate &b) {
                             if (a.entryPoint != b.entryPoint) return a.entryPoint;
                             return referencesOf(a) > referencesOf(b);
                         });
        m_candidates.erase(mid, m_candidates.end());
    }
    if (m_counts.size() > maxKeys) {
        for (auto it = m_counts.begin(); it != m_counts.end();)
            it = it.value() <= 1 ? m_counts.erase(it) : std::next(it);
        for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
            it.value() = std::max<qint64>(1, it.value() - 1);
    }
}

std::vector<CentralFile> CentralFiles::top(size_t count) const
{
    std::vector<std::pair<qint64, const Candidate *>> ranked;
    for (const Candidate &c : m_candidates) {
        const qint64 refs = referencesOf(c);
        // Referenced once is no sign of centrality.
        if (c.entryPoint || refs >= 2) ranked.emplace_back(refs, &c);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.second->entryPoint != b.second->entryPoint) return a.second->entryPoint;
        if (a.first != b.first) return a.first > b.first;
        return a.second->path < b.second->path;
    });
    std::vector<CentralFile> out;
    QSet<quint64> shown;
    for (const auto &[refs, c] : ranked) {
        if (out.size() >= count) break;
        // The key that carries most of its references stands for it.
        quint64 main = 0;
        qint64 best = -1;
        for (int i = 0; i < c->keyCount; ++i)
            if (const qint64 n = m_counts.value(c->keys[size_t(i)]); n > best) {
                best = n;
                main = c->keys[size_t(i)];
            }
        if (!c->entryPoint && shown.contains(main)) continue;
        shown.insert(main);
        out.push_back({c->path, c->summary, refs, c->entryPoint});
    }
    return out;
}

} // namespace wm
