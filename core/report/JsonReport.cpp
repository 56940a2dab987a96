// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "JsonReport.h"

#include "report/AuditSummary.h"
#include "report/TreeDigest.h"

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

void JsonReport::writeHead(const AuditResult &r, const std::vector<GroupRow> &langs, QIODevice &out)
{
    out.write("{\"root\":" + quote(r.root) + ",\n\"totals\":" + totalsObject(r.totals) +
              ",\n\"omittedByLimit\":" + n(r.omittedByLimit) +
              ",\n\"ignored\":" + ignoredObject(r.ignored) +
              ",\"cancelled\":" + (r.cancelled ? "true" : "false") + ",\n\"languages\":[");
    for (size_t i = 0; i < langs.size(); ++i) {
        const GroupRow &g = langs[i];
        out.write((i ? ",\n" : "\n") + QByteArray("{\"language\":") + quote(g.name) +
                  ",\"files\":" + n(g.files) + ",\"lines\":" + n(g.lines) +
                  ",\"code\":" + n(g.code) + ",\"comments\":" + n(g.comments) +
                  ",\"blanks\":" + n(g.blanks) + ",\"tokens\":" + n(g.tokens) + "}");
    }
    out.write("],\n\"files\":[");
}

void JsonReport::appendFile(const FileRecord &f, bool first, QByteArray &buf)
{
    buf += (first ? "\n" : ",\n");
    buf += "{\"path\":" + quote(f.path);
    // A name that is not UTF-8 cannot be a JSON string: its bytes follow in
    // base64, so it stays distinct and can be reopened.
    if (!f.pathBytes.isValidUtf8()) buf += ",\"pathBytes\":\"" + f.pathBytes.toBase64() + "\"";
    buf += ",\"bytes\":" + n(f.bytes) + ",\"mtime\":" + n(f.mtimeMs / 1000) +
           ",\"lines\":" + n(f.lines) + ",\"words\":" + n(f.words) + ",\"code\":" + n(f.code) +
           ",\"comments\":" + n(f.comments) + ",\"blanks\":" + n(f.blanks) +
           ",\"tokens\":" + n(f.tokens) +
           ",\"language\":" + (f.language.isEmpty() ? QByteArray("null") : quote(f.language)) +
           ",\"binary\":" + (f.binary ? "true" : "false") + ",\"summary\":" + quote(f.summary) +
           ",\"error\":" + (f.error.isEmpty() ? QByteArray("null") : quote(f.error)) + "}";
}

void JsonReport::write(const AuditResult &r, QIODevice &out)
{
    writeHead(r, AuditSummary::byLanguage(r.files), out);
    QByteArray buf;
    for (size_t i = 0; i < r.files.size(); ++i) {
        appendFile(r.files[i], i == 0, buf);
        if (buf.size() > 1 << 16) {
            out.write(buf);
            buf.clear();
        }
    }
    out.write(buf);
    writeTail(r, TreeDigest::of(r.files), out);
}

void JsonReport::writeTail(const AuditResult &meta, const TreeDigest &digest, QIODevice &out)
{
    out.write("\n],\n\"map\":");
    writeMap(meta, digest, out);
    out.write("}\n");
}

namespace {

QByteArray folderObject(const FolderNode &node, qint64 whole,
                        const QHash<QString, std::vector<const FolderNode *>> &children)
{
    QByteArray o =
        "{\"path\":" + JsonReport::quote(node.path + QLatin1Char('/')) + ",\"description\":" +
        (node.words().isEmpty() ? QByteArray("null") : JsonReport::quote(node.words())) +
        ",\"files\":" + n(node.files) + ",\"bytes\":" + n(node.counts.bytes) +
        ",\"lines\":" + n(node.counts.lines) + ",\"tokens\":" + n(node.counts.tokens) +
        ",\"share\":" +
        QByteArray::number(whole > 0 ? double(node.counts.bytes) / double(whole) : 0.0, 'f', 4) +
        ",\"children\":[";
    const auto it = children.constFind(node.path);
    if (it != children.cend())
        for (size_t i = 0; i < it->size(); ++i)
            o += (i ? "," : "") + folderObject(*(*it)[i], whole, children);
    return o + "]}";
}

} // namespace

void JsonReport::writeMap(const AuditResult &meta, const TreeDigest &digest, QIODevice &out)
{
    const FolderTree &tree = digest.folders();
    QHash<QString, std::vector<const FolderNode *>> children;
    for (const FolderNode *d : tree.deeper())
        children[d->path.section(QLatin1Char('/'), 0, -2)].push_back(d);
    const QString what = tree.root().description;
    QByteArray o = "{\"description\":" + (what.isEmpty() ? QByteArray("null") : quote(what)) +
                   ",\n\"folders\":[";
    const auto top = tree.atDepth(1);
    for (size_t i = 0; i < top.size(); ++i)
        o += (i ? ",\n" : "\n") + folderObject(*top[i], meta.totals.bytes, children);
    o += "],\n\"centralFiles\":[";
    const auto central = digest.central().top(50);
    for (size_t i = 0; i < central.size(); ++i) {
        const CentralFile &f = central[i];
        o += (i ? ",\n" : "\n") + QByteArray("{\"path\":") + quote(f.path) +
             ",\"entryPoint\":" + (f.entryPoint ? "true" : "false") +
             ",\"references\":" + n(f.references) +
             ",\"summary\":" + (f.summary.isEmpty() ? QByteArray("null") : quote(f.summary)) + "}";
    }
    o += "],\n\"largestFiles\":[";
    const auto largest = digest.largest();
    for (size_t i = 0; i < largest.size(); ++i)
        o += (i ? "," : "") + QByteArray("{\"path\":") + quote(largest[i].path) +
             ",\"bytes\":" + n(largest[i].bytes) + "}";
    o += "]}";
    out.write(o);
}

} // namespace wm
