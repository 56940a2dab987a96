// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm audit [DIR] ...: audits a folder and prints a Markdown, JSON or CSV report.
#include "CliSupport.h"
#include "Commands.h"
#include "PathArgs.h"
#include "WalkCliOptions.h"
#include "audit/AuditEngine.h"
#include "balance/HexagramSummary.h"
#include "report/AuditSummary.h"
#include "report/CsvReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/TreeDigest.h"

#include <QCommandLineParser>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>

namespace wm::cli {
namespace {

const QString kCommand = QStringLiteral("wm audit");

// What the command line asks for, once parsed and checked.
struct AuditRequest
{
    AuditOptions options;
    QString format; // md, markdown, json or csv
    MarkdownReport::Options report;
    QString output;
    bool quiet = false;

    [[nodiscard]] bool markdown() const
    {
        return format == QLatin1String("md") || format == QLatin1String("markdown");
    }
};

// --format and --budget: what is wrong with them, or empty (the budget is
// then in `req.report`).
QString formatProblem(const QCommandLineParser &p, const QCommandLineOption &format,
                      const QCommandLineOption &budget, AuditRequest &req)
{
    const QString &fmt = req.format;
    if (fmt != QLatin1String("md") && fmt != QLatin1String("markdown") &&
        fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
        return QStringLiteral("--format takes md, json or csv, not '%1'").arg(p.value(format));
    if (!p.isSet(budget)) return {};
    if (!req.markdown())
        return QStringLiteral("--budget applies to the Markdown report only, not to --format %1")
            .arg(fmt);
    const auto v = parseCount(p.value(budget), 100, 100000000);
    if (!v)
        return QStringLiteral("--budget takes a number of tokens from 100 up, not '%1'")
            .arg(p.value(budget));
    req.report.budgetTokens = *v;
    return {};
}

// Parses `args` into `req`; false with the exit code in `code` when the
// command must stop (help shown, or a usage error printed).
bool parseAudit(const QStringList &args, AuditRequest &req, int &code)
{
    const QString &cmd = kCommand;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Audit a folder: every file with bytes, lines, words, language, code/comment/blank\n"
        "lines, a token estimate and a one-line summary, as a report."));
    p.addPositionalArgument(QStringLiteral("DIR"),
                            QStringLiteral("Folder to audit (default: the current folder)."),
                            QStringLiteral("[DIR]"));
    const WalkCliOptions walkOptions;
    const QCommandLineOption maxFiles(QStringLiteral("max-files"),
                                      QStringLiteral("Audit at most N files (the first N paths)."),
                                      QStringLiteral("N"));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size"),
        QStringLiteral("Skip files larger than BYTES (suffixes K, M, G)."),
        QStringLiteral("BYTES"));
    const ThreadsCliOption threads(QStringLiteral("Worker threads, or 'auto' (default)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("md (default), json or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption budget(QStringLiteral("budget"),
                                    QStringLiteral("Fit the Markdown report into TOKENS tokens."),
                                    QStringLiteral("TOKENS"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write the report to FILE instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress on standard error."));
    walkOptions.addTo(p);
    p.addOptions({maxFiles, maxSize, threads.option(), format, budget, output, quiet});
    code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return false;

    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        code = ExitUsage;
        return false;
    };
    if (p.positionalArguments().size() > 1)
        return usage(
            QStringLiteral("expected one folder, got %1").arg(p.positionalArguments().size()));
    AuditOptions &o = req.options;
    o.walk.root = p.positionalArguments().value(0, QStringLiteral("."));
    if (const QString why = PathArgs::folderProblem(o.walk.root); !why.isEmpty()) return usage(why);
    walkOptions.applyTo(p, o.walk);
    if (p.isSet(maxFiles)) {
        const auto v = parseCount(p.value(maxFiles), 1, std::numeric_limits<qint64>::max());
        if (!v)
            return usage(QStringLiteral("--max-files takes a positive whole number, not '%1'")
                             .arg(p.value(maxFiles)));
        o.maxFiles = *v;
    }
    if (p.isSet(maxSize)) {
        const auto v = parseSize(p.value(maxSize));
        if (!v || *v == 0)
            return usage(
                QStringLiteral("--max-size takes a size such as 1048576, 512K or 10M, not '%1'")
                    .arg(p.value(maxSize)));
        o.maxFileSize = *v;
    }
    if (QString why; !threads.read(p, o.threads, why)) return usage(why);
    req.format = p.isSet(format) ? p.value(format).toLower() : QStringLiteral("md");
    if (const QString why = formatProblem(p, format, budget, req); !why.isEmpty())
        return usage(why);

    req.output = p.value(output);
    req.quiet = p.isSet(quiet);
    return true;
}

// The Markdown report within the budget, or an empty array after saying
// (exit 2) what budget this folder's smallest report needs.
QByteArray renderMarkdown(const AuditResult &meta, const TreeDigest &digest,
                          const MarkdownReport::Options &ro)
{
    QByteArray markdown = MarkdownReport::render(meta, digest, ro).toUtf8();
    // At the least detail the report still did not fit: the budget is below
    // what this folder's report can be; say what it takes. The hexagram line
    // is measured, so its length varies from run to run; the report keeps it
    // a fixed allowance. Judge the rest, so the minimum named here is the
    // same every run.
    qint64 smallest = MarkdownReport::tokensOf(QString::fromUtf8(markdown));
    if (ro.budgetTokens > 0 && !ro.hexagramLine.isEmpty()) {
        MarkdownReport::Options bare = ro;
        bare.hexagramLine.clear();
        bare.budgetTokens =
            std::max<qint64>(1, ro.budgetTokens - MarkdownReport::hexagramAllowance);
        smallest = MarkdownReport::tokensOf(MarkdownReport::render(meta, digest, bare));
        smallest = smallest > bare.budgetTokens ? smallest + MarkdownReport::hexagramAllowance : 0;
    }
    if (ro.budgetTokens > 0 && smallest > ro.budgetTokens) {
        printError(kCommand,
                   QStringLiteral("--budget %1 cannot be met: the smallest report of %2 is "
                                  "about %3 tokens; give --budget %3 or more\nTry '%4 --help'.")
                       .arg(QString::number(ro.budgetTokens), meta.root, QString::number(smallest),
                            kCommand));
        return {};
    }
    return markdown;
}

AuditEngine::Callbacks progressCallbacks(bool quiet)
{
    AuditEngine::Callbacks cb;
    if (quiet || !stderrIsTerminal()) return cb;
    cb.onProgress = [](const AuditProgress &pr) {
        std::fprintf(stderr, "%saudit: %lld found, %lld done, %.1f MiB%s", eraseLine(),
                     static_cast<long long>(pr.found), static_cast<long long>(pr.done),
                     double(pr.bytes) / (1 << 20), pr.finished ? "\n" : "");
        std::fflush(stderr);
    };
    return cb;
}

// Say what the rules hid (not with -q): a tree that audits as nearly empty
// must not leave users guessing.
void reportIgnored(const AuditRequest &req, const AuditResult &result)
{
    if (!req.quiet && result.ignored.total() > 0)
        printError(kCommand, QStringLiteral("%1 entries ignored (%2); --no-ignore shows them")
                                 .arg(result.ignored.total())
                                 .arg(result.ignored.describe()));
}

// CSV: rows are written as the engine hands them over, in path order, and
// not kept (AuditOptions::keepRecords = false), so memory does not grow
// with the tree. Output appears whole or not at all as for every format.
int runAuditStreamingCsv(AuditRequest &req)
{
    req.options.keepRecords = false;
    AuditResult result;
    const bool ok = writeOutputUnless(kCommand, req.output, [&](QIODevice &out) {
        // The header goes with the first rows: a root that cannot be walked
        // writes nothing at all.
        QByteArray buf = CsvReport::header();
        AuditEngine::Callbacks cb = progressCallbacks(req.quiet);
        cb.onBatch = [&](std::span<const FileRecord> batch) {
            for (const FileRecord &f : batch)
                CsvReport::appendRow(f, buf);
            if (buf.size() > 1 << 16) {
                out.write(buf);
                buf.clear();
            }
        };
        result = AuditEngine::run(req.options, nullptr, cb);
        if (!result.fatalError.isEmpty()) return false;
        out.write(buf);
        return true;
    });
    if (!result.fatalError.isEmpty()) {
        printError(kCommand, result.fatalError);
        return ExitPartial;
    }
    if (!ok) return ExitPartial;
    reportIgnored(req, result);
    return result.totals.errors + result.totals.unreadableFolders > 0 ? ExitPartial : ExitOk;
}

// JSON: its head (totals, languages) comes before the files, so rows go to
// a temporary spool file as they come, languages are summed on the way, and
// the report is head + spool + tail: memory stays bounded, the bytes are
// the same as from JsonReport::write.
int runAuditStreamingJson(AuditRequest &req)
{
    req.options.keepRecords = false;
    QTemporaryFile spool;
    if (!spool.open()) {
        printError(kCommand,
                   QStringLiteral("cannot create a temporary file: %1").arg(spool.errorString()));
        return ExitPartial;
    }
    QHash<QString, GroupRow> languages;
    TreeDigest digest; // the report map at the end, in bounded memory
    QByteArray buf;
    bool first = true;
    bool spooled = true;
    const auto spoolOut = [&] {
        spooled = spooled && spool.write(buf) == buf.size();
        buf.clear();
    };
    AuditEngine::Callbacks cb = progressCallbacks(req.quiet);
    cb.onBatch = [&](std::span<const FileRecord> batch) {
        for (const FileRecord &f : batch) {
            JsonReport::appendFile(f, first, buf);
            first = false;
            const QString key = AuditSummary::languageKey(f);
            GroupRow &g = languages[key];
            g.name = key;
            g.add(f);
            digest.add(f);
        }
        if (buf.size() > 1 << 16) spoolOut();
    };
    const AuditResult result = AuditEngine::run(req.options, nullptr, cb);
    if (!result.fatalError.isEmpty()) {
        printError(kCommand, result.fatalError);
        return ExitPartial;
    }
    spoolOut();
    if (!spooled || !spool.flush()) {
        printError(kCommand, QStringLiteral("cannot write the temporary file %1: %2")
                                 .arg(spool.fileName(), spool.errorString()));
        return ExitPartial;
    }
    reportIgnored(req, result);
    const bool ok = writeOutput(kCommand, req.output, [&](QIODevice &out) {
        JsonReport::writeHead(result, AuditSummary::languageRows(std::move(languages)), out);
        spool.seek(0);
        for (QByteArray block = spool.read(1 << 16); !block.isEmpty(); block = spool.read(1 << 16))
            out.write(block);
        JsonReport::writeTail(result, digest, out);
    });
    if (!ok) return ExitPartial;
    return result.totals.errors + result.totals.unreadableFolders > 0 ? ExitPartial : ExitOk;
}

} // namespace

int runAudit(const QStringList &args)
{
    AuditRequest req;
    if (int code = ExitOk; !parseAudit(args, req, code)) return code;
    if (req.format == QLatin1String("csv")) return runAuditStreamingCsv(req);
    if (req.format == QLatin1String("json")) return runAuditStreamingJson(req);
    // Markdown: the records are summed into the digest as they come and not
    // kept, so memory stays bounded however large the tree.
    req.options.keepRecords = false;
    TreeDigest digest;
    AuditEngine::Callbacks cb = progressCallbacks(req.quiet);
    cb.onBatch = [&](std::span<const FileRecord> batch) {
        for (const FileRecord &f : batch)
            digest.add(f);
    };
    const AuditResult result = AuditEngine::run(req.options, nullptr, cb);
    if (!result.fatalError.isEmpty()) {
        printError(kCommand, result.fatalError);
        return ExitPartial;
    }
    reportIgnored(req, result);
    // The hexagram of this audit, as `wm hexagram` and the desktop app's
    // export write it (the report keeps a fixed allowance for it).
    req.report.hexagramLine =
        HexagramSummary::label() + QStringLiteral(": ") + HexagramSummary::ofAudit(result);
    const QByteArray markdown = renderMarkdown(result, digest, req.report);
    if (markdown.isEmpty()) return ExitUsage;
    const bool ok = writeOutput(kCommand, req.output, [&](QIODevice &out) { out.write(markdown); });
    if (!ok) return ExitPartial;
    return result.totals.errors + result.totals.unreadableFolders > 0 ? ExitPartial : ExitOk;
}

} // namespace wm::cli
