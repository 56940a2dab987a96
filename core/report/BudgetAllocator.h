// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "MarkdownLayout.h"

#include <QString>
#include <functional>

namespace wm {

class MapWriter;

// Chooses how much of each part the report shows so that it fits a token
// budget and uses it well. The mandatory parts (what the tree is, every
// top-level folder, what was left out, the token count) come first in their
// most compact form; then, in order of priority, the header's detail, the
// folders' descriptions and figures, deeper folders, central files,
// languages, largest and unreadable files each get the most that fits. A
// first round caps the lists at a share of the budget, so one long list
// does not crowd out the rest; a second round gives them what remains.
class BudgetAllocator
{
public:
    // `finish`: the complete report for a body (closing lines added), whose
    // estimated tokens must stay within `limit`.
    BudgetAllocator(const MapWriter &writer, std::function<QString(const QString &)> finish,
                    qint64 limit);

    // The least detail: what every report shows.
    [[nodiscard]] static MarkdownLayout minimum();
    // The standard detail without a budget.
    [[nodiscard]] MarkdownLayout standard() const;
    // The richest layout within the limit; minimum() when even it does not fit.
    [[nodiscard]] MarkdownLayout fit() const;

private:
    [[nodiscard]] qint64 cost(const MarkdownLayout &layout) const;
    [[nodiscard]] bool fits(const MarkdownLayout &layout) const;
    // The largest value of `field` in [current, most] that fits, with the
    // report kept under `cap` tokens.
    void grow(MarkdownLayout &layout, int MarkdownLayout::*field, int most, qint64 cap) const;

    const MapWriter &m_writer;
    std::function<QString(const QString &)> m_finish;
    qint64 m_limit;
};

} // namespace wm
