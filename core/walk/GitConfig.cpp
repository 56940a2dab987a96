// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "GitConfig.h"

#include "IgnoreFiles.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace wm {
namespace {

std::string env(const char *name)
{
    const char *v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    const size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// A value: quotes group, backslash escapes, '#' or ';' outside quotes ends it.
std::string parseValue(const std::string &raw)
{
    std::string out;
    bool quoted = false;
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\\' && i + 1 < raw.size()) {
            const char n = raw[++i];
            out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
        } else if (!quoted && (c == '#' || c == ';')) {
            break;
        } else {
            out += c;
        }
    }
    return trim(out);
}

} // namespace

bool GitConfig::lookup(const std::string &text, const std::string &section, const std::string &key,
                       std::string &value)
{
    bool found = false;
    std::string current;
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t nl = std::min(text.find('\n', pos), text.size());
        const std::string line = trim(text.substr(pos, nl - pos));
        pos = nl + 1;
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line[0] == '[') {
            const size_t close = line.find(']');
            if (close == std::string::npos) continue;
            // "[core]" or "[section \"sub\"]": only plain sections matter here.
            current = lower(trim(line.substr(1, close - 1)));
            continue;
        }
        const size_t eq = line.find('=');
        const std::string name = lower(trim(line.substr(0, eq)));
        if (current != lower(section) || name != lower(key)) continue;
        value = eq == std::string::npos ? std::string() : parseValue(line.substr(eq + 1));
        found = true; // the last one in the file wins
    }
    return found;
}

std::string GitConfig::expandHome(const std::string &path)
{
    if (path == "~" || path.rfind("~/", 0) == 0) return env("HOME") + path.substr(1);
    return path;
}

std::string GitConfig::excludesFile(const std::string &gitDir)
{
    const std::string home = env("HOME");
    std::string xdg = env("XDG_CONFIG_HOME");
    if (xdg.empty() && !home.empty()) xdg = home + "/.config";

    std::vector<std::string> files;
    if (env("GIT_CONFIG_NOSYSTEM").empty())
        files.push_back(env("GIT_CONFIG_SYSTEM").empty() ? "/etc/gitconfig"
                                                         : env("GIT_CONFIG_SYSTEM"));
    if (const char *global = std::getenv("GIT_CONFIG_GLOBAL")) {
        files.emplace_back(global);
    } else {
        if (!xdg.empty()) files.push_back(xdg + "/git/config");
        if (!home.empty()) files.push_back(home + "/.gitconfig");
    }
    if (!gitDir.empty()) files.push_back(gitDir + "/config");

    std::string value;
    bool set = false;
    for (const std::string &f : files) {
        std::string text;
        if (f.empty() || f == "/dev/null" || !IgnoreFiles::read(f, text)) continue;
        std::string v;
        if (lookup(text, "core", "excludesFile", v)) {
            value = v;
            set = true;
        }
    }
    if (set) return value.empty() ? std::string() : expandHome(value);
    return xdg.empty() ? std::string() : xdg + "/git/ignore";
}

} // namespace wm
