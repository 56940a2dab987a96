// wm archive create|list|extract|verify: .tar.lz4 archives that `tar -I lz4`
// reads and writes, with an optional manifest of SHA-256 sums.
#include "CliSupport.h"
#include "Commands.h"
#include "Lz4CliSupport.h"
#include "StandardOutput.h"
#include "compress/ArchiveExtractor.h"
#include "compress/ArchiveReader.h"
#include "compress/ArchiveVerifier.h"
#include "compress/ArchiveWriter.h"
#include "io/FdSource.h"

#include <QCommandLineParser>
#include <QDateTime>
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
    printError(cmd, QStringLiteral("%1: cannot read: %2").arg(path, in.errorString()));
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
        "SHA-256 of every member is added as the last member, .wm-manifest.json."));
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
    p.addOptions({dir, force, noManifest, noSync});
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
    for (const QString &w : r.warnings)
        printError(cmd, w);
    if (!r.ok) {
        printError(cmd, QStringLiteral("%1: %2; no archive was written").arg(pos[0], r.fatalError));
        return ExitPartial;
    }
    if (showProgress)
        printError(cmd, QStringLiteral("%1: %2 members, %3 -> %4")
                            .arg(pos[0])
                            .arg(r.members)
                            .arg(humanBytes(r.bytesIn), humanBytes(r.bytesOut)));
    return r.warnings.isEmpty() ? ExitOk : ExitPartial;
}

QByteArray longLine(const ArchiveMember &m)
{
    static const char kTypes[] = {'-', 'd', 'l', 'h', '?'};
    QByteArray perms(10, '-');
    perms[0] = kTypes[int(m.type)];
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        if (m.mode & (0400u >> i)) perms[i + 1] = rwx[i];
    const QString when =
        QDateTime::fromSecsSinceEpoch(m.mtime).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QByteArray line = perms + ' ' + QByteArray::number(m.size).rightJustified(12) + ' ' +
                      when.toUtf8() + ' ' + m.name;
    if (m.type == ArchiveMember::Type::Symlink) line += " -> " + m.linkTarget;
    if (m.type == ArchiveMember::Type::Hardlink) line += " link to " + m.linkTarget;
    return line;
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
    FdSource in;
    if (!openArchive(cmd, path, in)) return ExitPartial;
    const bool asLong = p.isSet(lng);
    QString error;
    const bool ok = ArchiveReader::list(
        in, [&](const ArchiveMember &m) { printRaw((asLong ? longLine(m) : m.name) + '\n'); },
        &error);
    StandardOutput::instance().flush(); // a failed write is reported by main()
    if (!ok) {
        printError(cmd, QStringLiteral("%1: %2").arg(path, error));
        return ExitPartial;
    }
    return ExitOk;
}

int runExtract(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive extract");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Extract a .tar.lz4 archive, all or nothing: members are staged and only moved into\n"
        "place once the whole archive (and its manifest, if any) has checked out. Unsafe\n"
        "names (absolute, '..', links leading outside) are refused."));
    p.addPositionalArgument(QStringLiteral("ARCHIVE"),
                            QStringLiteral("The archive ('-' for standard input)."));
    const QCommandLineOption dir({QStringLiteral("C"), QStringLiteral("directory")},
                                 QStringLiteral("Extract into DIR (default: the current folder)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption force({QStringLiteral("f"), QStringLiteral("force")},
                                   QStringLiteral("Replace existing files."));
    p.addOptions({dir, force, kQuiet});
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.positionalArguments().size() != 1)
        return usageError(cmd, QStringLiteral("expected one archive"));
    const QString path = p.positionalArguments().first();
    FdSource in;
    if (!openArchive(cmd, path, in)) return ExitPartial;
    ArchiveExtractor::Options o;
    o.overwrite = p.isSet(force);
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
            printError(cmd, QStringLiteral("%1: %2").arg(path, e));
        printError(cmd, QStringLiteral("%1: nothing was extracted").arg(path));
        return ExitPartial;
    }
    return ExitOk;
}

int runVerify(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive verify");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check a .tar.lz4 archive without extracting it: LZ4 checksums, tar structure, safe\n"
        "member names, and every member against the manifest's size and SHA-256."));
    p.addPositionalArgument(QStringLiteral("ARCHIVE"),
                            QStringLiteral("The archive ('-' for standard input)."));
    p.addOption(kQuiet);
    int code = ExitOk;
    if (!parseOrExit(p, cmd, args, code)) return code;
    if (p.positionalArguments().size() != 1)
        return usageError(cmd, QStringLiteral("expected one archive"));
    const QString path = p.positionalArguments().first();
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
            printError(cmd, QStringLiteral("%1: %2").arg(path, e));
        printOut(QStringLiteral("%1: FAILED (%2 problem(s))\n").arg(path).arg(r.errors.size()));
        return ExitPartial;
    }
    printOut(
        QStringLiteral("%1: OK: %2 members, %3 files, %4; %5\n")
            .arg(path)
            .arg(r.members)
            .arg(r.files)
            .arg(humanBytes(r.bytes),
                 r.hasManifest
                     ? QStringLiteral("all match the manifest (%1 entries)").arg(r.manifestEntries)
                     : QStringLiteral("no manifest (checksums and structure checked)")));
    return ExitOk;
}

} // namespace

int runArchive(const QStringList &args)
{
    const QString cmd = QStringLiteral("wm archive");
    const QString help = QStringLiteral(
        "Usage: wm archive create ARCHIVE PATH... [-C DIR] [--level N] [--force] [--no-manifest]\n"
        "       wm archive list ARCHIVE [--long]\n"
        "       wm archive extract ARCHIVE [-C DIR] [--force]\n"
        "       wm archive verify ARCHIVE\n\n"
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
