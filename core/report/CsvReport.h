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
    // The pieces of write(), for a writer that streams rows as they come.
    [[nodiscard]] static const char *header();
    static void appendRow(const FileRecord &record, QByteArray &buf);
    [[nodiscard]] static QByteArray field(const QString &s);
};

} // namespace wm
