// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BudgetAllocator.h"

#include "MapWriter.h"
#include "ReportText.h"

#include <algorithm>

namespace wm {

BudgetAllocator::BudgetAllocator(const MapWriter &writer,
                                 std::function<QString(const QString &)> finish, qint64 limit)
    : m_writer(writer), m_finish(std::move(finish)), m_limit(limit)
{
}

MarkdownLayout BudgetAllocator::minimum()
{
    return {};
}

MarkdownLayout BudgetAllocator::standard() const
{
    const MarkdownLayout most = m_writer.richest();
    MarkdownLayout l = most;
    l.deeper = std::min(most.deeper, 40);
    l.central = std::min(most.central, 15);
    l.languages = std::min(most.languages, 30);
    l.largest = std::min(most.largest, 10);
    l.errors = std::min(most.errors, 20);
    return l;
}

qint64 BudgetAllocator::cost(const MarkdownLayout &layout) const
{
    return ReportText::tokensOf(m_finish(m_writer.body(layout)));
}

bool BudgetAllocator::fits(const MarkdownLayout &layout) const
{
    return cost(layout) <= m_limit;
}

void BudgetAllocator::grow(MarkdownLayout &l, int MarkdownLayout::*field, int most,
                           qint64 cap) const
{
    // Sizes grow with the count. Gallop up from the current value, then
    // bisect: no trial renders much more than what finally fits, however
    // long the list (a tree can have 100,000 folders three levels deep).
    const qint64 ceiling = std::min(cap, m_limit);
    const auto fitsAt = [&](int value) {
        MarkdownLayout t = l;
        t.*field = value;
        return cost(t) <= ceiling;
    };
    int lo = l.*field;
    int step = 1;
    int hi = lo;
    while (hi < most) {
        const int next = std::min(most, lo + step);
        if (!fitsAt(next)) {
            hi = next - 1;
            break;
        }
        lo = hi = next;
        step *= 2;
    }
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        if (fitsAt(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    l.*field = std::max(l.*field, lo);
}

MarkdownLayout BudgetAllocator::fit() const
{
    MarkdownLayout l = minimum();
    if (!fits(l)) return l;
    const MarkdownLayout most = m_writer.richest();
    const auto tryStep = [&](auto change) {
        MarkdownLayout t = l;
        change(t);
        if (fits(t)) l = t;
    };
    // 1. The top-level folders: their words inline, then a line each,
    //    then with figures.
    grow(l, &MarkdownLayout::topDescribed, most.topDescribed, m_limit);
    if (l.topDescribed == most.topDescribed) {
        tryStep([](MarkdownLayout &t) { t.topForm = 1; });
        tryStep([](MarkdownLayout &t) { t.topForm = 2; });
    }
    // 2. Lists, first each up to a share of the budget, then to the end.
    // Deeper folders hang below the top-level lines, so they need form 2.
    const qint64 used = cost(l);
    const qint64 room = m_limit - used;
    const int deeper = l.topForm == 2 ? most.deeper : 0;
    grow(l, &MarkdownLayout::deeper, deeper, used + room * 45 / 100);
    grow(l, &MarkdownLayout::central, most.central, cost(l) + room * 25 / 100);
    grow(l, &MarkdownLayout::languages, std::min(most.languages, 12), cost(l) + room * 10 / 100);
    grow(l, &MarkdownLayout::largest, std::min(most.largest, 5), cost(l) + room * 5 / 100);
    grow(l, &MarkdownLayout::errors, std::min(most.errors, 5), cost(l) + room * 5 / 100);
    // 3. The rest of the header (folder, line kinds, ignored entries), then
    //    the lists to the end.
    tryStep([](MarkdownLayout &t) { t.fullHeader = true; });
    grow(l, &MarkdownLayout::deeper, deeper, m_limit);
    grow(l, &MarkdownLayout::central, most.central, m_limit);
    grow(l, &MarkdownLayout::languages, most.languages, m_limit);
    grow(l, &MarkdownLayout::largest, most.largest, m_limit);
    grow(l, &MarkdownLayout::errors, most.errors, m_limit);
    return l;
}

} // namespace wm
