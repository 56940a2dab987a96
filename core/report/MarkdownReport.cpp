// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MarkdownReport.h"

#include "AuditSummary.h"
#include "ReportLogging.h"
#include "common/ControlChars.h"
#include "common/TokenEstimator.h"

#include <QDir>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace wm {
namespace {

QString num(qint64 n)
{
    static const QLocale c = [] {
        QLocale l(QLocale::English);
        return l;
    }();
    return c.toString(n);
}

QString humanBytes(qint64 b)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(b);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(b)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

// Markdown table cells must not break the table, and text from the files
// (names, summaries, errors) must not carry terminal escapes or line breaks.
QString cell(QString s)
{
    s = escapeControls(s);
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString code(const QString &path)
{
    QString p = path;
    p.replace(QLatin1Char('`'), QLatin1Char('\''));
    return QLatin1Char('`') + cell(p) + QLatin1Char('`');
}

qint64 tokensOf(const QString &text)
{
    return TokenEstimator::forBytes(text.toUtf8().size());
}

} // namespace

bool MarkdownReport::degrade(Detail &d)
{
    // Cheapest information first: long summary lists, then deep directory
    // rows, then the remaining tables shrink in turn.
    if (d.summaries > 40) {
        d.summaries = 40;
        return true;
    }
    if (d.dirDepth > 1) {
        --d.dirDepth;
        return true;
    }
    if (d.summaries > 10) {
        d.summaries = d.summaries * 2 / 3;
        return true;
    }
    if (d.dirRows > 15) {
        d.dirRows = d.dirRows * 2 / 3;
        return true;
    }
    if (d.largest > 5) {
        d.largest = 5;
        return true;
    }
    if (d.errors > 5) {
        d.errors = 5;
        return true;
    }
    if (d.languages > 10) {
        d.languages = 10;
        return true;
    }
    if (d.summaries > 0) {
        d.summaries = d.summaries > 3 ? d.summaries / 2 : 0;
        return true;
    }
    if (d.dirRows > 5) {
        d.dirRows = 5;
        return true;
    }
    if (d.largest > 0) {
        d.largest = 0;
        return true;
    }
    if (d.languages > 5) {
        d.languages = 5;
        return true;
    }
    if (d.errors > 0) {
        d.errors = 0;
        return true;
    }
    if (d.dirRows > 0) {
        d.dirRows = 0;
        return true;
    }
    return false;
}

QString MarkdownReport::renderAt(const AuditResult &r, const Detail &d, const Options &o)
{
    const auto &files = r.files;
    const AuditTotals &t = r.totals;
    QStringList leftOut;
    QString s;
    // "." (wm audit in the current folder) is titled by the folder's own name.
    const QString name =
        QDir(r.root).absolutePath().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    s += QStringLiteral("# WhiteMagic audit: %1\n\n")
             .arg(cell(name.isEmpty() ? QDir(r.root).absolutePath() : name));
    s += QStringLiteral("- Folder: %1\n- Date: %2\n")
             .arg(code(r.root), o.generated.toString(Qt::ISODate));
    s += QStringLiteral("- Files: %1 (%2 text, %3 binary, %4 unreadable) · %5\n")
             .arg(num(t.files), num(t.files - t.binaries - t.errors), num(t.binaries),
                  num(t.errors), humanBytes(t.bytes));
    s += QStringLiteral("- Lines: %1 (code %2, comments %3, blank %4) · words %5 · tokens ≈ %6\n")
             .arg(num(t.lines), num(t.code), num(t.comments), num(t.blanks), num(t.words),
                  num(t.tokens));
    if (t.unreadableFolders > 0)
        s += QStringLiteral("- Folders that could not be listed: %1 (see below)\n")
                 .arg(num(t.unreadableFolders));
    if (r.ignored.total() > 0)
        s += QStringLiteral("- Ignored: %1 entries (%2); `--no-ignore` shows them\n")
                 .arg(num(r.ignored.total()), r.ignored.describe());
    if (r.omittedByLimit > 0)
        s += QStringLiteral("- Stopped at the file limit: %1 more files not audited\n")
                 .arg(num(r.omittedByLimit));
    if (r.cancelled) s += QStringLiteral("- The audit was cancelled: the figures are partial\n");

    const auto langs = AuditSummary::byLanguage(files);
    if (d.languages > 0 && !langs.empty()) {
        s += QStringLiteral("\n## Languages\n\n| Language | Files | Lines | Code | Comments | "
                            "Blank | Tokens |\n|---|--:|--:|--:|--:|--:|--:|\n");
        GroupRow other;
        other.name = QStringLiteral("(others)");
        for (size_t i = 0; i < langs.size(); ++i) {
            const GroupRow &g = langs[i];
            if (int(i) >= d.languages) {
                other.files += g.files;
                other += static_cast<const Counts &>(g);
                continue;
            }
            s += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(cell(g.name), num(g.files), num(g.lines), num(g.code), num(g.comments),
                          num(g.blanks), num(g.tokens));
        }
        if (int(langs.size()) > d.languages) {
            const qsizetype n = qsizetype(langs.size()) - d.languages;
            s += QStringLiteral("| %1 more | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(num(n), num(other.files), num(other.lines), num(other.code),
                          num(other.comments), num(other.blanks), num(other.tokens));
        }
    }

    if (d.dirRows > 0) {
        const auto dirs = AuditSummary::byDirectory(files, d.dirDepth);
        if (dirs.size() > 1 || (dirs.size() == 1 && dirs[0].name != QLatin1String("."))) {
            s += QStringLiteral("\n## Directories%1\n\n| Directory | Files | Lines | Code | Size | "
                                "Tokens |\n|---|--:|--:|--:|--:|--:|\n")
                     .arg(d.dirDepth > 1 ? QStringLiteral(" (%1 levels deep)").arg(d.dirDepth)
                                         : QString());
            for (size_t i = 0; i < dirs.size() && int(i) < d.dirRows; ++i) {
                const GroupRow &g = dirs[i];
                s += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                         .arg(code(g.name == QLatin1String(".") ? g.name
                                                                : g.name + QLatin1Char('/')),
                              num(g.files), num(g.lines), num(g.code), humanBytes(g.bytes),
                              num(g.tokens));
            }
            if (int(dirs.size()) > d.dirRows)
                leftOut << QStringLiteral("%1 smaller directories")
                               .arg(num(qint64(dirs.size()) - d.dirRows));
        }
    } else {
        leftOut << QStringLiteral("the directory table");
    }
    if (d.dirDepth == 1 && d.dirRows > 0) {
        const auto deeper = AuditSummary::byDirectory(files, 2).size();
        const auto top = AuditSummary::byDirectory(files, 1).size();
        if (deeper > top)
            leftOut << QStringLiteral("%1 subdirectories collapsed into their top-level directory")
                           .arg(num(qint64(deeper - top)));
    }

    if (d.largest > 0 && !files.empty()) {
        s += QStringLiteral(
            "\n## Largest files\n\n| File | Size | Lines | Language |\n|---|--:|--:|---|\n");
        for (size_t i : AuditSummary::largest(files, size_t(d.largest))) {
            const FileRecord &f = files[i];
            s += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                     .arg(code(f.path), humanBytes(f.bytes), num(f.lines),
                          cell(f.binary ? QStringLiteral("binary") : f.language));
        }
    }

    const auto informative = AuditSummary::mostInformative(files, size_t(std::max(d.summaries, 0)));
    if (!informative.empty()) {
        s += QStringLiteral("\n## What the files say\n\n");
        for (size_t i : informative)
            s += QStringLiteral("- %1 — %2\n").arg(code(files[i].path), cell(files[i].summary));
    }
    const qint64 withSummary = std::count_if(
        files.begin(), files.end(), [](const FileRecord &f) { return !f.summary.isEmpty(); });
    if (withSummary > qint64(informative.size()))
        leftOut << QStringLiteral("summaries of %1 files")
                       .arg(num(withSummary - qint64(informative.size())));

    if (t.errors + t.unreadableFolders > 0) {
        if (d.errors > 0) {
            s += QStringLiteral("\n## Unreadable files\n\n");
            int shown = 0;
            for (const FileRecord &f : files) {
                if (!f.hasError()) continue;
                if (shown++ >= d.errors) break;
                s += QStringLiteral("- %1 — %2\n").arg(code(f.path), cell(f.error));
            }
        }
        if (t.errors + t.unreadableFolders > d.errors)
            leftOut << QStringLiteral("%1 unreadable files and folders")
                           .arg(num(t.errors + t.unreadableFolders - d.errors));
    }

    if (!leftOut.isEmpty())
        s += QStringLiteral("\n_Left out%1: %2._\n")
                 .arg(o.budgetTokens > 0
                          ? QStringLiteral(" to fit %1 tokens").arg(num(o.budgetTokens))
                          : QString(),
                      leftOut.join(QStringLiteral("; ")));
    return s;
}

QString MarkdownReport::render(const AuditResult &result, const Options &options)
{
    Detail detail;
    if (options.budgetTokens > 0) {
        detail.dirDepth = 2;
        detail.summaries = 60;
    }
    // The hexagram line (measured, so its length varies from run to run)
    // stands last, before the closing line, and has a fixed allowance of the
    // budget: what the report gives up never depends on it, so the desktop
    // app's export and `wm audit` differ only in that line's values.
    const QString hexagram = options.hexagramLine.isEmpty()
                                 ? QString()
                                 : QStringLiteral("\n- %1\n").arg(options.hexagramLine);
    const qint64 reserve = hexagram.isEmpty() ? 0 : hexagramAllowance;
    const qint64 limit =
        options.budgetTokens > 0 ? std::max<qint64>(1, options.budgetTokens - reserve) : 0;
    // The closing line counts towards the budget; its own digits change
    // its length by a few bytes, so settle it in two passes.
    const auto finish = [](const QString &body) {
        qint64 estimate = tokensOf(body);
        for (int pass = 0; pass < 2; ++pass)
            estimate = tokensOf(
                body + QStringLiteral("\n_This report: about %1 tokens._\n").arg(num(estimate)));
        return body + QStringLiteral("\n_This report: about %1 tokens._\n").arg(num(estimate));
    };
    // The level of detail is settled without the hexagram line.
    QString body = renderAt(result, detail, options);
    while (limit > 0 && tokensOf(finish(body)) > limit && degrade(detail))
        body = renderAt(result, detail, options);
    const QString text = finish(body + hexagram);
    if (options.budgetTokens > 0 && tokensOf(text) > options.budgetTokens)
        qCWarning(lcReport) << "report does not fit" << options.budgetTokens
                            << "tokens even at the least detail";
    return text;
}

} // namespace wm
