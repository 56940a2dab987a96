// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm hexagram: the I Ching model. --lines/--number describe one hexagram;
// DIR audits a folder and casts its hexagram from the audit's measurements,
// with the thread count the engine recommends.
#include "CliSupport.h"
#include "Commands.h"
#include "PathArgs.h"
#include "WalkCliOptions.h"
#include "audit/AuditEngine.h"
#include "balance/BalanceSignals.h"
#include "balance/HexagramCaster.h"
#include "balance/HexagramSummary.h"
#include "concurrency/ThreadAdvisor.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace wm::cli {
namespace {

QJsonObject trigramJson(Trigram t)
{
    return {{QStringLiteral("symbol"), t.symbol()},    {QStringLiteral("key"), t.key()},
            {QStringLiteral("chinese"), t.chinese()},  {QStringLiteral("pinyin"), t.pinyin()},
            {QStringLiteral("image"), t.image()},      {QStringLiteral("attribute"), t.attribute()},
            {QStringLiteral("lines"), t.linesString()}};
}

QJsonObject hexagramJson(Hexagram h)
{
    const double ratio = h.yinYangRatio();
    return {{QStringLiteral("number"), h.number()},
            {QStringLiteral("symbol"), h.symbol()},
            {QStringLiteral("lines"), h.linesString()},
            {QStringLiteral("chinese"), h.chinese()},
            {QStringLiteral("pinyin"), h.pinyin()},
            {QStringLiteral("english"), h.english()},
            {QStringLiteral("lower"), trigramJson(h.lower())},
            {QStringLiteral("upper"), trigramJson(h.upper())},
            {QStringLiteral("yang"), h.yangCount()},
            {QStringLiteral("yin"), h.yinCount()},
            {QStringLiteral("balanced"), h.isBalanced()},
            // Kun has no yang line: the ratio is infinite, which JSON cannot say.
            {QStringLiteral("yinYangRatio"), std::isinf(ratio) ? QJsonValue() : QJsonValue(ratio)},
            {QStringLiteral("inverse"), h.inverse().number()},
            {QStringLiteral("opposite"), h.opposite().number()},
            {QStringLiteral("nuclear"), h.nuclear().number()}};
}

QJsonObject castingJson(const Casting &c)
{
    QJsonObject o = hexagramJson(c.primary());
    o.insert(QStringLiteral("traditional"), c.traditionalDigits());
    QJsonArray changing;
    for (int n : c.changingLines())
        changing.append(n);
    o.insert(QStringLiteral("changingLines"), changing);
    o.insert(QStringLiteral("resulting"),
             c.hasChanges() ? QJsonValue(hexagramJson(c.relating())) : QJsonValue());
    return o;
}

QString title(Hexagram h)
{
    return QStringLiteral("%1 %2 %3 %4 — %5")
        .arg(h.symbol(), QString::number(h.number()), h.chinese(), h.pinyin(), h.english());
}

QString trigramText(Trigram t)
{
    return QStringLiteral("%1 %2 %3 — %4, %5")
        .arg(t.symbol(), t.chinese(), t.pinyin(), t.image(), t.attribute());
}

QString castingText(const Casting &c)
{
    const Hexagram h = c.primary();
    QString s = title(h) + QLatin1Char('\n');
    // Drawn as tradition draws it: line 6 on top. ○ marks old yang, × old yin.
    for (int n = 6; n >= 1; --n) {
        const Line &l = c.line(n);
        s += QStringLiteral("  %1 %2%3\n")
                 .arg(QString::number(n), l.yang ? QStringLiteral("⚊") : QStringLiteral("⚋"),
                      l.changing ? (l.yang ? QStringLiteral(" ○") : QStringLiteral(" ×"))
                                 : QString());
    }
    s += QStringLiteral("Upper trigram: %1\n").arg(trigramText(h.upper()));
    s += QStringLiteral("Lower trigram: %1\n").arg(trigramText(h.lower()));
    const double ratio = h.yinYangRatio();
    s += QStringLiteral("Balance: %1 yang, %2 yin — %3 (yin/yang ratio %4)\n")
             .arg(QString::number(h.yangCount()), QString::number(h.yinCount()),
                  h.isBalanced() ? QStringLiteral("balanced") : QStringLiteral("unbalanced"),
                  std::isinf(ratio) ? QStringLiteral("∞") : QString::number(ratio, 'f', 2));
    QStringList changing;
    for (int n : c.changingLines())
        changing << QString::number(n);
    s += c.hasChanges() ? QStringLiteral("Changing lines: %1 → %2\n")
                              .arg(changing.join(QStringLiteral(", ")), title(c.relating()))
                        : QStringLiteral("Changing lines: none\n");
    s += QStringLiteral("Related: inverse %1 %2, opposite %3 %4, nuclear %5 %6\n")
             .arg(h.inverse().symbol(), QString::number(h.inverse().number()),
                  h.opposite().symbol(), QString::number(h.opposite().number()),
                  h.nuclear().symbol(), QString::number(h.nuclear().number()));
    return s;
}

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

QJsonArray stepsJson(const std::vector<int> &steps)
{
    QJsonArray a;
    for (int n : steps)
        a.append(n);
    return a;
}

// "automatic; 2 → 6 → 8 threads; last window's tuning share 0.21, availability 0.93"
QString autoMode(const AuditStats &s)
{
    if (s.tunedComputeShare < 0) return QStringLiteral("automatic; the run ended before a window");
    QStringList counts{QString::number(s.hardwareThreads)};
    for (int n : s.threadSteps)
        counts << QString::number(n);
    return QStringLiteral("automatic; %1 threads; last window's tuning share %2, availability %3")
        .arg(counts.join(QStringLiteral(" → ")), number(s.tunedComputeShare),
             number(s.tunedAvailability));
}

int castFolder(const QString &cmd, const AuditOptions &o, bool json)
{
    const AuditResult r = AuditEngine::run(o);
    if (!r.fatalError.isEmpty()) {
        printError(cmd, r.fatalError);
        return ExitPartial;
    }
    const HexagramCaster::Result cast = HexagramCaster::cast(BalanceSignals::fromAudit(r));
    const Casting casting = cast.casting();
    const AuditStats &s = r.stats;
    const double share =
        ThreadAdvisor::computeShare(s.workerBusyNs, s.workerCpuNs, s.workerRunDelayNs);
    const double availability = ThreadAdvisor::availability(s.workerCpuNs, s.workerRunDelayNs);
    const double tuning =
        ThreadAdvisor::tuningShare({s.wallNs, s.workerBusyNs, s.workerCpuNs, s.workerRunDelayNs});
    if (json) {
        QJsonArray lines;
        for (const HexagramCaster::LineReading &l : cast.lines) {
            const HexagramCaster::Rule &rule = l.rule();
            lines.append(QJsonObject{{QStringLiteral("line"), l.line},
                                     {QStringLiteral("signal"), QLatin1String(rule.key)},
                                     {QStringLiteral("definition"), QLatin1String(rule.definition)},
                                     {QStringLiteral("value"), l.value},
                                     {QStringLiteral("threshold"), rule.threshold},
                                     {QStringLiteral("band"), rule.band},
                                     {QStringLiteral("yang"), l.yang()},
                                     {QStringLiteral("changing"), l.changing()}});
        }
        const QJsonObject out{
            {QStringLiteral("root"), r.root},
            {QStringLiteral("files"), r.totals.files},
            {QStringLiteral("errors"), r.totals.errors},
            {QStringLiteral("wallMs"), double(s.wallNs) / 1e6},
            {QStringLiteral("hexagram"), castingJson(casting)},
            {QStringLiteral("summary"), HexagramSummary::line(casting, s.recommendedThreads)},
            {QStringLiteral("signals"), lines},
            {QStringLiteral("threads"),
             QJsonObject{{QStringLiteral("hardware"), s.hardwareThreads},
                         {QStringLiteral("used"), s.threads},
                         {QStringLiteral("auto"), s.autoThreads},
                         {QStringLiteral("steps"), stepsJson(s.threadSteps)},
                         {QStringLiteral("tunedComputeShare"),
                          s.tunedComputeShare < 0 ? QJsonValue() : QJsonValue(s.tunedComputeShare)},
                         {QStringLiteral("tunedAvailability"),
                          s.tunedAvailability < 0 ? QJsonValue() : QJsonValue(s.tunedAvailability)},
                         {QStringLiteral("computeShare"), share},
                         {QStringLiteral("tuningShare"), tuning},
                         {QStringLiteral("availability"), availability},
                         {QStringLiteral("recommended"), s.recommendedThreads}}}};
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString t = castingText(casting);
    t += QStringLiteral("\nCast from the audit of %1: %2 files, %3 ms\n")
             .arg(r.root, QString::number(r.totals.files), QString::number(s.wallNs / 1000000));
    t += QStringLiteral("line  signal          value    yang if ≥  ±band   reading\n");
    for (int i = 5; i >= 0; --i) {
        const HexagramCaster::LineReading &l = cast.lines[size_t(i)];
        const HexagramCaster::Rule &rule = l.rule();
        t += QStringLiteral("  %1   %2 %3  %4  %5  %6 %7%8\n")
                 .arg(QString::number(l.line), QString::fromLatin1(rule.label).leftJustified(14),
                      number(l.value).rightJustified(7), number(rule.threshold).rightJustified(9),
                      number(rule.band).rightJustified(6),
                      l.yang() ? QStringLiteral("yang:") : QStringLiteral("yin: "),
                      QLatin1String(l.above ? rule.yangMeans : rule.yinMeans),
                      l.changing() ? QStringLiteral(" (changing)") : QString());
    }
    const QString mode = !s.autoThreads ? QStringLiteral("fixed") : autoMode(s);
    t += QStringLiteral("Threads: %1 hardware, %2 used (%3)\n"
                        "Recommended thread count: %4, for the whole run's tuning share %5 "
                        "(compute share %6, core availability %7)\n")
             .arg(QString::number(s.hardwareThreads), QString::number(s.threads), mode,
                  QString::number(s.recommendedThreads), number(tuning), number(share),
                  number(availability));
    // The one line the desktop app shows after a run and puts in its report.
    t += QStringLiteral("%1: %2\n")
             .arg(HexagramSummary::label(), HexagramSummary::line(casting, s.recommendedThreads));
    printOut(t);
    return ExitOk;
}

} // namespace

int runHexagram(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm hexagram");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Show an I Ching hexagram: its symbol, King Wen number, names, trigrams, balance and\n"
        "changing lines. With DIR, audit the folder and cast its hexagram from six measured\n"
        "signals, with each signal's value and threshold and the recommended thread count."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to audit and cast."),
                            QStringLiteral("[DIR]"));
    const QCommandLineOption lines(
        QStringLiteral("lines"),
        QStringLiteral("Six digits, bottom line first: 1 yang, 0 yin, or 6 old yin, 7 young yang, "
                       "8 young yin, 9 old yang (6 and 9 are changing)."),
        QStringLiteral("DIGITS"));
    const QCommandLineOption numberOpt(
        QStringLiteral("number"), QStringLiteral("King Wen number, 1 to 64."), QStringLiteral("N"));
    const ThreadsCliOption threads(
        QStringLiteral("With DIR: worker threads, or 'auto' (default)."));
    const WalkCliOptions walkOptions(WalkCliOptions::Set::Basic, QStringLiteral("With DIR: "));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({lines, numberOpt, threads.option()});
    walkOptions.addTo(p);
    p.addOption(json);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;

    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };
    const QStringList pos = p.positionalArguments();
    if (pos.size() > 1) return usage(QStringLiteral("expected one folder, got %1").arg(pos.size()));
    const int modes = int(p.isSet(lines)) + int(p.isSet(numberOpt)) + int(!pos.isEmpty());
    if (modes != 1)
        return usage(modes == 0
                         ? QStringLiteral("give --lines DIGITS, --number N or a folder")
                         : QStringLiteral("give only one of --lines, --number and a folder"));
    for (const QCommandLineOption &o : QList{threads.option()} + walkOptions.options()) {
        if (p.isSet(o) && pos.isEmpty())
            return usage(
                QStringLiteral("--%1 applies to a folder audit only").arg(o.names().first()));
    }

    std::optional<Casting> casting;
    if (p.isSet(lines)) {
        QString why;
        casting = Casting::parse(p.value(lines).trimmed(), &why);
        if (!casting) return usage(QStringLiteral("--lines: %1").arg(why));
    } else if (p.isSet(numberOpt)) {
        const auto n = parseCount(p.value(numberOpt), 1, 64);
        if (!n)
            return usage(QStringLiteral("--number takes a King Wen number from 1 to 64, not '%1'")
                             .arg(p.value(numberOpt)));
        casting = Casting::unchanging(*Hexagram::fromNumber(int(*n)));
    } else {
        if (const QString why = PathArgs::folderProblem(pos.first()); !why.isEmpty())
            return usage(why);
        AuditOptions o;
        o.walk.root = pos.first();
        walkOptions.applyTo(p, o.walk);
        if (QString why; !threads.read(p, o.threads, why)) return usage(why);
        return castFolder(cmd, o, p.isSet(json));
    }
    if (p.isSet(json))
        printOut(QString::fromUtf8(
            QJsonDocument(castingJson(*casting)).toJson(QJsonDocument::Indented)));
    else
        printOut(castingText(*casting));
    return ExitOk;
}

} // namespace wm::cli
