// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

namespace wm {

// How much of each part the Markdown report shows; the budget allocator
// (BudgetAllocator) picks it, MapWriter writes it.
struct MarkdownLayout
{
    bool fullHeader = false; // folder, date-free totals, ignored and unreadable counts
    int topForm = 0;         // 0: names and shares inline; 1: a line each; 2: with figures
    int topDescribed = 0;    // in forms 0 and 1, top-level folders (largest first) with their words
    int deeper = 0;          // deeper folders shown, largest first
    int central = 0;         // central files
    int languages = 0;       // rows of the languages table
    int largest = 0;         // largest files
    int errors = 0;          // unreadable files listed
    bool operator==(const MarkdownLayout &) const = default;
};

} // namespace wm
