// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm restore: undoes consolidation runs of a memory folder, or lists them
// (core/consolidate: Restorer, RunHistory).
#include "CliSupport.h"
#include "Commands.h"
#include "PathArgs.h"
#include "concurrency/CancelToken.h"
#include "consolidate/Restorer.h"
#include "consolidate/RunHistory.h"
#include "io/NativePath.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <cstdio>

namespace wm::cli {
namespace {

CancelToken g_restoreInterrupt;

void onRestoreInterrupt(int)
{
    g_restoreInterrupt.cancel();
    std::signal(SIGINT, SIG_DFL);
}

QJsonObject runJson(const RunInfo &r)
{
    QJsonObject o{{QStringLiteral("run"), r.id},
                  {QStringLiteral("started"), r.started.toString(Qt::ISODate)},
                  {QStringLiteral("state"), runStateName(r.state)},
                  {QStringLiteral("archived"), r.archived},
                  {QStringLiteral("promoted"), r.promoted},
                  {QStringLiteral("merged"), r.merged},
                  {QStringLiteral("created"), r.created}};
    if (!r.archivePath.isEmpty())
        o.insert(QStringLiteral("archive"), NativePath::display(r.archivePath));
    if (!r.error.isEmpty()) o.insert(QStringLiteral("error"), r.error);
    return o;
}

int listRuns(const QString &cmd, const QString &root, bool json, const QString &output)
{
    QString error;
    const std::vector<RunInfo> runs = RunHistory::list(root, &error);
    if (!error.isEmpty()) {
        printError(cmd, error);
        return ExitPartial;
    }
    const bool ok = writeOutput(cmd, output, [&](QIODevice &out) {
        if (json) {
            QJsonArray array;
            for (const RunInfo &r : runs)
                array.append(runJson(r));
            out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        if (runs.empty()) out.write("No consolidation runs.\n");
        for (const RunInfo &r : runs)
            out.write(QStringLiteral("%1  %2  %3 archived, %4 promoted, %5 merged, %6 "
                                     "written%7%8\n")
                          .arg(r.id, runStateName(r.state).leftJustified(11))
                          .arg(r.archived)
                          .arg(r.promoted)
                          .arg(r.merged)
                          .arg(r.created)
                          .arg(r.archivePath.isEmpty() ? QString()
                                                       : QStringLiteral("  (%1)").arg(
                                                             NativePath::display(r.archivePath)),
                               r.error.isEmpty() ? QString() : QStringLiteral("  ") + r.error)
                          .toUtf8());
    });
    return ok ? ExitOk : ExitPartial;
}

void showRestoreProgress(const RestoreProgress &p)
{
    static const char *const names[] = {"checking", "extracting", "moving", "removing", "done"};
    std::fprintf(stderr, "%srestore %s: %s %lld/%lld", eraseLine(), qPrintable(p.runId),
                 names[int(p.step)], static_cast<long long>(p.done),
                 static_cast<long long>(p.total));
    std::fflush(stderr);
}

int restore(const QString &cmd, const QString &root, const QString &run, bool quiet)
{
    Restorer::Callbacks cb;
    const bool progress = !quiet && stderrIsTerminal();
    if (progress) cb.onProgress = showRestoreProgress;
    std::signal(SIGINT, onRestoreInterrupt);
    const RestoreResult r = Restorer::restore(root, run, &g_restoreInterrupt, cb);
    std::signal(SIGINT, SIG_DFL);
    if (progress) std::fputs(eraseLine(), stderr);
    for (const QString &c : r.conflicts)
        printError(cmd, c);
    const bool written =
        r.runs.isEmpty() ||
        printOut(QStringLiteral("Restored %1 (%2 notes written back from the archive, %3 moved "
                                "back, %4 files of the run removed)\n")
                     .arg(r.runs.size() == 1
                              ? QStringLiteral("run ") + r.runs.first()
                              : QStringLiteral("runs ") + r.runs.join(QStringLiteral(", ")))
                     .arg(r.filesRestored)
                     .arg(r.filesMoved)
                     .arg(r.filesRemoved));
    if (!r.ok) {
        printError(cmd, r.error);
        return ExitPartial;
    }
    return written ? ExitOk : ExitPartial;
}

} // namespace

int runRestore(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm restore");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Undo consolidation runs of a memory folder, byte for byte: the originals come back\n"
        "from the run's archive, promoted notes move back, and the notes, archive and index\n"
        "the run wrote are removed (only while they are exactly as it wrote them).\n"
        "RUN (default: the latest) and every later run are undone, newest first.\n"
        "--list shows the runs."));
    p.addPositionalArgument(QStringLiteral("MEMDIR"), QStringLiteral("The memory folder."));
    p.addPositionalArgument(QStringLiteral("RUN"), QStringLiteral("The run to undo."),
                            QStringLiteral("[RUN]"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the runs."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("--list: print JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("--list: write to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress."));
    p.addOptions({list, json, output, quiet});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty() || pos.size() > 2 || (p.isSet(list) && pos.size() != 1))
        return usage(QStringLiteral("expected MEMDIR [RUN], or MEMDIR --list"));
    if (const QString why = PathArgs::folderProblem(pos.first()); !why.isEmpty()) return usage(why);
    if (p.isSet(list)) return listRuns(cmd, pos.first(), p.isSet(json), p.value(output));
    return restore(cmd, pos.first(), pos.size() == 2 ? pos.at(1) : QString(), p.isSet(quiet));
}

} // namespace wm::cli
