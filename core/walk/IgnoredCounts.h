// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IgnoreRules.h"

#include <QString>
#include <array>

namespace wm {

// How many entries (files or whole folders) ignore rules hid in one walk,
// by the kind of file whose rule decided, so a report can say why files are
// missing and which flag (--no-ignore) shows them.
struct IgnoredCounts
{
    std::array<qint64, IgnoreRules::sourceCount> bySource{};

    [[nodiscard]] qint64 of(IgnoreRules::Source s) const { return bySource[size_t(s)]; }
    IgnoredCounts &operator+=(const IgnoredCounts &o)
    {
        for (size_t i = 0; i < bySource.size(); ++i)
            bySource[i] += o.bySource[i];
        return *this;
    }
    [[nodiscard]] qint64 total() const
    {
        qint64 t = 0;
        for (const qint64 n : bySource)
            t += n;
        return t;
    }
    [[nodiscard]] static QString sourceName(IgnoreRules::Source s)
    {
        switch (s) {
        case IgnoreRules::Source::GitIgnore:
            return QStringLiteral(".gitignore");
        case IgnoreRules::Source::IgnoreFile:
            return QStringLiteral(".ignore");
        case IgnoreRules::Source::GitExclude:
            return QStringLiteral(".git/info/exclude");
        case IgnoreRules::Source::GlobalExclude:
            return QStringLiteral("core.excludesFile");
        }
        return {};
    }
    // "12 by .gitignore, 3 by .ignore" (empty when nothing was ignored).
    [[nodiscard]] QString describe() const
    {
        QString s;
        for (int i = 0; i < IgnoreRules::sourceCount; ++i) {
            if (bySource[size_t(i)] == 0) continue;
            if (!s.isEmpty()) s += QStringLiteral(", ");
            s += QStringLiteral("%1 by %2")
                     .arg(bySource[size_t(i)])
                     .arg(sourceName(IgnoreRules::Source(i)));
        }
        return s;
    }
    bool operator==(const IgnoredCounts &) const = default;
};

} // namespace wm
