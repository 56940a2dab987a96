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

    struct Pattern
    {
        std::string glob;      // without '!', leading '/' and trailing '/'
        bool negated = false;  // "!pattern" re-includes
        bool dirOnly = false;  // "pattern/" matches directories only
        bool basename = false; // no '/' inside: matches the name at any depth
    };

    // `base` is the directory holding the ignore file, relative to the walk
    // root with '/' separators and no trailing slash ("" for the root).
    IgnoreRules(std::string base, std::shared_ptr<const IgnoreRules> parent);

    // Parses ignore-file text and appends its patterns (later lines win).
    void addPatterns(std::string_view text);
    [[nodiscard]] bool isEmpty() const { return m_patterns.empty(); }
    [[nodiscard]] const std::vector<Pattern> &patterns() const { return m_patterns; }

    // The decision for `relPath` (relative to the walk root): the deepest
    // rules file with a matching pattern decides, and inside one file the
    // last matching line wins, exactly as in git.
    [[nodiscard]] Verdict verdict(std::string_view relPath, bool isDir) const;
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
    std::shared_ptr<const IgnoreRules> m_parent;
    std::vector<Pattern> m_patterns;
};

} // namespace wm
