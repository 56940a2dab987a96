// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm consolidate: plans (the default, a dry run) or applies the
// consolidation of an AI agent's memory folder (core/consolidate).
#include "CliSupport.h"
#include "Commands.h"
#include "PathArgs.h"
#include "concurrency/CancelToken.h"
#include "consolidate/ConsolidationApplier.h"
#include "consolidate/ConsolidationPlanner.h"
#include "consolidate/PlanReport.h"
#include "consolidate/RunRecovery.h"
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

CancelToken g_interrupt;

void onInterrupt(int)
{
    g_interrupt.cancel();
    std::signal(SIGINT, SIG_DFL);
}

struct ConsolidateArgs
{
    QString root;
    ConsolidationOptions options;
    QString output;
    bool apply = false;
    bool recoverOnly = false;
    bool json = false;
    bool quiet = false;
};

void showPlanProgress(const PlanProgress &p)
{
    static const char *const names[] = {"reading", "similarity", "deciding", "done"};
    std::fprintf(stderr, "%splan: %s %lld%s", eraseLine(), names[int(p.phase)],
                 static_cast<long long>(p.done),
                 p.total > 0 ? qPrintable(QStringLiteral("/%1").arg(p.total)) : "");
    std::fflush(stderr);
}

void showApplyProgress(const ConsolidationProgress &p)
{
    std::fprintf(stderr, "%sapply: %s %lld/%lld%s", eraseLine(),
                 qPrintable(progressStepName(p.step)), static_cast<long long>(p.done),
                 static_cast<long long>(p.total),
                 p.pastPointOfNoReturn ? " (past the point of no return)" : "");
    std::fflush(stderr);
}

QJsonObject resultJson(const ApplyResult &r)
{
    QJsonObject o{{QStringLiteral("ok"), r.ok},
                  {QStringLiteral("cancelled"), r.cancelled},
                  {QStringLiteral("run"), r.runId},
                  {QStringLiteral("archived"), r.archived},
                  {QStringLiteral("promoted"), r.promoted},
                  {QStringLiteral("merged"), r.merged},
                  {QStringLiteral("created"), r.created},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                  {QStringLiteral("milliseconds"), r.msecs}};
    if (!r.archivePath.isEmpty()) o.insert(QStringLiteral("archive"), r.archivePath);
    if (!r.error.isEmpty()) o.insert(QStringLiteral("error"), r.error);
    return o;
}

QString resultText(const ApplyResult &r)
{
    if (r.runId.isEmpty()) return QStringLiteral("\nNothing changed.\n");
    return QStringLiteral("\nApplied run %1 in %2 s: %3 archived, %4 promoted, %5 merged into new "
                          "notes, %6 notes written%7. Undo with: wm restore MEMDIR %1\n")
        .arg(r.runId)
        .arg(double(r.msecs) / 1000, 0, 'f', 2)
        .arg(r.archived)
        .arg(r.promoted)
        .arg(r.merged)
        .arg(r.created)
        .arg(r.archivePath.isEmpty() ? QString()
                                     : QStringLiteral("; originals in %1").arg(r.archivePath));
}

// Before a new run: a run killed earlier is finished or rolled back.
bool recoverFirst(const QString &cmd, const ConsolidateArgs &o)
{
    const RecoveryResult r = RunRecovery::recover(o.root);
    if (!r.ok) {
        printError(cmd, r.error);
        return false;
    }
    if (r.outcome != RecoveryResult::Outcome::NothingToDo && !o.quiet)
        printError(cmd, QStringLiteral("run %1 had been interrupted: %2")
                            .arg(r.runId, recoveryOutcomeName(r.outcome)));
    for (const QString &w : r.warnings)
        printError(cmd, w);
    return true;
}

// --recover: only what --apply does first.
int recoverOnly(const QString &cmd, const ConsolidateArgs &o)
{
    const RecoveryResult r = RunRecovery::recover(o.root);
    for (const QString &w : r.warnings)
        printError(cmd, w);
    if (!r.ok) {
        printError(cmd, r.error);
        return ExitPartial;
    }
    const QString text = r.outcome == RecoveryResult::Outcome::NothingToDo
                             ? QStringLiteral("No interrupted run.\n")
                             : QStringLiteral("Run %1 had been interrupted: %2.\n")
                                   .arg(r.runId, recoveryOutcomeName(r.outcome));
    return printOut(text) ? ExitOk : ExitPartial;
}

