// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "JsonReport.h"

#include "report/AuditSummary.h"

namespace wm {

QByteArray JsonReport::quote(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

namespace {

QByteArray n(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray totalsObject(const AuditTotals &t)
{
    return "{\"files\":" + n(t.files) + ",\"errors\":" + n(t.errors) +
           ",\"unreadableFolders\":" + n(t.unreadableFolders) + ",\"binaries\":" + n(t.binaries) +
           ",\"bytes\":" + n(t.bytes) + ",\"lines\":" + n(t.lines) + ",\"words\":" + n(t.words) +
           ",\"code\":" + n(t.code) + ",\"comments\":" + n(t.comments) +
           ",\"blanks\":" + n(t.blanks) + ",\"tokens\":" + n(t.tokens) + "}";
}

// {"total":N,"gitignore":N,"ignore":N,"gitInfoExclude":N,"coreExcludesFile":N}:
// entries (files or whole folders) ignore rules hid; --no-ignore shows them.
QByteArray ignoredObject(const IgnoredCounts &c)
{
    using S = IgnoreRules::Source;
    return "{\"total\":" + n(c.total()) + ",\"gitignore\":" + n(c.of(S::GitIgnore)) +
           ",\"ignore\":" + n(c.of(S::IgnoreFile)) +
           ",\"gitInfoExclude\":" + n(c.of(S::GitExclude)) +
           ",\"coreExcludesFile\":" + n(c.of(S::GlobalExclude)) + "}";
}

} // namespace

void JsonReport::write(const AuditResult &r, QIODevice &out)
{
    out.write("{\"root\":" + quote(r.root) + ",\n\"totals\":" + totalsObject(r.totals) +
              ",\n\"omittedByLimit\":" + n(r.omittedByLimit) +
              ",\n\"ignored\":" + ignoredObject(r.ignored) +
              ",\"cancelled\":" + (r.cancelled ? "true" : "false") + ",\n\"languages\":[");
    const auto langs = AuditSummary::byLanguage(r.files);
    for (size_t i = 0; i < langs.size(); ++i) {
        const GroupRow &g = langs[i];
        out.write((i ? ",\n" : "\n") + QByteArray("{\"language\":") + quote(g.name) +
                  ",\"files\":" + n(g.files) + ",\"lines\":" + n(g.lines) +
                  ",\"code\":" + n(g.code) + ",\"comments\":" + n(g.comments) +
                  ",\"blanks\":" + n(g.blanks) + ",\"tokens\":" + n(g.tokens) + "}");
    }
    out.write("],\n\"files\":[");
    QByteArray buf;
    for (size_t i = 0; i < r.files.size(); ++i) {
        const FileRecord &f = r.files[i];
        buf += (i ? ",\n" : "\n");
        buf += "{\"path\":" + quote(f.path);
        // A name that is not UTF-8 cannot be a JSON string: its bytes follow
        // in base64, so it stays distinct and can be reopened.
        if (!f.pathBytes.isValidUtf8()) buf += ",\"pathBytes\":\"" + f.pathBytes.toBase64() + "\"";
        buf += ",\"bytes\":" + n(f.bytes) + ",\"mtime\":" + n(f.mtimeMs / 1000) +
               ",\"lines\":" + n(f.lines) + ",\"words\":" + n(f.words) + ",\"code\":" + n(f.code) +
               ",\"comments\":" + n(f.comments) + ",\"blanks\":" + n(f.blanks) +
               ",\"tokens\":" + n(f.tokens) +
               ",\"language\":" + (f.language.isEmpty() ? QByteArray("null") : quote(f.language)) +
               ",\"binary\":" + (f.binary ? "true" : "false") + ",\"summary\":" + quote(f.summary) +
               ",\"error\":" + (f.error.isEmpty() ? QByteArray("null") : quote(f.error)) + "}";
        if (buf.size() > 1 << 16) {
            out.write(buf);
            buf.clear();
        }
    }
    out.write(buf);
    out.write("\n]}\n");
}

} // namespace wm
