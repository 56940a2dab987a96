#pragma once

#include "audit/AuditResult.h"
#include "report/AuditSummary.h"

#include <QIODevice>

namespace wm {

// `wm audit --format json`: one object with root, totals and files. Written
// as a stream, so 100,000 files do not need a DOM in memory.
class JsonReport
{
public:
    static void write(const AuditResult &result, QIODevice &out);
    // The pieces of write(), for a writer that streams: the head (root,
    // totals, languages, up to the opening of "files"), one file each, the
    // tail. `result.files` is not read by writeHead.
    static void writeHead(const AuditResult &result, const std::vector<GroupRow> &languages,
                          QIODevice &out);
    static void appendFile(const FileRecord &record, bool first, QByteArray &buf);
    static void writeTail(QIODevice &out);
    [[nodiscard]] static QByteArray quote(const QString &s);
};

} // namespace wm
