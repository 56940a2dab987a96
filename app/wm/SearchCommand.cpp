// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm search DIR QUERY: ranked full-text search of a folder's index.
#include "CliSupport.h"
#include "Commands.h"
#include "SearchCliSupport.h"
#include "StandardOutput.h"
#include "common/ControlChars.h"
#include "search/QueryTranslator.h"
#include "search/SearchEngine.h"
#include "search/SearchJson.h"
#include "search/WalkOptionsCodec.h"

#include <QCommandLineParser>
#include <unistd.h>

namespace wm::cli {
namespace {

const char *const kHelpQuery =
    "Query language:\n"
    "  word             files containing the word (case-insensitive; letters, digits, '_')\n"
    "  \"two words\"      the exact phrase\n"
    "  sched*           words starting with 'sched'\n"
    "  a b, a AND b     both;  a OR b  either;  a NOT b  a but not b\n"
    "  ( ... )          grouping; NOT binds tighter than AND, AND tighter than OR\n"
    "  NEAR(a b, 5)     a and b at most 5 words apart (default 10)\n"
    "  path: name: ext: title: tag: content:   restrict the next term or group to a field,\n"
    "                   e.g. ext:md title:\"release notes\" path:(docs OR guide)\n"
    "With --substring, each term matches anywhere inside words (at least 3 characters).";

// "wm search: ... at column 7\n  query\n        ^"
void printQueryError(const QString &cmd, const QString &query, const QString &error, int column)
{
    QString text = error;
    if (column > 0 && query.size() < 200 && !query.contains(QLatin1Char('\n'))) {
        text += QStringLiteral("\n  ") + query + QStringLiteral("\n  ") +
                QString(column - 1, QLatin1Char(' ')) + QLatin1Char('^');
    }
    printError(cmd, text);
}

// Snippets, titles and names come from the files: their control characters
// (an ESC sequence could rewrite the terminal) are printed escaped, piece by
// piece so the hit offsets still point at the right text.
QString highlighted(const QString &text, const QList<HitSpan> &hits, bool color)
{
    if (!color) return escapeControls(text);
    QString out;
    int at = 0;
    for (const HitSpan &h : hits) {
        if (h.start < at || h.start + h.length > text.size()) continue;
        out += escapeControls(text.mid(at, h.start - at)) + QStringLiteral("\033[1;31m") +
               escapeControls(text.mid(h.start, h.length)) + QStringLiteral("\033[0m");
        at = h.start + h.length;
    }
    return out + escapeControls(text.mid(at));
}

QString plainText(const SearchResult &r, bool color)
{
    QString out;
    for (const SearchHit &h : r.hits) {
        const QString path = escapeControls(h.path);
        QString head = color ? QStringLiteral("\033[35m%1\033[0m").arg(path) : path;
        if (h.line > 0) head += QStringLiteral(":%1").arg(h.line);
        if (!h.title.isEmpty())
            head += QStringLiteral("  ") + highlighted(h.title, h.titleHits, color);
        out += head + QLatin1Char('\n');
        if (!h.snippet.isEmpty())
            out +=
                QStringLiteral("    ") + highlighted(h.snippet, h.hits, color) + QLatin1Char('\n');
    }
    return out;
}

// What the command line asks for, checked.
struct SearchRequest
{
    SearchQuery query;
    IndexTarget target;
    bool quiet = false;
    bool update = true;
    bool json = false;
    bool timing = false;
    int runs = 1;
};

void addSearchOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        QStringLiteral(
            "Search a folder by content: ranked results with highlighted snippets. The folder's\n"
            "index is brought up to date first (see 'wm index') unless --no-update is given.\n"
            "Exit status: 0 when files match, 1 when none do (as grep and rg) or on an error,\n"
            "2 for a usage error or a malformed query.\n\n") +
        QLatin1String(kHelpQuery));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to search."));
    p.addPositionalArgument(
        QStringLiteral("QUERY"),
        QStringLiteral("What to look for (several arguments are joined by spaces)."));
    QCommandLineOption repeat(
        QStringLiteral("repeat"),
        QStringLiteral("Run the query N times in this process (benchmarking: with "
                       "--timing, every run's time is printed)."),
        QStringLiteral("N"));
    repeat.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Use the index in the database file PATH."),
          QStringLiteral("PATH")},
         {QStringLiteral("limit"), QStringLiteral("Show at most N results (default 20)."),
          QStringLiteral("N")},
         {QStringLiteral("offset"), QStringLiteral("Skip the first N results (paging)."),
          QStringLiteral("N")},
         {QStringLiteral("substring"),
          QStringLiteral(
              "Match terms anywhere inside words (builds the trigram index on first use).")},
         {QStringLiteral("no-update"),
          QStringLiteral("Search the index as it is, even if the folder changed.")},
         {QStringLiteral("json"), QStringLiteral("Print the results as JSON.")},
         {QStringLiteral("timing"),
          QStringLiteral("Print the time the query took on standard error.")},
         {{QStringLiteral("q"), QStringLiteral("quiet")},
          QStringLiteral("No notes or progress on standard error.")},
         repeat});
}

