// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm: the WhiteMagic command line. Dispatches to one subcommand.
#include "CliSupport.h"
#include "Commands.h"
#include "PathArgs.h"
#include "ShortProcess.h"
#include "StandardOutput.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <optional>

namespace {

using wm::cli::Command;

const Command kCommands[] = {
    {"audit", "Audit a folder and print a Markdown, JSON or CSV report", &wm::cli::runAudit},
    {"index", "Build or update the full-text search index of a folder", &wm::cli::runIndex},
    {"search", "Search a folder by content: ranked, highlighted results", &wm::cli::runSearch},
    {"compress", "Compress files to LZ4 (lz4-compatible), in parallel", &wm::cli::runCompress},
    {"decompress", "Decompress or test LZ4 files", &wm::cli::runDecompress},
    {"archive", "Create, list, extract or verify .tar.lz4 archives", &wm::cli::runArchive},
    {"similar", "Compare two files, or find a folder's near-duplicate clusters",
     &wm::cli::runSimilar},
    {"consolidate", "Plan or apply the consolidation of a memory folder", &wm::cli::runConsolidate},
    {"restore", "Undo consolidation runs of a memory folder, or list them", &wm::cli::runRestore},
    {"hexagram", "Show an I Ching hexagram, or cast one from a folder's audit",
     &wm::cli::runHexagram},
};

QString usage()
{
    QString s = QStringLiteral("Usage: wm COMMAND [OPTIONS]\n\nWhiteMagic understands a folder in "
                               "seconds.\n\nCommands:\n");
    for (const Command &c : kCommands)
        s += QStringLiteral("  %1  %2\n")
                 .arg(QString::fromLatin1(c.name).leftJustified(12), QLatin1String(c.summary));
    s += QStringLiteral("\nRun 'wm help COMMAND' or 'wm COMMAND --help' for a command's options.\n"
                        "Exit status: 0 success, 1 finished with failures, 2 usage error.\n");
    return s;
}

// "wm search", "wm archive list": how messages name the command.
QString commandName(const QStringList &args)
{
    QString name = QStringLiteral("wm");
    for (int i = 1; i < std::min(int(args.size()), 3); ++i) {
        if (args.at(i).startsWith(QLatin1Char('-'))) break;
        name += QLatin1Char(' ') + args.at(i);
        if (args.at(1) != QLatin1String("archive")) break; // "wm archive list"
    }
    return name;
}

int run(const QStringList &args);

// Commands that need nothing of QCoreApplication (no event loop, no
// translations, no application paths) and run as a ShortProcess.
bool isShortCommand(const char *name)
{
    for (const char *c : {"search", "compress", "decompress"})
        if (std::strcmp(name, c) == 0) return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything opens a file: see StandardOutput.
    wm::cli::StandardOutput::guardStandardDescriptors();
    // A search is a short process whose time goes to start-up and exit
    // (see ShortProcess). So is compressing or decompressing many small
    // files: start-up and exit are serial, the only part of such a run that
    // worker threads cannot share, and what limits its speed-up on two
    // threads. The other commands get the application object.
    const bool shortProcess = argc > 1 && isShortCommand(argv[1]);
    std::optional<QCoreApplication> app;
    if (shortProcess)
        wm::cli::ShortProcess::start();
    else
        app.emplace(argc, argv);
    // Static: a search has no application object.
    QCoreApplication::setApplicationName(QStringLiteral("WhiteMagic"));
    QCoreApplication::setOrganizationName(QStringLiteral("WhiteMagic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WM_VERSION));
    // Not QCoreApplication::arguments(): that loses path bytes that are not UTF-8.
    const QStringList args = wm::cli::PathArgs::fromArgv(argc, argv);
    // Every write to standard output is checked; the last flush and close
    // too, whatever the command.
    const int code = wm::cli::StandardOutput::instance().finish(commandName(args), run(args));
    return shortProcess ? wm::cli::ShortProcess::exit(code) : code;
}

namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name)) return &c;
    return nullptr;
}

// `wm help COMMAND [SUB]` is `wm COMMAND [SUB] --help`.
int help(const QStringList &args)
{
    if (args.size() < 3) {
        wm::cli::printOut(usage());
        return wm::cli::ExitOk;
    }
    const Command *c = findCommand(args.at(2));
    if (c == nullptr) {
        wm::cli::printError(
            QStringLiteral("wm help"),
            QStringLiteral("unknown command '%1'\nRun 'wm --help' for the list.").arg(args.at(2)));
        return wm::cli::ExitUsage;
    }
    QStringList rest = args.mid(2);
    rest[0] = QStringLiteral("wm ") + args.at(2);
    rest << QStringLiteral("--help");
    return c->run(rest);
}

int run(const QStringList &args)
{
    if (args.size() < 2) {
        wm::cli::printError(QStringLiteral("wm"),
                            QStringLiteral("missing command\nRun 'wm --help' for the list."));
        return wm::cli::ExitUsage;
    }
    const QString sub = args.at(1);
    if (sub == QLatin1String("help")) return help(args);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        wm::cli::printOut(usage());
        return wm::cli::ExitOk;
    }
    if (sub == QLatin1String("--version") || sub == QLatin1String("-V")) {
        wm::cli::printOut(QStringLiteral("wm %1\n").arg(QCoreApplication::applicationVersion()));
        return wm::cli::ExitOk;
    }
    if (const Command *c = findCommand(sub)) {
        QStringList rest = args.mid(1);
        rest[0] = QStringLiteral("wm ") + sub;
        return c->run(rest);
    }
    wm::cli::printError(
        QStringLiteral("wm"),
        QStringLiteral("unknown command '%1'\nRun 'wm --help' for the list.").arg(sub));
    return wm::cli::ExitUsage;
}

} // namespace
