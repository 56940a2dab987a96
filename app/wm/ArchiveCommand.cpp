// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm archive create|list|extract|verify: .tar.lz4 archives that `tar -I lz4`
// reads and writes, with an optional manifest of SHA-256 sums.
#include "ArchiveListing.h"
#include "CliSupport.h"
#include "Commands.h"
#include "Lz4CliSupport.h"
#include "StandardOutput.h"
#include "WalkCliOptions.h"
#include "compress/ArchiveExtractor.h"
#include "compress/ArchiveReader.h"
#include "compress/ArchiveVerifier.h"
#include "compress/ArchiveWriter.h"
#include "io/ErrnoText.h"
#include "io/FdSource.h"
#include "io/NativePath.h"
#include "walk/GlobFilter.h"

#include <QCommandLineParser>
#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace wm::cli {

namespace {

const QCommandLineOption kQuiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                QStringLiteral("No progress on standard error."));

int usageError(const QString &cmd, const QString &msg)
{
    printError(cmd, msg + QStringLiteral("\nTry '%1 --help'.").arg(cmd));
    return ExitUsage;
}

bool openArchive(const QString &cmd, const QString &path, FdSource &in)
{
    if (in.open(path)) return true;
    printError(
        cmd,
        QStringLiteral("%1: cannot read: %2").arg(NativePath::display(path), in.errorString()));
    return false;
}

void progressLine(const char *what, qint64 members, qint64 bytes)
{
    std::fprintf(stderr, "%s%s: %lld members, %s", eraseLine(), what,
                 static_cast<long long>(members), qPrintable(humanBytes(bytes)));
    std::fflush(stderr);
}

int runCreate(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive create");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Create a .tar.lz4 archive (POSIX tar in one LZ4 frame; tar -I lz4 -xf extracts it) from\n"
        "files and folders. Symbolic links are stored as links. A manifest with the size and\n"
        "SHA-256 of every member is added as the last member, .whitemagic-archive-manifest.json\n"
        "(tar -x extracts it too; tar's --exclude=.whitemagic-archive-manifest.json leaves it\n"
        "out; wm never writes it to disk)."));
    p.addPositionalArgument(QStringLiteral("ARCHIVE"),
                            QStringLiteral("The archive to write ('-' for standard output)."));
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files and folders to archive."),
                            QStringLiteral("PATH..."));
    const QCommandLineOption dir({QStringLiteral("C"), QStringLiteral("directory")},
                                 QStringLiteral("Take PATHs relative to DIR (as tar -C)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption force({QStringLiteral("f"), QStringLiteral("force")},
                                   QStringLiteral("Replace an existing archive."));
    const QCommandLineOption noManifest(QStringLiteral("no-manifest"),
                                        QStringLiteral("Do not add the manifest."));
    const QCommandLineOption noSync(QStringLiteral("no-sync"),
                                    QStringLiteral("Do not fsync the archive before finishing."));
    const Lz4CliOptions lz4Options;
    const WalkCliOptions globs(WalkCliOptions::Set::Globs);
    p.addOptions({dir, force, noManifest, noSync});
    globs.addTo(p);
    lz4Options.addTo(p);
    p.addOption(kQuiet);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usageError(cmd, QStringLiteral("expected an archive name and at least one path"));
    ArchiveWriter::Options o;
    QString error;
    if (!lz4Options.read(p, o.lz4, error)) return usageError(cmd, error);
    o.manifest = !p.isSet(noManifest);
    o.overwrite = p.isSet(force);
    o.sync = !p.isSet(noSync);
    WalkOptions walk;
    globs.applyTo(p, walk);
    if (!walk.includes.isEmpty() || !walk.excludes.isEmpty()) {
        // The same globs as wm audit and wm index (walk/GlobFilter.h).
        const GlobFilter filter(walk.includes, walk.excludes, walk.caseInsensitiveGlobs);
        o.accept = [filter](const QByteArray &member, bool isDir) {
            const std::string_view rel(member.constData(), size_t(member.size()));
            return isDir ? filter.acceptsDirectory(rel) : filter.acceptsFile(rel);
        };
    }
    if (pos[0] == QLatin1String("-") && ::isatty(STDOUT_FILENO))
        return usageError(cmd, QStringLiteral("refusing to write an archive to a terminal"));
    const bool showProgress = !p.isSet(kQuiet) && stderrIsTerminal();
    std::function<void(const ArchiveWriter::Progress &)> onProgress;
    if (showProgress)
        onProgress = [](const ArchiveWriter::Progress &pr) {
            progressLine("create", pr.members, pr.bytesIn);
        };
    const ArchiveWriter::Result r =
        ArchiveWriter::create(pos[0], p.value(dir), pos.mid(1), o, cancelOnSignals(), onProgress);
    if (showProgress) std::fputs(eraseLine(), stderr);
    for (const QString &note : r.notes)
        printError(cmd, note);
    if (r.excluded > 0)
        printError(cmd,
                   QStringLiteral("%1 entries left out by --include/--exclude").arg(r.excluded));
    for (const QString &w : r.warnings)
        printError(cmd, w);
    if (!r.ok) {
        printError(cmd, QStringLiteral("%1: %2; no archive was written")
                            .arg(NativePath::display(pos[0]), r.fatalError));
        return ExitPartial;
    }
    if (showProgress)
        printError(cmd, QStringLiteral("%1: %2 members, %3 -> %4")
                            .arg(NativePath::display(pos[0]))
                            .arg(r.members)
                            .arg(humanBytes(r.bytesIn), humanBytes(r.bytesOut)));
    return r.warnings.isEmpty() ? ExitOk : ExitPartial;
}

