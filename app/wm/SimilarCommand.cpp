// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm similar: FILE_A FILE_B prints their similarity scores; DIR finds the
// near-duplicate clusters of a folder (core/similarity).
#include "CliSupport.h"
#include "Commands.h"
#include "WalkCliOptions.h"
#include "concurrency/CancelToken.h"
#include "similarity/FolderSimilarity.h"
#include "similarity/SimilarityJson.h"
#include "similarity/TextSimilarity.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <csignal>
#include <cstdio>

namespace wm::cli {
namespace {

CancelToken g_similarInterrupt;

void onSimilarInterrupt(int)
{
    g_similarInterrupt.cancel();
    std::signal(SIGINT, SIG_DFL);
}

QString score(double v)
{
    return QString::number(v, 'f', 4);
}

struct Parsed
{
    SimilarityOptions similarity;
    QString output;
    bool json = false;
    bool quiet = false;
};

int comparePair(const QString &cmd, const QStringList &files, const Parsed &o)
{
    QString texts[2];
    for (int i = 0; i < 2; ++i) {
        QFile f(files.at(i));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(cmd, QStringLiteral("cannot read %1: %2").arg(files.at(i), f.errorString()));
            return ExitPartial;
        }
        const QByteArray bytes = f.readAll();
        if (f.error() != QFileDevice::NoError) {
            printError(cmd, QStringLiteral("cannot read %1: %2").arg(files.at(i), f.errorString()));
            return ExitPartial;
        }
        texts[i] = QString::fromUtf8(bytes); // invalid UTF-8 becomes U+FFFD
    }
    const SimilarityScores s = TextSimilarity::scores(texts[0], texts[1], o.similarity.shingleSize,
                                                      o.similarity.normalize);
    const bool ok = writeOutput(cmd, o.output, [&](QIODevice &out) {
        if (o.json) {
            out.write(QJsonDocument(SimilarityJson::pair(files.at(0), files.at(1), s, o.similarity))
                          .toJson(QJsonDocument::Indented));
            return;
        }
        out.write(QStringLiteral("word jaccard     %1\n"
                                 "shingle jaccard  %2  (%3-word shingles)\n"
                                 "cosine           %4\n")
                      .arg(score(s.wordJaccard), score(s.shingleJaccard),
                           QString::number(o.similarity.shingleSize), score(s.cosine))
                      .toUtf8());
    });
    return ok ? ExitOk : ExitPartial;
}

QString clustersText(const FolderSimilarityResult &r, const SimilarityOptions &o)
{
    const NearDuplicateStats &s = r.duplicates.stats;
    QString t;
    int n = 0;
    for (const DuplicateCluster &c : r.duplicates.clusters) {
        t += QStringLiteral("Cluster %1: %2 files, scores %3–%4\n")
                 .arg(++n)
                 .arg(c.members.size())
                 .arg(score(c.minScore), score(c.maxScore));
        for (const ScoredPair &p : c.pairs)
            t +=
                QStringLiteral("  %1  %2  %3%4\n")
                    .arg(score(p.score), r.files[size_t(p.a)].relPath, r.files[size_t(p.b)].relPath,
                         p.exact ? QStringLiteral("  (identical)") : QString());
    }
    if (n > 0) t += QLatin1Char('\n');
    t += QStringLiteral("%1 clusters of near-duplicates (%2 >= %3) among %4 files in %5\n")
             .arg(n)
             .arg(SimilarityJson::measureName(o.measure) == QLatin1String("words")
                      ? QStringLiteral("word Jaccard")
                      : QStringLiteral("%1-word shingle Jaccard").arg(o.shingleSize))
             .arg(o.threshold)
             .arg(r.files.size())
             .arg(r.root);
    t += QStringLiteral("  %1 identical copies, %2 candidate pairs (LSH %3 bands x %4 rows), "
                        "%5 verified, %6 rejected; %7 s\n")
             .arg(s.exactDuplicates)
             .arg(s.candidatePairs)
             .arg(s.lsh.bands)
             .arg(s.lsh.rows)
             .arg(s.verifiedPairs)
             .arg(s.rejectedPairs)
             .arg(s.wallMs / 1000, 0, 'f', 2);
    if (s.emptyDocuments > 0)
        t += QStringLiteral("  %1 files without words (matched only when identical)\n")
                 .arg(s.emptyDocuments);
    if (!r.skipped.empty())
        t += QStringLiteral("  %1 files skipped (see standard error)\n").arg(r.skipped.size());
    return t;
}

void showProgress(const SimilarityProgress &p)
{
    static const char *const names[] = {"reading", "signatures", "candidates", "verifying", "done"};
    const QString line = QStringLiteral("\r\x1b[K%1 %2%3")
                             .arg(QLatin1String(names[int(p.phase)]))
                             .arg(p.done)
                             .arg(p.total > 0 ? QStringLiteral("/%1").arg(p.total) : QString());
    std::fputs(line.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

int scanFolder(const QString &cmd, FolderSimilarityOptions fo, const Parsed &o)
{
    fo.similarity = o.similarity;
    NearDuplicates::Callbacks cb;
    const bool progress = !o.quiet && stderrIsTerminal();
    if (progress) cb.onProgress = showProgress;
    std::signal(SIGINT, onSimilarInterrupt);
    const FolderSimilarityResult r = FolderSimilarity::scan(fo, &g_similarInterrupt, cb);
    std::signal(SIGINT, SIG_DFL);
    if (progress) std::fputs("\r\x1b[K", stderr);
    if (!r.fatalError.isEmpty()) {
        printError(cmd, r.fatalError);
        return ExitPartial;
    }
    if (r.cancelled) {
        printError(cmd, QStringLiteral("interrupted: no clusters reported"));
        return ExitPartial;
    }
    qint64 failures = 0;
    for (const WalkEntry &e : r.skipped) {
        // Binary and oversized files are skipped by design, not failures.
        if (!e.error.startsWith(QLatin1String("skipped:"))) ++failures;
        if (!o.quiet) printError(cmd, QStringLiteral("%1: %2").arg(e.relPath, e.error));
    }
    const bool ok = writeOutput(cmd, o.output, [&](QIODevice &out) {
        out.write(o.json ? QJsonDocument(SimilarityJson::folder(r, o.similarity))
                               .toJson(QJsonDocument::Indented)
                         : clustersText(r, o.similarity).toUtf8());
    });
    if (!ok) return ExitPartial;
    return failures > 0 ? ExitPartial : ExitOk;
}

// --threshold, --shingle-size and --measure into `o`; the error, or empty.
QString readScoring(const QCommandLineParser &p, SimilarityOptions &o)
{
    const QString threshold = QStringLiteral("threshold");
    const QString shingle = QStringLiteral("shingle-size");
    const QString measure = QStringLiteral("measure");
    if (p.isSet(threshold)) {
        bool ok = false;
        const double t = p.value(threshold).toDouble(&ok);
        if (!ok || !(t > 0 && t <= 1))
            return QStringLiteral("--threshold takes a number in (0, 1], not '%1'")
                .arg(p.value(threshold));
        o.threshold = t;
    }
    if (p.isSet(shingle)) {
        const auto k = parseCount(p.value(shingle), 1, 16);
        if (!k)
            return QStringLiteral("--shingle-size takes a whole number from 1 to 16, not '%1'")
                .arg(p.value(shingle));
        o.shingleSize = int(*k);
    }
    if (p.isSet(measure)) {
        const QString m = p.value(measure);
        if (m == QLatin1String("words"))
            o.measure = SimilarityMeasure::WordJaccard;
        else if (m != QLatin1String("shingles"))
            return QStringLiteral("--measure takes 'shingles' or 'words', not '%1'").arg(m);
    }
    return {};
}

} // namespace

int runSimilar(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm similar");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Compare two files, or find the near-duplicate files of a folder.\n"
        "FILE_A FILE_B: prints word Jaccard, shingle Jaccard and cosine similarity.\n"
        "DIR: exact duplicates by content hash, then MinHash + LSH candidates, each\n"
        "verified exactly; prints the clusters of files whose score >= the threshold.\n"
        "Texts are compared after Unicode case folding with punctuation removed; two\n"
        "texts without words score 1, one without words scores 0."));
    p.addPositionalArgument(QStringLiteral("FILE_A FILE_B | DIR"),
                            QStringLiteral("Two files to compare, or a folder to scan."));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QStringLiteral("DIR: report pairs scoring at least T, 0 < T <= 1 (default 0.8)."),
        QStringLiteral("T"));
    const QCommandLineOption shingle(QStringLiteral("shingle-size"),
                                     QStringLiteral("Words per shingle, 1 to 16 (default 3)."),
                                     QStringLiteral("K"));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        QStringLiteral("DIR: verify with 'shingles' (default) or 'words' Jaccard."),
        QStringLiteral("M"));
    const QCommandLineOption stopWords(QStringLiteral("stop-words"),
                                       QStringLiteral("Ignore common English stop words."));
    const QCommandLineOption frontMatter(
        QStringLiteral("skip-front-matter"),
        QStringLiteral("DIR: compare only what follows YAML/TOML front matter."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE (whole or not at all)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress and no skipped-file list."));
    const ThreadsCliOption threads(QStringLiteral("DIR: worker threads, or 'auto' (default)."));
    const WalkCliOptions walkOptions;
    p.addOptions({threshold, shingle, measure, stopWords, frontMatter, json, output, quiet,
                  threads.option()});
    walkOptions.addTo(p);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };

    Parsed o;
    o.json = p.isSet(json);
    o.quiet = p.isSet(quiet);
    o.output = p.value(output);
    o.similarity.normalize.dropStopWords = p.isSet(stopWords);
    if (const QString why = readScoring(p, o.similarity); !why.isEmpty()) return usage(why);
    if (QString why; !threads.read(p, o.similarity.threads, why)) return usage(why);

    const QStringList pos = p.positionalArguments();
    if (pos.size() == 2) {
        for (const QString &f : pos)
            if (QFileInfo(f).isDir())
                return usage(QStringLiteral("%1 is a folder: compare two files, or scan one "
                                            "folder")
                                 .arg(f));
        return comparePair(cmd, pos, o);
    }
    if (pos.size() != 1)
        return usage(
            QStringLiteral("expected FILE_A FILE_B or DIR, got %1 arguments").arg(pos.size()));
    if (!QFileInfo(pos.at(0)).isDir())
        return usage(
            QStringLiteral("%1 is not a folder (give two files to compare them)").arg(pos.at(0)));
    FolderSimilarityOptions fo;
    fo.walk.root = pos.at(0);
    walkOptions.applyTo(p, fo.walk);
    fo.skipFrontMatter = p.isSet(frontMatter);
    return scanFolder(cmd, fo, o);
}

} // namespace wm::cli
