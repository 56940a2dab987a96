// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CsvReport.h"

namespace wm {

QByteArray CsvReport::field(const QString &s)
{
    QByteArray u = s.toUtf8();
    if (!u.contains(',') && !u.contains('"') && !u.contains('\n') && !u.contains('\r')) return u;
    u.replace("\"", "\"\"");
    return '"' + u + '"';
}

const char *CsvReport::header()
{
    return "path,bytes,mtime,language,binary,lines,words,code,comments,blanks,tokens,summary,"
           "error,pathBytes\r\n";
}

void CsvReport::appendRow(const FileRecord &f, QByteArray &buf)
{
    buf += field(f.path) + ',' + QByteArray::number(f.bytes) + ',' +
           QByteArray::number(f.mtimeMs / 1000) + ',' + field(f.language) + ',' +
           (f.binary ? "true" : "false") + ',' + QByteArray::number(f.lines) + ',' +
           QByteArray::number(f.words) + ',' + QByteArray::number(f.code) + ',' +
           QByteArray::number(f.comments) + ',' + QByteArray::number(f.blanks) + ',' +
           QByteArray::number(f.tokens) + ',' + field(f.summary) + ',' + field(f.error) + ',' +
           // The name's bytes in base64 when it is not UTF-8 (`path` then
           // shows U+FFFD), so different files never print the same.
           (f.pathBytes.isValidUtf8() ? QByteArray() : f.pathBytes.toBase64()) + "\r\n";
}

void CsvReport::write(const AuditResult &r, QIODevice &out)
{
    out.write(header());
    QByteArray buf;
    for (const FileRecord &f : r.files) {
        appendRow(f, buf);
        if (buf.size() > 1 << 16) {
            out.write(buf);
            buf.clear();
        }
    }
    out.write(buf);
}

} // namespace wm