int runList(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive list");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "List the members of a .tar.lz4 archive, one per line (the manifest is not listed).\n"
        "The whole archive is read, so its checksums are checked too."));
    p.addPositionalArgument(QStringLiteral("ARCHIVE"),
                            QStringLiteral("The archive ('-' for standard input)."));
    const QCommandLineOption lng({QStringLiteral("l"), QStringLiteral("long")},
                                 QStringLiteral("Show type, permissions, size and time too."));
    p.addOption(lng);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.positionalArguments().size() != 1)
        return usageError(cmd, QStringLiteral("expected one archive"));
    const QString path = p.positionalArguments().first();
    const QString shown = NativePath::display(path);
    FdSource in;
    if (!openArchive(cmd, path, in)) return ExitPartial;
    const bool asLong = p.isSet(lng);
    QString error;
    const bool ok = ArchiveReader::list(
        in,
        [&](const ArchiveMember &m) {
            printRaw((asLong ? ArchiveListing::longLine(m) : ArchiveListing::escapedName(m.name)) +
                     '\n');
        },
        &error);
    StandardOutput::instance().flush(); // a failed write is reported by main()
    if (!ok) {
        printError(cmd, QStringLiteral("%1: %2").arg(shown, error));
        return ExitPartial;
    }
    return ExitOk;
}

int runExtract(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive extract");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Extract a .tar.lz4 archive, all or nothing: members are staged, synced to disk and only\n"
        "moved into place once the whole archive (and its manifest, if any) has checked out.\n"
        "Unsafe names (absolute, '..') are refused. Symbolic links pointing outside DIR are\n"
        "skipped and named (exit status 1) unless --trust-links is given."));
    p.addPositionalArgument(QStringLiteral("ARCHIVE"),
                            QStringLiteral("The archive ('-' for standard input)."));
    const QCommandLineOption dir({QStringLiteral("C"), QStringLiteral("directory")},
                                 QStringLiteral("Extract into DIR (default: the current folder)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption force({QStringLiteral("f"), QStringLiteral("force")},
                                   QStringLiteral("Replace existing files."));
    const QCommandLineOption trustLinks(
        QStringLiteral("trust-links"),
        QStringLiteral("Restore symbolic links that point outside DIR (absolute or through "
                       "'..') as they are, as tar does. Only for archives you trust."));
    const QCommandLineOption noSync(
        QStringLiteral("no-sync"),
        QStringLiteral("Do not fsync extracted files and folders (faster, not power-cut safe)."));
    p.addOptions({dir, force, trustLinks, noSync, kQuiet});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.positionalArguments().size() != 1)
        return usageError(cmd, QStringLiteral("expected one archive"));
    const QString path = p.positionalArguments().first();
    const QString shown = NativePath::display(path);
    if (p.isSet(dir)) {
        // As tar -C: the folder must exist; a typo must not make a new tree.
        struct stat st
        {
        };
        const QString target = p.value(dir);
        const bool found = ::stat(NativePath::encode(target).constData(), &st) == 0;
        if (!found || !S_ISDIR(st.st_mode)) {
            const QString why = found ? QStringLiteral("not a folder") : errnoText(errno);
            printError(cmd, QStringLiteral("%1: cannot extract into it: %2")
                                .arg(NativePath::display(target), why));
            return ExitUsage;
        }
    }
    FdSource in;
    if (!openArchive(cmd, path, in)) return ExitPartial;
    ArchiveExtractor::Options o;
    o.overwrite = p.isSet(force);
    o.trustLinks = p.isSet(trustLinks);
    o.sync = !p.isSet(noSync);
    const bool showProgress = !p.isSet(kQuiet) && stderrIsTerminal();
    std::function<void(const ArchiveExtractor::Progress &)> onProgress;
    if (showProgress)
        onProgress = [](const ArchiveExtractor::Progress &pr) {
            progressLine("extract", pr.members, pr.bytesOut);
        };
    const ArchiveExtractor::Result r =
        ArchiveExtractor::extract(in, p.value(dir), o, cancelOnSignals(), onProgress);
    if (showProgress) std::fputs(eraseLine(), stderr);
    if (!r.ok) {
        for (const QString &e : r.errors)
            printError(cmd, QStringLiteral("%1: %2").arg(shown, e));
        printError(cmd, QStringLiteral("%1: nothing was extracted").arg(shown));
        return ExitPartial;
    }
    for (const QString &link : r.skippedLinks)
        printError(cmd, QStringLiteral("%1: skipped symbolic link %2: it points outside the "
                                       "destination (--trust-links restores it)")
                            .arg(shown, link));
    return r.skippedLinks.isEmpty() ? ExitOk : ExitPartial;
}

