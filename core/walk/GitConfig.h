// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <string>

namespace wm {

// The one git setting the walk needs, read as git reads it, without running
// git: core.excludesFile from the system config (unless GIT_CONFIG_NOSYSTEM),
// the global config ($GIT_CONFIG_GLOBAL, or $XDG_CONFIG_HOME/git/config and
// ~/.gitconfig) and the repository's own config, the last one set winning.
// Unset, it is $XDG_CONFIG_HOME/git/ignore (~/.config/git/ignore).
class GitConfig
{
public:
    // `gitDir` is the repository's git directory ("" when none).
    [[nodiscard]] static std::string excludesFile(const std::string &gitDir);

    // The value of `section.key` in one config file's text (both compared
    // case-insensitively, as git does for these names); false when unset.
    static bool lookup(const std::string &text, const std::string &section, const std::string &key,
                       std::string &value);
    // "~/x" -> "$HOME/x".
    [[nodiscard]] static std::string expandHome(const std::string &path);
};

} // namespace wm