// Fills `r` from the parsed command line; ExitOk, or the exit code after
// printing why not. A malformed query is reported before any indexing work.
int readSearchRequest(const QString &cmd, const QCommandLineParser &p, SearchRequest &r)
{
    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usage(pos.isEmpty() ? QStringLiteral("expected a folder and a query")
                                   : QStringLiteral("expected a query after the folder"));
    SearchQuery &q = r.query;
    q.text = pos.mid(1).join(QLatin1Char(' '));
    q.substring = p.isSet(QStringLiteral("substring"));
    if (const QString v = p.value(QStringLiteral("limit")); p.isSet(QStringLiteral("limit"))) {
        const auto n = parseCount(v, 1, 100000);
        if (!n)
            return usage(
                QStringLiteral("--limit takes a number from 1 to 100000, not '%1'").arg(v));
        q.limit = int(*n);
    }
    if (const QString v = p.value(QStringLiteral("offset")); p.isSet(QStringLiteral("offset"))) {
        const auto n = parseCount(v, 0, 100000000);
        if (!n)
            return usage(QStringLiteral("--offset takes a whole number from 0, not '%1'").arg(v));
        q.offset = int(*n);
    }
    if (p.isSet(QStringLiteral("repeat"))) {
        const auto n = parseCount(p.value(QStringLiteral("repeat")), 1, 1000);
        if (!n) return usage(QStringLiteral("--repeat takes a number from 1 to 1000"));
        r.runs = int(*n);
    }
    const TranslatedQuery t = QueryTranslator::translate(
        q.text, q.substring ? QueryTranslator::Mode::Substring : QueryTranslator::Mode::Words);
    if (!t.ok) {
        printQueryError(cmd, q.text, t.error, t.errorColumn);
        return ExitUsage;
    }
    if (!resolveTarget(cmd, pos.at(0), p.value(QStringLiteral("db")), r.target)) return ExitUsage;
    r.quiet = p.isSet(QStringLiteral("quiet"));
    r.update = !p.isSet(QStringLiteral("no-update"));
    r.json = p.isSet(QStringLiteral("json"));
    r.timing = p.isSet(QStringLiteral("timing"));
    return ExitOk;
}

// Brings the index up to date with the walk options it was built with.
// False (after printing why) when it cannot be updated; another indexer at
// work is only a note: what is indexed so far is searched.
bool refreshIndex(const QString &cmd, SearchIndex &index, const SearchRequest &r)
{
    IndexOptions o;
    o.walk = WalkOptionsCodec::fromJson(index.meta(QStringLiteral("walk")), r.target.root);
    o.substring =
        r.query.substring ? IndexOptions::Substring::Enable : IndexOptions::Substring::Keep;
    const IndexStats s = updateIndex(cmd, index, o, nullptr, !r.quiet && stderrIsTerminal(), 500);
    if (s.busy) {
        if (!r.quiet)
            printError(cmd, s.fatalError + QStringLiteral("; searching what is indexed so far"));
        return true;
    }
    if (!s.fatalError.isEmpty()) {
        printError(cmd, QStringLiteral("cannot update the index: ") + s.fatalError);
        return false;
    }
    if (!r.quiet && s.changes() > 0)
        printError(cmd, QStringLiteral("index updated: %1 added, %2 updated, %3 removed")
                            .arg(s.added)
                            .arg(s.updated)
                            .arg(s.removed));
    return true;
}

// Runs the query `r.runs` times: later runs find SQLite's page cache warm,
// as a long-running front end would.
SearchResult runQuery(SearchEngine &engine, const SearchRequest &r)
{
    SearchResult result = engine.search(r.query);
    for (int i = 1; i < r.runs && result.ok(); ++i) {
        if (r.timing) std::fprintf(stderr, "query: %.3f ms\n", result.elapsedMs);
        result = engine.search(r.query);
    }
    return result;
}

// Prints the results or the failure; returns the exit code.
int printResult(const QString &cmd, const SearchRequest &r, const SearchResult &result)
{
    const SearchQuery &q = r.query;
    switch (result.status) {
    case SearchResult::Status::Ok:
        break;
    case SearchResult::Status::BadQuery:
        printQueryError(cmd, q.text, result.error, result.errorColumn);
        return ExitUsage;
    case SearchResult::Status::NotAvailable:
        printError(cmd, QStringLiteral("%1 has no substring index yet: run 'wm index --substring "
                                       "%1', or search without --no-update")
                            .arg(r.target.root));
        return ExitPartial;
    case SearchResult::Status::Failed:
    case SearchResult::Status::Cancelled:
        printError(cmd, QStringLiteral("search failed: ") + result.error);
        return ExitPartial;
    }
    if (r.json) {
        StandardOutput &out = StandardOutput::instance();
        if (out.write(SearchJson::toJsonText(q, result))) out.flush();
    } else {
        printOut(plainText(result, stdoutInColor()));
        if (!r.quiet && stderrIsTerminal()) {
            const qint64 shown = qint64(result.hits.size());
            printError(cmd, shown == 0 ? QStringLiteral("no files match")
                                       : QStringLiteral("%1-%2 of %3 files")
                                             .arg(q.offset + 1)
                                             .arg(q.offset + shown)
                                             .arg(result.total));
        }
    }
    if (r.timing) std::fprintf(stderr, "query: %.3f ms\n", result.elapsedMs);
    // Like grep and rg: 1 when nothing matches, whatever the output format.
    return result.total == 0 ? ExitPartial : ExitOk;
}

} // namespace

int runSearch(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm search");
    QCommandLineParser p;
    addSearchOptions(p);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    SearchRequest r;
    if (const int rc = readSearchRequest(cmd, p, r); rc != ExitOk) return rc;

    SearchIndex index;
    if (const int rc = openIndex(cmd, r.target, index, r.update, false, r.quiet); rc != ExitOk)
        return rc;
    if (r.update && !refreshIndex(cmd, index, r)) return ExitPartial;

    SearchEngine engine(index.db());
    SearchResult result = runQuery(engine, r);
    if (result.damaged) {
        QString message;
        index.rebuild(result.error, &message);
        printError(cmd, message);
        if (!r.update || !refreshIndex(cmd, index, r)) return ExitPartial;
        result = engine.search(r.query);
    }
    return printResult(cmd, r, result);
}

} // namespace wm::cli
