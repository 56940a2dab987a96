// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/FileRecord.h"

#include <QString>
#include <vector>

namespace wm::ui {

// Sort keys of the audit rows for one column, copied so the rows can be
// sorted on a pool thread while the GUI thread keeps appending to the model
// (QString copies share their data, so a snapshot of 100,000 paths costs a
// reference count each). One comparison serves both the background sort and
// the GUI thread's merge of each new batch, so the two orders agree.
class PermutationSort
{
public:
    struct Keys
    {
        int column = 0;
        bool descending = false;
        std::vector<qint64> numbers; // numeric columns
        std::vector<QString> texts;  // text columns
    };

    [[nodiscard]] static Keys snapshot(const std::vector<FileRecord> &rows, int column,
                                       bool descending);
    // Rows 0..n-1 of `keys`, ordered; ties keep the arrival order.
    [[nodiscard]] static std::vector<int> sort(const Keys &keys);

    // <0, 0, >0 like strcmp, for rows of the live model.
    [[nodiscard]] static int compare(const FileRecord &a, const FileRecord &b, int column);
    [[nodiscard]] static int compareText(const QString &a, const QString &b, int column);
};

} // namespace wm::ui
