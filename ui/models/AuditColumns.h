// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/FileRecord.h"

#include <QString>

namespace wm::ui {

// The audit table's columns, in display order, and how each one reads,
// shows and sorts a FileRecord.
class AuditColumns
{
public:
    enum Column
    {
        Path,
        Language,
        Bytes,
        Lines,
        Words,
        Code,
        Comments,
        Blanks,
        Tokens,
        Summary,
        Count
    };

    [[nodiscard]] static QString title(int column);
    [[nodiscard]] static bool isNumeric(int column);
    // The number a numeric column shows (and sorts by).
    [[nodiscard]] static qint64 number(const FileRecord &r, int column);
    // The text a text column shows (and sorts by).
    [[nodiscard]] static QString text(const FileRecord &r, int column);
    // Stable machine name, for the benchmark's output and saved state.
    [[nodiscard]] static QString key(int column);
    [[nodiscard]] static int fromKey(const QString &key);
};

} // namespace wm::ui
