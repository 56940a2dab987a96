// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm compress / wm decompress: LZ4 frame files, interchangeable with the
// `lz4` tool, many files at once on worker threads.
#include "CliSupport.h"
#include "Commands.h"
#include "HugePageHeap.h"
#include "Lz4CliSupport.h"
#include "WalkCliOptions.h"
#include "compress/Lz4FileCompressor.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm::cli {

namespace {

bool isStd(const QString &path)
{
    return path == QLatin1String("-");
}

// Paths are bytes (io/NativePath.h): QFileInfo would re-encode the name
// through Qt's codec and miss a folder whose name is not UTF-8.
bool isDir(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(NativePath::encode(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The -o folder as a prefix of its outputs' paths: "out" and "out/" both
// give "out/" (as QDir::filePath would join them).
QString folderPrefix(const QString &outOption)
{
    return outOption.endsWith(QLatin1Char('/')) ? outOption : outOption + QLatin1Char('/');
}

// Where each input goes: next to it by default, into -o when that is a
// folder (`outPrefix`, from folderPrefix()), or to -o itself for a single
// input. Planning runs once per input (thousands on a command line) on one
// thread before any worker starts, so it is one string join per input: no
// QDir::filePath (which also takes a base name starting with ':' for a Qt
// resource path and would put that output outside the folder), no QFileInfo.
QString outputFor(const QString &input, const QString &outOption, const QString &outPrefix,
                  bool outIsDir, bool compress)
{
    const auto named = [compress](const QString &in) {
        return compress ? Lz4FileCodec::compressedName(in) : Lz4FileCodec::decompressedName(in);
    };
    if (outOption.isEmpty()) return isStd(input) ? QStringLiteral("-") : named(input);
    if (!outIsDir) return outOption;
    const QString base = named(input.sliced(input.lastIndexOf(QLatin1Char('/')) + 1));
    return base.isEmpty() ? QString() : outPrefix + base;
}

// What identifies an output, so that two inputs never write the same file.
// Outputs in the -o folder all share its prefix and compare as they are;
// elsewhere the same file can be spelled differently ("a/x", "./a/x").
QString outputKey(const QString &output, bool outIsDir)
{
    if (outIsDir || isStd(output)) return output;
    return QFileInfo(output).absoluteFilePath();
}

// Plans every output first: duplicates and unguessable names fail here,
// before any work starts (each said, `failed` set). False when compressed
// data would go to a terminal (a usage error).
bool planJobs(const QString &cmd, const QStringList &inputs, Lz4FileCompressor::Mode mode,
              const QString &outOption, bool outIsDir, bool compress, QList<CompressJob> &jobs,
              bool &failed)
{
    const QString outPrefix = outIsDir ? folderPrefix(outOption) : QString();
    QSet<QString> outputs;
    outputs.reserve(inputs.size());
    jobs.reserve(inputs.size());
    for (const QString &in : inputs) {
        QString out = mode == Lz4FileCompressor::Mode::Test
                          ? QString()
                          : outputFor(in, outOption, outPrefix, outIsDir, compress);
        if (mode != Lz4FileCompressor::Mode::Test) {
            if (out.isEmpty()) {
                printError(
                    cmd, QStringLiteral("%1: cannot guess the output name (no .lz4 suffix); use -o")
                             .arg(NativePath::display(in)));
                failed = true;
                continue;
            }
            const QString key = outputKey(out, outIsDir);
            if (outputs.contains(key)) {
                printError(cmd, QStringLiteral("%1: another input already writes %2")
                                    .arg(NativePath::display(in), NativePath::display(out)));
                failed = true;
                continue;
            }
            outputs.insert(key);
            if (compress && isStd(out) && ::isatty(STDOUT_FILENO)) return false;
        }
        jobs.append({in, out});
    }
    return true;
}

// What the user sees while files are processed: errors, a line per file
// with --verbose, and a progress line on a terminal.
Lz4FileCompressor::Callbacks callbacksFor(const QString &cmd, bool compress, bool showProgress,
                                          bool beVerbose)
{
    Lz4FileCompressor::Callbacks cb;
    cb.onResults = [=](std::span<const CompressJobResult> results) {
        if (showProgress) std::fputs(eraseLine(), stderr);
        for (const CompressJobResult &r : results) {
            if (!r.result.ok) {
                printError(cmd, QStringLiteral("%1: %2").arg(NativePath::display(r.input),
                                                             r.result.error));
            } else if (beVerbose) {
                const qint64 raw = compress ? r.result.bytesIn : r.result.bytesOut;
                const qint64 packed = compress ? r.result.bytesOut : r.result.bytesIn;
                printError(cmd, QStringLiteral("%1: %2 -> %3 (%4%)")
                                    .arg(NativePath::display(r.input), humanBytes(r.result.bytesIn),
                                         humanBytes(r.result.bytesOut))
                                    .arg(raw > 0 ? 100.0 * double(packed) / double(raw) : 100.0, 0,
                                         'f', 2));
            }
        }
    };
    if (showProgress) {
        cb.onProgress = [=](const CompressProgress &pr) {
            std::fprintf(stderr, "%s%s: %lld/%lld files, %s of %s%s", eraseLine(),
                         compress ? "compress" : "decompress", static_cast<long long>(pr.filesDone),
                         static_cast<long long>(pr.filesTotal),
                         qPrintable(humanBytes(pr.bytesDone)),
                         qPrintable(humanBytes(pr.bytesTotal)), pr.finished ? "\n" : "");
            std::fflush(stderr);
        };
    }
    return cb;
}

QString descriptionFor(bool compress)
{
    return compress
               ? QStringLiteral(
                     "Compress files to the LZ4 frame format (what the lz4 tool reads), FILE to\n"
                     "FILE.lz4. The input is kept; an existing output is not replaced without\n"
                     "--force. '-' is standard input or output.")
               : QStringLiteral(
                     "Decompress LZ4 files (frames, concatenated frames, skippable frames and the\n"
                     "legacy format written by lz4 -l), FILE.lz4 to FILE, checking every "
                     "checksum.\n"
                     "Corrupt or truncated input leaves no output behind.");
}

int run(const QStringList &args, bool compress)
{
    const QString cmd = compress ? QStringLiteral("wm compress") : QStringLiteral("wm decompress");
    QCommandLineParser p;
    p.setApplicationDescription(descriptionFor(compress));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("Files to process ('-' for standard input)."),
                            QStringLiteral("FILE..."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Output file, '-' for standard output, or a folder for several files."),
        QStringLiteral("OUT"));
    const QCommandLineOption force({QStringLiteral("f"), QStringLiteral("force")},
                                   QStringLiteral("Replace existing output files."));
    const ThreadsCliOption threads(
        QStringLiteral("Worker threads for several files, or 'auto' (default)."));
    const QCommandLineOption test(
        {QStringLiteral("t"), QStringLiteral("test")},
        QStringLiteral("Only check that the files decompress correctly; write nothing."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress on standard error."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     QStringLiteral("Print a line per file with its sizes."));
    const Lz4CliOptions lz4Options;
    const QCommandLineOption noSync(
        QStringLiteral("no-sync"),
        QStringLiteral("Do not fsync outputs before finishing (faster, not power-cut safe)."));
    p.addOptions({output, force, noSync, threads.option()});
    if (compress)
        lz4Options.addTo(p);
    else
        p.addOption(test);
    p.addOptions({quiet, verbose});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    const auto usage = [&](const QString &msg) {
        printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
        return int(ExitUsage);
    };

    const QStringList inputs = p.positionalArguments();
    if (inputs.isEmpty()) return usage(QStringLiteral("no input files"));
    Lz4FileCompressor::Options o;
    o.mode = compress ? Lz4FileCompressor::Mode::Compress
                      : (p.isSet(test) ? Lz4FileCompressor::Mode::Test
                                       : Lz4FileCompressor::Mode::Decompress);
    o.codec.overwrite = p.isSet(force);
    o.codec.sync = !p.isSet(noSync);
    QString error;
    if (compress && !lz4Options.read(p, o.codec.lz4, error)) return usage(error);
    if (QString why; !threads.read(p, o.threads, why)) return usage(why);
    const QString outOption = p.value(output);
    if (o.mode == Lz4FileCompressor::Mode::Test && p.isSet(output))
        return usage(QStringLiteral("--test writes nothing; drop -o"));
    const bool outIsDir = !outOption.isEmpty() && !isStd(outOption) &&
                          (isDir(outOption) || outOption.endsWith(QLatin1Char('/')));
    if (inputs.size() > 1 && !outOption.isEmpty() && !outIsDir)
        return usage(QStringLiteral("with several files, -o must be an existing folder"));
    if (inputs.size() > 1 && inputs.contains(QStringLiteral("-")))
        return usage(QStringLiteral("'-' (standard input) must be the only file"));
    if (outIsDir && !isDir(outOption))
        return usage(QStringLiteral("no such folder: %1").arg(NativePath::display(outOption)));

    QList<CompressJob> jobs;
    bool failed = false;
    if (!planJobs(cmd, inputs, o.mode, outOption, outIsDir, compress, jobs, failed))
        return usage(
            QStringLiteral("refusing to write compressed data to a terminal; use -o FILE"));

    // Every output in one -o folder: named within it, not through its path
    // each time (see SafeOutputFile::Options::folder).
    UniqueFd folder;
    if (outIsDir)
        folder.reset(
            ::open(NativePath::encode(outOption).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    o.codec.outputFolder = folder.get();
    const Lz4FileCompressor::Callbacks cb =
        callbacksFor(cmd, compress, !p.isSet(quiet) && stderrIsTerminal(), p.isSet(verbose));
    if (jobs.size() > 1) HugePageHeap::shareWithThreads();
    const QList<CompressJobResult> results = Lz4FileCompressor::run(jobs, o, cancelOnSignals(), cb);
    for (const CompressJobResult &r : results)
        failed = failed || !r.result.ok;
    return failed ? ExitPartial : ExitOk;
}

} // namespace

int runCompress(const QStringList &args)
{
    return run(args, true);
}

int runDecompress(const QStringList &args)
{
    return run(args, false);
}

} // namespace wm::cli
