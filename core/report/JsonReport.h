// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditResult.h"

#include <QIODevice>

namespace wm {

// `wm audit --format json`: one object with root, totals and files. Written
// as a stream, so 100,000 files do not need a DOM in memory.
class JsonReport
{
public:
    static void write(const AuditResult &result, QIODevice &out);
    [[nodiscard]] static QByteArray quote(const QString &s);
};

} // namespace wm
