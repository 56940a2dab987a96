// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm index DIR: builds or updates the full-text search index of a folder.
#include "CliSupport.h"
#include "Commands.h"
#include "HugePageHeap.h"
#include "SearchCliSupport.h"
#include "WalkCliOptions.h"
#include "concurrency/CancelToken.h"
#include "search/IndexCatalog.h"
#include "search/IndexUpdater.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <csignal>

namespace wm::cli {
namespace {

CancelToken g_indexInterrupt;

void onIndexInterrupt(int)
{
    // First Ctrl-C: stop after the current batch (the index stays usable);
    // a second one kills as usual.
    g_indexInterrupt.cancel();
    std::signal(SIGINT, SIG_DFL);
}

// wm index --list: the indexes in the default folder, one a line.
int listIndexes()
{
    QString text;
    for (const IndexCatalog::Entry &e : IndexCatalog::list()) {
        QString note;
        if (e.root.isEmpty())
            note = QStringLiteral("  (unreadable)");
        else if (!e.rootExists)
            note = QStringLiteral("  (folder gone)");
        if (e.legacy) note += QStringLiteral("  (old location)");
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(e.root.isEmpty() ? QStringLiteral("?") : e.root, formatBytes(e.bytes),
                         e.updated.isEmpty() ? QStringLiteral("-") : e.updated, e.dbPath, note);
    }
    printOut(text);
    return ExitOk;
}

// wm index --forget [DIR]: removes DIR's index, or without DIR those whose
// folder is gone.
int forgetIndexes(const QString &cmd, const QStringList &dirs)
{
    QString root;
    if (!dirs.isEmpty()) {
        root = SearchIndex::canonicalRoot(dirs.at(0));
        if (root.isEmpty()) root = QDir::cleanPath(QFileInfo(dirs.at(0)).absoluteFilePath());
    }
    int forgotten = 0;
    int code = ExitOk;
    for (const IndexCatalog::Entry &e : IndexCatalog::list()) {
        if (root.isEmpty() ? e.rootExists : e.root != root) continue;
        QString error;
        if (IndexCatalog::forget(e.dbPath, &error)) {
            printOut(QStringLiteral("forgot the index of %1 (%2)\n")
                         .arg(e.root.isEmpty() ? QStringLiteral("?") : e.root, e.dbPath));
            ++forgotten;
        } else {
            printError(cmd, error);
            code = ExitPartial;
        }
    }
    if (forgotten == 0 && code == ExitOk && !root.isEmpty()) {
        printError(cmd,
                   QStringLiteral("no index of %1 in %2").arg(root, SearchIndex::defaultFolder()));
        return ExitPartial;
    }
    return code;
}

void addIndexOptions(QCommandLineParser &p, const WalkCliOptions &walkOptions,
                     const ThreadsCliOption &threads)
{
    p.setApplicationDescription(QStringLiteral(
        "Build or update the full-text search index of a folder. A rerun adds new files,\n"
        "re-indexes changed ones and drops deleted ones. The index lives in the user's\n"
        "data folder unless --db says otherwise."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to index."));
    p.addOption({QStringLiteral("db"), QStringLiteral("Keep the index in the database file PATH."),
                 QStringLiteral("PATH")});
    walkOptions.addTo(p);
    p.addOptions(
        {{QStringLiteral("substring"),
          QStringLiteral("Also build (and from now on maintain) the "
                         "trigram index for 'wm search --substring'.")},
         {QStringLiteral("no-substring"), QStringLiteral("Drop the trigram index.")},
         {QStringLiteral("max-content"),
          QStringLiteral("Index at most BYTES of each file (default 4M; suffixes K, M, G)."),
          QStringLiteral("BYTES")},
         threads.option(),
         {QStringLiteral("rebuild"),
          QStringLiteral("Build the index again from scratch. Searches use the old index until "
                         "the new one is complete.")},
         {QStringLiteral("check"),
          QStringLiteral("Run SQLite's integrity check on the index whatever its size (by "
                         "default: up to 16 MiB).")},
         {{QStringLiteral("q"), QStringLiteral("quiet")},
          QStringLiteral("No progress on standard error.")},
         {QStringLiteral("list"), QStringLiteral("List the indexes kept in the user's data folder "
                                                 "(folder, size, last update, file).")},
         {QStringLiteral("forget"),
          QStringLiteral("Delete the index of DIR from the user's data folder; without DIR, "
                         "those whose folder no longer exists.")}});
}

// The folder and the index options from the command line; ExitOk, or the
// exit code after printing why not.
int readIndexOptions(const QString &cmd, const QCommandLineParser &p,
                     const WalkCliOptions &walkOptions, const ThreadsCliOption &threads,
                     IndexTarget &target, IndexOptions &o)
{
    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };
    if (p.positionalArguments().size() != 1)
        return usage(
            QStringLiteral("expected one folder, got %1").arg(p.positionalArguments().size()));
    const bool substring = p.isSet(QStringLiteral("substring"));
    const bool noSubstring = p.isSet(QStringLiteral("no-substring"));
    if (substring && noSubstring)
        return usage(QStringLiteral("--substring and --no-substring contradict each other"));
    if (!resolveTarget(cmd, p.positionalArguments().at(0), p.value(QStringLiteral("db")), target))
        return ExitUsage;
    o.walk.root = target.root;
    walkOptions.applyTo(p, o.walk);
    if (substring) o.substring = IndexOptions::Substring::Enable;
    if (noSubstring) o.substring = IndexOptions::Substring::Disable;
    if (p.isSet(QStringLiteral("max-content"))) {
        const QString value = p.value(QStringLiteral("max-content"));
        const auto v = parseSize(value);
        // The upper bound keeps one file's text (held in memory by a reader
        // thread and the queue, and one SQLite value) well below SQLite's
        // 1 GB value limit and the memory of a small machine.
        if (!v || *v < 1024 || *v > IndexOptions::maxContentLimit)
            return usage(QStringLiteral("--max-content takes a size from 1K to %1, such as 512K "
                                        "or 16M, not '%2'")
                             .arg(formatBytes(IndexOptions::maxContentLimit), value));
        o.maxContentBytes = *v;
    }
    if (QString why; !threads.read(p, o.threads, why)) return usage(why);
    return ExitOk;
}

// The summary printed on standard output after a run.
QString summary(const IndexStats &s, const IndexOptions &o, const IndexTarget &target,
                const SearchIndex &index)
{
    QString text = QStringLiteral("%1 %2\n").arg(
        s.cancelled ? QStringLiteral("Interrupted indexing") : QStringLiteral("Indexed"),
        target.root);
    text += QStringLiteral("  added %1, updated %2, removed %3, skipped %4, unchanged %5\n")
                .arg(s.added)
                .arg(s.updated)
                .arg(s.removed)
                .arg(s.skipped)
                .arg(s.unchanged);
    const double secs = s.elapsedMs / 1000;
    text += QStringLiteral("  read %1 in %2 s (%3 files/s); index %4 at %5\n")
                .arg(formatBytes(s.bytesRead))
                .arg(secs, 0, 'f', 2)
                .arg(secs > 0 ? qint64(double(s.found) / secs) : s.found)
                .arg(formatBytes(index.fileBytes()), target.dbPath);
    if (s.truncated > 0)
        text += QStringLiteral("  %1 files longer than %2: only their start is indexed\n")
                    .arg(s.truncated)
                    .arg(formatBytes(o.maxContentBytes));
    if (s.repaired > 0)
        text += QStringLiteral("  %1 files had invalid UTF-8 (repaired)\n").arg(s.repaired);
    if (s.substringDocs > 0)
        text += QStringLiteral("  substring index built for %1 files\n").arg(s.substringDocs);
    if (s.cancelled)
        text += QStringLiteral("  the index is usable; run 'wm index' again to complete it\n");
    return text;
}

// After the run: publishes a staged build (a first one or a --rebuild),
// prints skipped files and the summary; returns the exit code.
int finishRun(const QString &cmd, const IndexStats &s, const IndexOptions &o,
              const IndexTarget &target, SearchIndex &index, bool rebuild)
{
    if (!s.fatalError.isEmpty()) {
        printError(cmd, s.fatalError);
        return ExitPartial;
    }
    if (index.isStaging()) {
        if (rebuild && s.cancelled) {
            index.close(); // drops the unfinished new index
            printError(cmd, QStringLiteral("interrupted: %1 is unchanged").arg(target.dbPath));
            return ExitPartial;
        }
        // A first build, even an interrupted one, is published: what it
        // indexed is searchable and the next run completes it.
        if (QString error; !index.publish(&error)) {
            printError(cmd, error);
            return ExitPartial;
        }
    }
    for (const QString &e : s.errors)
        printError(cmd, QStringLiteral("skipped %1").arg(e));
    if (s.errorCount > s.errors.size())
        printError(
            cmd, QStringLiteral("... and %1 more unreadable").arg(s.errorCount - s.errors.size()));
    printOut(summary(s, o, target, index));
    if (s.cancelled) return ExitPartial;
    return s.errorCount > 0 ? ExitPartial : ExitOk;
}

} // namespace

int runIndex(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm index");
    QCommandLineParser p;
    const WalkCliOptions walkOptions;
    const ThreadsCliOption threads(QStringLiteral("Reader threads, or 'auto' (default)."));
    addIndexOptions(p, walkOptions, threads);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.isSet(QStringLiteral("list"))) return listIndexes();
    if (p.isSet(QStringLiteral("forget"))) {
        if (p.positionalArguments().size() > 1) {
            printError(
                cmd,
                QStringLiteral("--forget takes at most one folder\nTry '%1 --help'.").arg(cmd));
            return ExitUsage;
        }
        return forgetIndexes(cmd, p.positionalArguments());
    }
    IndexTarget target;
    IndexOptions o;
    if (const int rc = readIndexOptions(cmd, p, walkOptions, threads, target, o); rc != ExitOk)
        return rc;
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    const bool rebuild = p.isSet(QStringLiteral("rebuild"));
    SearchIndex index;
    // --rebuild builds a new index beside the old one, which searches keep
    // using until the new one replaces it (SearchIndex::publish); a first
    // build is staged the same way, and written faster (no WAL).
    // The check reads the whole index: above 16 MiB it would cost an
    // update with nothing to do more than its stat-only walk. Damage
    // elsewhere surfaces as SQLITE_CORRUPT where it is read, and is rebuilt.
    if (const int rc = openIndex(cmd, target, index, true, p.isSet(QStringLiteral("check")), quiet,
                                 qint64(16) << 20, rebuild, true);
        rc != ExitOk)
        return rc;
    HugePageHeap::growInLargeSteps();
    std::signal(SIGINT, onIndexInterrupt);
    const IndexStats s =
        updateIndex(cmd, index, o, &g_indexInterrupt, !quiet && stderrIsTerminal());
    std::signal(SIGINT, SIG_DFL);
    return finishRun(cmd, s, o, target, index, rebuild);
}

} // namespace wm::cli