int runVerify(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive verify");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check a .tar.lz4 archive without extracting it: LZ4 checksums, tar structure, safe\n"
        "member names, and every member against the manifest's size and SHA-256. Says whether\n"
        "the archive is covered by a manifest; members stored after it are errors."));
    p.addPositionalArgument(QStringLiteral("ARCHIVE"),
                            QStringLiteral("The archive ('-' for standard input)."));
    const QCommandLineOption requireManifest(
        QStringLiteral("require-manifest"),
        QStringLiteral("Fail when the archive has no manifest (its contents then cannot be "
                       "checked against anything)."));
    p.addOptions({requireManifest, kQuiet});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.positionalArguments().size() != 1)
        return usageError(cmd, QStringLiteral("expected one archive"));
    const QString path = p.positionalArguments().first();
    const QString shown = NativePath::display(path);
    FdSource in;
    if (!openArchive(cmd, path, in)) return ExitPartial;
    const bool showProgress = !p.isSet(kQuiet) && stderrIsTerminal();
    std::function<void(qint64)> onProgress;
    if (showProgress)
        onProgress = [](qint64 bytes) {
            std::fprintf(stderr, "%sverify: %s read", eraseLine(), qPrintable(humanBytes(bytes)));
            std::fflush(stderr);
        };
    const ArchiveVerifier::Result r = ArchiveVerifier::verify(in, cancelOnSignals(), onProgress);
    if (showProgress) std::fputs(eraseLine(), stderr);
    if (!r.ok) {
        for (const QString &e : r.errors)
            printError(cmd, QStringLiteral("%1: %2").arg(shown, e));
        printOut(QStringLiteral("%1: FAILED (%2 problem(s))\n").arg(shown).arg(r.errors.size()));
        return ExitPartial;
    }
    for (const QString &link : r.outsideLinks)
        printError(cmd, QStringLiteral("%1: symbolic link %2 points outside; extraction skips it "
                                       "unless --trust-links")
                            .arg(shown, link));
    const QString summary = QStringLiteral("%1 members, %2 files, %3")
                                .arg(r.members)
                                .arg(r.files)
                                .arg(humanBytes(r.bytes));
    if (!r.hasManifest) {
        // Said plainly: without a manifest, a changed or added member that
        // keeps the LZ4 and tar checksums right goes unnoticed.
        const bool fail = p.isSet(requireManifest);
        printOut(QStringLiteral("%1: %2: %3; NOT covered by a manifest: only the LZ4 checksums "
                                "and the tar structure were checked\n")
                     .arg(shown, fail ? QStringLiteral("FAILED") : QStringLiteral("OK"), summary));
        return fail ? ExitPartial : ExitOk;
    }
    printOut(QStringLiteral("%1: OK: %2; covered by the manifest: all match the manifest (%3 "
                            "entries)\n")
                 .arg(shown, summary)
                 .arg(r.manifestEntries));
    return ExitOk;
}

} // namespace

int runArchive(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive");
    const QString help = QStringLiteral(
        "Usage: wm archive create ARCHIVE PATH... [-C DIR] [--level N] [--force] [--no-manifest]\n"
        "       wm archive list ARCHIVE [--long]\n"
        "       wm archive extract ARCHIVE [-C DIR] [--force] [--trust-links] [--no-sync]\n"
        "       wm archive verify ARCHIVE [--require-manifest]\n\n"
        ".tar.lz4 archives, interchangeable with tar -I lz4. Run 'wm archive SUBCOMMAND "
        "--help'.\n");
    if (args.size() < 2) {
        printError(cmd, QStringLiteral("missing subcommand\n") + help);
        return ExitUsage;
    }
    const QString sub = args.at(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        printOut(help);
        return ExitOk;
    }
    QStringList rest = args.mid(1);
    rest[0] = cmd + QLatin1Char(' ') + sub;
    if (sub == QLatin1String("create")) return runCreate(rest);
    if (sub == QLatin1String("list")) return runList(rest);
    if (sub == QLatin1String("extract")) return runExtract(rest);
    if (sub == QLatin1String("verify")) return runVerify(rest);
    printError(cmd, QStringLiteral("unknown subcommand '%1'\n").arg(sub) + help);
    return ExitUsage;
}

} // namespace wm::cli
