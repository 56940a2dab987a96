// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "GlobFilter.h"

#include "Wildmatch.h"

namespace wm {

GlobFilter::GlobFilter(const QStringList &includes, const QStringList &excludes,
                       bool caseInsensitive)
    : m_includes(compile(includes)), m_excludes(compile(excludes)),
      m_flags(Wildmatch::PathName | (caseInsensitive ? Wildmatch::CaseFold : 0u))
{
}

std::vector<GlobFilter::Glob> GlobFilter::compile(const QStringList &globs)
{
    std::vector<Glob> out;
    for (const QString &g : globs) {
        std::string s = g.toStdString();
        while (s.size() > 1 && s.back() == '/')
            s.pop_back();
        if (s.rfind("./", 0) == 0) s.erase(0, 2);
        if (s.empty()) continue;
        Glob glob;
        glob.basename = s.find('/') == std::string::npos;
        if (!glob.basename && s.front() == '/') s.erase(0, 1);
        glob.pattern = std::move(s);
        out.push_back(std::move(glob));
    }
    return out;
}

bool GlobFilter::anyMatches(const std::vector<Glob> &globs, std::string_view relPath) const
{
    if (globs.empty()) return false; // the usual case, asked once per file
    const size_t slash = relPath.rfind('/');
    const std::string_view name =
        slash == std::string_view::npos ? relPath : relPath.substr(slash + 1);
    for (const Glob &g : globs) {
        if (Wildmatch::match(g.pattern, g.basename ? name : relPath, m_flags)) return true;
    }
    return false;
}

bool GlobFilter::acceptsFile(std::string_view relPath) const
{
    if (anyMatches(m_excludes, relPath)) return false;
    return m_includes.empty() || anyMatches(m_includes, relPath);
}

bool GlobFilter::acceptsDirectory(std::string_view relPath) const
{
    return !anyMatches(m_excludes, relPath);
}

} // namespace wm
