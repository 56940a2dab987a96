#pragma once

#include <QCommandLineParser>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace wm::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitPartial = 1,
    ExitUsage = 2
};

// Messages go to stderr, results to stdout or to the -o file.
void printError(const QString &command, const QString &message);
void printOut(const QString &text);
bool stderrIsTerminal();

// Parses `args` (args[0] is "wm SUB"); on --help prints help and returns
// ExitOk in `exitCode`; on error prints it and returns ExitUsage.
bool parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &args,
                 int &exitCode);

// "12", "64K", "10M", "2G" (binary units). Empty optional when malformed.
std::optional<qint64> parseSize(const QString &text);
std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max);

// Writes `produce`'s output atomically to `path` (QSaveFile), or to stdout
// when `path` is empty or "-". Returns false (after printing why) on error.
bool writeOutput(const QString &command, const QString &path,
                 const std::function<void(QIODevice &)> &produce);

} // namespace wm::cli
