// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditColumns.h"

#include <QCoreApplication>

namespace wm::ui {

QString AuditColumns::title(int column)
{
    switch (column) {
    case Path:
        return QCoreApplication::translate("AuditColumns", "Path");
    case Language:
        return QCoreApplication::translate("AuditColumns", "Language");
    case Bytes:
        return QCoreApplication::translate("AuditColumns", "Bytes");
    case Lines:
        return QCoreApplication::translate("AuditColumns", "Lines");
    case Words:
        return QCoreApplication::translate("AuditColumns", "Words");
    case Code:
        return QCoreApplication::translate("AuditColumns", "Code");
    case Comments:
        return QCoreApplication::translate("AuditColumns", "Comments");
    case Blanks:
        return QCoreApplication::translate("AuditColumns", "Blank");
    case Tokens:
        return QCoreApplication::translate("AuditColumns", "Tokens");
    case Summary:
        return QCoreApplication::translate("AuditColumns", "Summary");
    default:
        return {};
    }
}

bool AuditColumns::isNumeric(int column)
{
    return column >= Bytes && column <= Tokens;
}

qint64 AuditColumns::number(const FileRecord &r, int column)
{
    switch (column) {
    case Bytes:
        return r.bytes;
    case Lines:
        return r.lines;
    case Words:
        return r.words;
    case Code:
        return r.code;
    case Comments:
        return r.comments;
    case Blanks:
        return r.blanks;
    case Tokens:
        return r.tokens;
    default:
        return 0;
    }
}

QString AuditColumns::text(const FileRecord &r, int column)
{
    switch (column) {
    case Path:
        return r.path;
    case Language:
        return r.language;
    case Summary:
        return r.hasError() ? r.error : r.summary;
    default:
        return {};
    }
}

QString AuditColumns::key(int column)
{
    static const char *const keys[] = {"path", "language", "bytes",  "lines",  "words",
                                       "code", "comments", "blanks", "tokens", "summary"};
    return column >= 0 && column < Count ? QString::fromLatin1(keys[column]) : QString();
}

int AuditColumns::fromKey(const QString &k)
{
    for (int c = 0; c < Count; ++c)
        if (key(c) == k) return c;
    return -1;
}

} // namespace wm::ui
