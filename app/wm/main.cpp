// wm: the WhiteMagic command line. Dispatches to one subcommand.
#include "CliSupport.h"
#include "Commands.h"
#include "PathArgs.h"

#include <QCoreApplication>
#include <iterator>

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
    s += QStringLiteral("\nRun 'wm COMMAND --help' for a command's options.\n"
                        "Exit status: 0 success, 1 finished with failures, 2 usage error.\n");
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("WhiteMagic"));
    QCoreApplication::setOrganizationName(QStringLiteral("WhiteMagic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WM_VERSION));
    // Not QCoreApplication::arguments(): that loses path bytes that are not UTF-8.
    const QStringList args = wm::cli::PathArgs::fromArgv(argc, argv);
    if (args.size() < 2) {
        wm::cli::printError(QStringLiteral("wm"),
                            QStringLiteral("missing command\nRun 'wm --help' for the list."));
        return wm::cli::ExitUsage;
    }
    const QString sub = args.at(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        wm::cli::printOut(usage());
        return wm::cli::ExitOk;
    }
    if (sub == QLatin1String("--version") || sub == QLatin1String("-V")) {
        wm::cli::printOut(QStringLiteral("wm %1\n").arg(QCoreApplication::applicationVersion()));
        return wm::cli::ExitOk;
    }
    for (const Command &c : kCommands) {
        if (sub == QLatin1String(c.name)) {
            QStringList rest = args.mid(1);
            rest[0] = QStringLiteral("wm ") + sub;
            return c.run(rest);
        }
    }
    wm::cli::printError(
        QStringLiteral("wm"),
        QStringLiteral("unknown command '%1'\nRun 'wm --help' for the list.").arg(sub));
    return wm::cli::ExitUsage;
}
