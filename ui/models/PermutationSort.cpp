// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PermutationSort.h"

#include "AuditColumns.h"

#include <algorithm>
#include <numeric>

namespace wm::ui {

PermutationSort::Keys PermutationSort::snapshot(const std::vector<FileRecord> &rows, int column,
                                                bool descending)
{
    Keys k;
    k.column = column;
    k.descending = descending;
    if (AuditColumns::isNumeric(column)) {
        k.numbers.reserve(rows.size());
        for (const FileRecord &r : rows)
            k.numbers.push_back(AuditColumns::number(r, column));
    } else {
        k.texts.reserve(rows.size());
        for (const FileRecord &r : rows)
            k.texts.push_back(AuditColumns::text(r, column));
    }
    return k;
}

std::vector<int> PermutationSort::sort(const Keys &k)
{
    const size_t n = AuditColumns::isNumeric(k.column) ? k.numbers.size() : k.texts.size();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    const auto tieBreak = [](int a, int b) { return a < b; };
    if (AuditColumns::isNumeric(k.column)) {
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const qint64 x = k.numbers[size_t(a)], y = k.numbers[size_t(b)];
            if (x != y) return k.descending ? x > y : x < y;
            return tieBreak(a, b);
        });
    } else {
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = compareText(k.texts[size_t(a)], k.texts[size_t(b)], k.column);
            if (c != 0) return k.descending ? c > 0 : c < 0;
            return tieBreak(a, b);
        });
    }
    return order;
}

int PermutationSort::compareText(const QString &a, const QString &b, int column)
{
    // Paths compare as the reports order them; words ignore case.
    if (column == AuditColumns::Path) return a.compare(b);
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c : a.compare(b);
}

int PermutationSort::compare(const FileRecord &a, const FileRecord &b, int column)
{
    if (AuditColumns::isNumeric(column)) {
        const qint64 x = AuditColumns::number(a, column), y = AuditColumns::number(b, column);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (column == AuditColumns::Summary)
        return compareText(AuditColumns::text(a, column), AuditColumns::text(b, column), column);
    return compareText(column == AuditColumns::Path ? a.path : a.language,
                       column == AuditColumns::Path ? b.path : b.language, column);
}

} // namespace wm::ui
