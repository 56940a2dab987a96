// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// Line formatting shared by the report writers: numbers, sizes, shares,
// and text from the files made safe for Markdown.
class ReportText
{
public:
    // 1,234,567
    [[nodiscard]] static QString number(qint64 n);
    // 31.6k, 4.2M: for the compact folder lines.
    [[nodiscard]] static QString compact(qint64 n);
    // 868 MiB, 12.5 KiB
    [[nodiscard]] static QString bytes(qint64 b);
    // 70%, 8.1%, 0.3%, <0.1%
    [[nodiscard]] static QString share(qint64 part, qint64 whole);
    // Text from the files: no control characters, line breaks or '|'.
    [[nodiscard]] static QString cell(QString s);
    // A path in backticks.
    [[nodiscard]] static QString code(const QString &path);
    // The estimated tokens of a report text (TokenEstimator::forReport, the
    // estimate calibrated against real tokenizers).
    [[nodiscard]] static qint64 tokensOf(const QString &text);
};

} // namespace wm
