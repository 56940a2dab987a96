// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditResult.h"

#include <QIODevice>

namespace wm {

// `wm audit --format csv`: RFC 4180, one header line, one row per file.
class CsvReport
{
public:
    static void write(const AuditResult &result, QIODevice &out);
    [[nodiscard]] static QByteArray field(const QString &s);
};

} // namespace wm
