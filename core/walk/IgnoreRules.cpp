// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IgnoreRules.h"

#include "Wildmatch.h"

namespace wm {

IgnoreRules::IgnoreRules(std::string base, std::shared_ptr<const IgnoreRules> parent, Source source)
    : m_base(std::move(base)), m_parent(std::move(parent)), m_source(source)
{
}

bool IgnoreRules::parseLine(std::string_view line, Pattern &out)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') return false;
    // Trailing spaces are dropped unless escaped with a backslash.
    while (!line.empty() && line.back() == ' ') {
        size_t backslashes = 0;
        for (size_t i = line.size() - 1; i > 0 && line[i - 1] == '\\'; --i)
            ++backslashes;
        if (backslashes % 2 == 1) break;
        line.remove_suffix(1);
    }
    if (line.empty()) return false;
    out = Pattern{};
    if (line.front() == '!') {
        out.negated = true;
        line.remove_prefix(1);
    }
    if (!line.empty() && line.back() == '/') {
        out.dirOnly = true;
        line.remove_suffix(1);
    }
    if (line.empty()) return false;
    out.basename = line.find('/') == std::string_view::npos;
    if (line.front() == '/') line.remove_prefix(1);
    if (line.empty()) return false;
    out.glob.assign(line);
    return true;
}

void IgnoreRules::addPatterns(std::string_view text)
{
    // A UTF-8 byte order mark at the start is not part of the first pattern.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        Pattern p;
        if (parseLine(line, p)) m_patterns.push_back(std::move(p));
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
}

IgnoreRules::Verdict IgnoreRules::ownVerdict(std::string_view relPath, bool isDir) const
{
    if (m_patterns.empty()) return Verdict::None;
    std::string outer;
    if (!m_outerPrefix.empty()) {
        outer.reserve(m_outerPrefix.size() + 1 + relPath.size());
        outer.append(m_outerPrefix).append(1, '/').append(relPath);
        relPath = outer;
    }
    std::string_view local = relPath;
    if (!m_base.empty()) {
        if (local.size() <= m_base.size() || local.substr(0, m_base.size()) != m_base ||
            local[m_base.size()] != '/')
            return Verdict::None;
        local.remove_prefix(m_base.size() + 1);
    }
    const size_t slash = local.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? local : local.substr(slash + 1);
    for (auto it = m_patterns.rbegin(); it != m_patterns.rend(); ++it) {
        if (it->dirOnly && !isDir) continue;
        const bool hit = it->basename ? Wildmatch::match(it->glob, name, Wildmatch::None)
                                      : Wildmatch::match(it->glob, local, Wildmatch::PathName);
        if (hit) return it->negated ? Verdict::Included : Verdict::Ignored;
    }
    return Verdict::None;
}

IgnoreRules::Verdict IgnoreRules::verdict(std::string_view relPath, bool isDir,
                                          Source *decidedBy) const
{
    bool pastRepositoryTop = false;
    for (const IgnoreRules *r = this; r != nullptr; r = r->m_parent.get()) {
        const bool skip = pastRepositoryTop && isGitSource(r->m_source);
        pastRepositoryTop = pastRepositoryTop || r->m_repositoryTop;
        const Verdict v = skip ? Verdict::None : r->ownVerdict(relPath, isDir);
        if (v == Verdict::None) continue;
        if (decidedBy) *decidedBy = r->m_source;
        return v;
    }
    return Verdict::None;
}

} // namespace wm
