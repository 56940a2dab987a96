// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wm {

// The patterns of one ignore file (.gitignore, .ignore, .git/info/exclude),
// parsed with git's rules, plus a link to the rules of the parent directory.
// Directories share their parent's chain, so a walk of N directories with k
// ignore files costs k parsed files, not N copies.
class IgnoreRules
{
public:
    enum class Verdict
    {
        None,
        Ignored,
        Included
    };

    // Where the patterns came from: the report says how many entries each
    // kind hid (the precedence is git's and ripgrep's: a deeper file first,
    // .ignore over .gitignore, then .git/info/exclude, then core.excludesFile).
    enum class Source
    {
        GitIgnore,    // .gitignore (inside a git repository only)
        IgnoreFile,   // .ignore (everywhere)
        GitExclude,   // $GIT_DIR/info/exclude
        GlobalExclude // core.excludesFile, default $XDG_CONFIG_HOME/git/ignore
    };
    static constexpr int sourceCount = 4;

    struct Pattern
    {
        std::string glob;      // without '!', leading '/' and trailing '/'
        bool negated = false;  // "!pattern" re-includes
        bool dirOnly = false;  // "pattern/" matches directories only
        bool basename = false; // no '/' inside: matches the name at any depth
    };

    // `base` is the directory holding the ignore file, relative to the walk
    // root with '/' separators and no trailing slash ("" for the root).
    IgnoreRules(std::string base, std::shared_ptr<const IgnoreRules> parent,
                Source source = Source::GitIgnore);

    // For a file above the walk root (a parent's .gitignore, the repository's
    // exclude files): the walk root's path relative to that file's folder,
    // put before every walk-relative path it is asked about.
    void setOuterPrefix(std::string prefix) { m_outerPrefix = std::move(prefix); }
    [[nodiscard]] Source source() const { return m_source; }

    // Marks the top of a repository met inside the walk: the git rules
    // (.gitignore, info/exclude, core.excludesFile) of the files above it do
    // not apply below it, as git itself never looks past a repository's top
    // and ripgrep stops there too; .ignore files above still apply.
    void setRepositoryTop() { m_repositoryTop = true; }
    static bool isGitSource(Source s) { return s != Source::IgnoreFile; }

    // Parses ignore-file text and appends its patterns (later lines win).
    void addPatterns(std::string_view text);
    [[nodiscard]] bool isEmpty() const { return m_patterns.empty(); }
    [[nodiscard]] const std::vector<Pattern> &patterns() const { return m_patterns; }

    // The decision for `relPath` (relative to the walk root): the deepest
    // rules file with a matching pattern decides, and inside one file the
    // last matching line wins, exactly as in git. Past a repository top
    // (setRepositoryTop) only .ignore files are consulted.
    // `decidedBy`, when given, receives the kind of file that decided.
    [[nodiscard]] Verdict verdict(std::string_view relPath, bool isDir,
                                  Source *decidedBy = nullptr) const;
    [[nodiscard]] bool isIgnored(std::string_view relPath, bool isDir) const
    {
        return verdict(relPath, isDir) == Verdict::Ignored;
    }

    [[nodiscard]] const std::shared_ptr<const IgnoreRules> &parent() const { return m_parent; }

    // Parses a single line; returns false for blanks and comments.
    static bool parseLine(std::string_view line, Pattern &out);

private:
    Verdict ownVerdict(std::string_view relPath, bool isDir) const;

    std::string m_base;
    std::string m_outerPrefix;
    std::shared_ptr<const IgnoreRules> m_parent;
    Source m_source;
    bool m_repositoryTop = false;
    std::vector<Pattern> m_patterns;
};

} // namespace wm
