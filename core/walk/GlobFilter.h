// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>
#include <string>
#include <string_view>
#include <vector>

namespace wm {

// --include / --exclude globs. A glob with a '/' matches the whole path
// relative to the root ("**/docs/*.txt"); a glob without one matches the
// file name at any depth ("*.md", "README*"), as in .gitignore.
// Excludes also prune directories; includes select files only.
class GlobFilter
{
public:
    GlobFilter() = default;
    GlobFilter(const QStringList &includes, const QStringList &excludes, bool caseInsensitive);

    [[nodiscard]] bool acceptsFile(std::string_view relPath) const;
    [[nodiscard]] bool acceptsDirectory(std::string_view relPath) const;
    [[nodiscard]] bool isTrivial() const { return m_includes.empty() && m_excludes.empty(); }

private:
    struct Glob
    {
        std::string pattern;
        bool basename = false;
    };
    static std::vector<Glob> compile(const QStringList &globs);
    bool anyMatches(const std::vector<Glob> &globs, std::string_view relPath) const;

    std::vector<Glob> m_includes;
    std::vector<Glob> m_excludes;
    unsigned m_flags = 0;
};

} // namespace wm
