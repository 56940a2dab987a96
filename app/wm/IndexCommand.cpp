// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm index DIR: builds or updates the full-text search index of a folder.
#include "CliSupport.h"
#include "Commands.h"
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

} // namespace

int runIndex(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm index");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Build or update the full-text search index of a folder. A rerun adds new files,\n"
        "re-indexes changed ones and drops deleted ones. The index lives in the user's\n"
        "data folder unless --db says otherwise."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to index."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Keep the index in the database file PATH."),
                                QStringLiteral("PATH"));
    const WalkCliOptions walkOptions;
    const QCommandLineOption substring(
        QStringLiteral("substring"), QStringLiteral("Also build (and from now on maintain) the "
                                                    "trigram index for 'wm search --substring'."));
    const QCommandLineOption noSubstring(QStringLiteral("no-substring"),
                                         QStringLiteral("Drop the trigram index."));
    const QCommandLineOption maxContent(
        QStringLiteral("max-content"),
        QStringLiteral("Index at most BYTES of each file (default 4M; suffixes K, M, G)."),
        QStringLiteral("BYTES"));
    const ThreadsCliOption threads(QStringLiteral("Reader threads, or 'auto' (default)."));
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild"),
        QStringLiteral("Build the index again from scratch. Searches use the old index until "
                       "the new one is complete."));
    const QCommandLineOption check(
        QStringLiteral("check"), QStringLiteral("Run SQLite's integrity check on the index "
                                                "whatever its size (by default: up to 256 MiB)."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress on standard error."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("List the indexes kept in the user's data folder "
                                                 "(folder, size, last update, file)."));
    const QCommandLineOption forget(
        QStringLiteral("forget"),
        QStringLiteral("Delete the index of DIR from the user's data folder; without DIR, those "
                       "whose folder no longer exists."));
    p.addOption(db);
    walkOptions.addTo(p);
    p.addOptions({substring, noSubstring, maxContent, threads.option(), rebuild, check, quiet, list,
                  forget});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.isSet(list)) return listIndexes();
    if (p.isSet(forget)) {
        if (p.positionalArguments().size() > 1) {
            printError(
                cmd,
                QStringLiteral("--forget takes at most one folder\nTry '%1 --help'.").arg(cmd));
            return ExitUsage;
        }
        return forgetIndexes(cmd, p.positionalArguments());
    }

    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };
    if (p.positionalArguments().size() != 1)
        return usage(
            QStringLiteral("expected one folder, got %1").arg(p.positionalArguments().size()));
    if (p.isSet(substring) && p.isSet(noSubstring))
        return usage(QStringLiteral("--substring and --no-substring contradict each other"));
    IndexTarget target;
    if (!resolveTarget(cmd, p.positionalArguments().at(0), p.value(db), target)) return ExitUsage;

    IndexOptions o;
    o.walk.root = target.root;
    walkOptions.applyTo(p, o.walk);
    if (p.isSet(substring)) o.substring = IndexOptions::Substring::Enable;
    if (p.isSet(noSubstring)) o.substring = IndexOptions::Substring::Disable;
    if (p.isSet(maxContent)) {
        const auto v = parseSize(p.value(maxContent));
        // The upper bound keeps one file's text (held in memory by a reader
        // thread and the queue, and one SQLite value) well below SQLite's
        // 1 GB value limit and the memory of a small machine.
        if (!v || *v < 1024 || *v > IndexOptions::maxContentLimit)
            return usage(QStringLiteral("--max-content takes a size from 1K to %1, such as 512K "
                                        "or 16M, not '%2'")
                             .arg(formatBytes(IndexOptions::maxContentLimit), p.value(maxContent)));
        o.maxContentBytes = *v;
    }
    if (QString why; !threads.read(p, o.threads, why)) return usage(why);
    const bool quietMode = p.isSet(quiet);
    SearchIndex index;
    // --rebuild builds a new index beside the old one, which searches keep
    // using until the new one replaces it (SearchIndex::publish).
    if (const int rc = openIndex(cmd, target, index, true, p.isSet(check), quietMode,
                                 qint64(256) << 20, p.isSet(rebuild));
        rc != ExitOk)
        return rc;

    std::signal(SIGINT, onIndexInterrupt);
    const IndexStats s =
        updateIndex(cmd, index, o, &g_indexInterrupt, !quietMode && stderrIsTerminal());
    std::signal(SIGINT, SIG_DFL);
    if (!s.fatalError.isEmpty()) {
        printError(cmd, s.fatalError);
        return ExitPartial;
    }
    if (p.isSet(rebuild)) {
        if (s.cancelled) {
            index.close(); // drops the unfinished new index
            printError(cmd, QStringLiteral("interrupted: %1 is unchanged").arg(target.dbPath));
            return ExitPartial;
        }
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

    QString text = QStringLiteral("%1 %2\n").arg(
        s.cancelled ? QStringLiteral("Interrupted indexing") : QStringLiteral("Indexed"),
        target.root);
    text += QStringLiteral("  added %1, updated %2, removed %3, skipped %4, unchanged %5\n")
                .arg(s.added)
                .arg(s.updated)
                .arg(s.removed)
                .arg(s.skipped)
                .arg(s.unchanged);
    text += QStringLiteral("  read %1 in %2 s; index %3 at %4\n")
                .arg(formatBytes(s.bytesRead))
                .arg(s.elapsedMs / 1000, 0, 'f', 2)
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
    printOut(text);
    if (s.cancelled) return ExitPartial;
    return s.errorCount > 0 ? ExitPartial : ExitOk;
}

} // namespace wm::cli