int consolidate(const QString &cmd, const ConsolidateArgs &o)
{
    const bool progress = !o.quiet && stderrIsTerminal();
    if (o.apply && !recoverFirst(cmd, o)) return ExitPartial;
    std::signal(SIGINT, onInterrupt);
    const ConsolidationPlan plan = ConsolidationPlanner::plan(
        o.root, o.options, &g_interrupt,
        progress ? std::function<void(const PlanProgress &)>(showPlanProgress) : nullptr);
    if (progress) std::fputs(eraseLine(), stderr);
    if (!plan.fatalError.isEmpty() || plan.cancelled) {
        std::signal(SIGINT, SIG_DFL);
        printError(cmd, plan.cancelled ? QStringLiteral("interrupted: nothing was changed")
                                       : plan.fatalError);
        return ExitPartial;
    }
    ApplyResult result;
    if (o.apply) {
        ConsolidationApplier::Callbacks cb;
        if (progress) cb.onProgress = showApplyProgress;
        result = ConsolidationApplier::apply(plan, &g_interrupt, cb);
        if (progress) std::fputs(eraseLine(), stderr);
    }
    std::signal(SIGINT, SIG_DFL);
    const bool written = writeOutput(cmd, o.output, [&](QIODevice &out) {
        if (o.json) {
            QJsonObject json = PlanReport::json(plan);
            if (o.apply) json.insert(QStringLiteral("applied"), resultJson(result));
            out.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
            return;
        }
        out.write(PlanReport::markdown(plan).toUtf8());
        if (o.apply && result.ok) out.write(resultText(result).toUtf8());
        if (!o.apply && plan.hasChanges())
            out.write("\nThis was a dry run: nothing was changed. Apply it with --apply.\n");
    });
    for (const QString &w : result.warnings)
        printError(cmd, w);
    if (o.apply && !result.ok) printError(cmd, result.error);
    if (!o.quiet)
        for (const QString &e : plan.errors)
            printError(cmd, NativePath::display(e));
    if (!written || (o.apply && !result.ok)) return ExitPartial;
    return plan.errors.isEmpty() ? ExitOk : ExitPartial;
}

// --older-than, --threshold and --now into `o`; the error, or empty.
QString readOptions(const QCommandLineParser &p, ConsolidateArgs &o)
{
    if (p.isSet(QStringLiteral("older-than"))) {
        const auto days = parseCount(p.value(QStringLiteral("older-than")), 0, 100000);
        if (!days)
            return QStringLiteral("--older-than takes a whole number of days, not '%1'")
                .arg(p.value(QStringLiteral("older-than")));
        o.options.olderThanDays = int(*days);
    }
    if (p.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double t = p.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || !(t > 0 && t <= 1))
            return QStringLiteral("--threshold takes a number in (0, 1], not '%1'")
                .arg(p.value(QStringLiteral("threshold")));
        o.options.similarity.threshold = t;
    }
    if (p.isSet(QStringLiteral("now"))) {
        QDateTime now = QDateTime::fromString(p.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid())
            return QStringLiteral("--now takes an ISO 8601 time, not '%1'")
                .arg(p.value(QStringLiteral("now")));
        if (now.timeSpec() == Qt::LocalTime) now.setTimeSpec(Qt::UTC);
        o.options.now = now;
    }
    return {};
}

} // namespace

int runConsolidate(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm consolidate");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Consolidate an AI agent's memory folder (short_term/, long_term/, archive/).\n"
        "Without --apply, prints the plan and changes nothing: short-term notes older than\n"
        "DAYS are archived (unless tagged keep or pinned), notes tagged heuristic, pattern,\n"
        "proven, decision or insight are promoted to long_term/, each cluster of\n"
        "near-duplicates is merged into one note, and a digest note lists what happened.\n"
        "--apply carries it out through a write-ahead journal: originals go into a\n"
        "verified archive/consolidation-RUN.tar.lz4 before anything is removed, and a run\n"
        "killed at any moment is finished or rolled back by the next one.\n"
        "Undo a run with 'wm restore MEMDIR [RUN]'."));
    p.addPositionalArgument(QStringLiteral("MEMDIR"), QStringLiteral("The memory folder."));
    const QCommandLineOption olderThan(
        QStringLiteral("older-than"),
        QStringLiteral("Archive short-term notes older than DAYS (default 7)."),
        QStringLiteral("DAYS"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QStringLiteral("Merge notes whose similarity is at least T, 0 < T <= 1 (default 0.8)."),
        QStringLiteral("T"));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   QStringLiteral("Carry the plan out (default: dry run)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("Plan as if it were TIME (ISO 8601, UTC)."),
                                 QStringLiteral("TIME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE (whole or not at all)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress."));
    const QCommandLineOption recover(
        QStringLiteral("recover"),
        QStringLiteral("Only finish or roll back a run that was interrupted, then stop\n"
                       "(--apply does this first)."));
    p.addOptions({olderThan, threshold, apply, recover, json, now, output, quiet});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };
    ConsolidateArgs o;
    o.apply = p.isSet(apply);
    o.recoverOnly = p.isSet(recover);
    if (o.apply && o.recoverOnly)
        return usage(QStringLiteral("--recover and --apply exclude each other"));
    o.json = p.isSet(json);
    o.quiet = p.isSet(quiet);
    o.output = p.value(output);
    if (const QString why = readOptions(p, o); !why.isEmpty()) return usage(why);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return usage(
            QStringLiteral("expected one memory folder, got %1 arguments").arg(pos.size()));
    o.root = pos.first();
    if (const QString why = PathArgs::folderProblem(o.root); !why.isEmpty()) return usage(why);
    return o.recoverOnly ? recoverOnly(cmd, o) : consolidate(cmd, o);
}

} // namespace wm::cli
