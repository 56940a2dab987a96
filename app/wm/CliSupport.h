// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

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
// printOut is checked (StandardOutput): false once a write failed; main()
// reports the failure and exits 1.
bool printOut(const QString &text);
bool stderrIsTerminal();
// NO_COLOR (https://no-color.org) is set: no colour and no other escape
// sequences, on any stream.
bool noColor();
// Colour on standard output: a terminal, and NO_COLOR not set.
bool stdoutInColor();
// What starts a progress line on stderr (a terminal): "\r" and erase-line,
// or with NO_COLOR "\r", spaces over the terminal's width, "\r": no escape
// sequence at all.
const char *eraseLine();

// Parses `args` (args[0] is "wm SUB"); on --help prints help and returns
// ExitOk in `exitCode`; on error prints it and returns ExitUsage.
bool parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &args,
                 int &exitCode);

// "12", "64K", "10M", "2G" (binary units). Empty optional when malformed.
std::optional<qint64> parseSize(const QString &text);
std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max);

// Writes `produce`'s output to `path` whole or not at all (SafeOutputFile:
// temporary file, fsync, rename), or to the checked standard output when
// `path` is empty or "-". Returns false after printing the system's message
// when any write, the flush or the rename failed.
bool writeOutput(const QString &command, const QString &path,
                 const std::function<void(QIODevice &)> &produce);
// The same for output produced while the work runs (a streamed report):
// when `produce` returns false (it has said why) FILE is left as it was and
// the result is false.
bool writeOutputUnless(const QString &command, const QString &path,
                       const std::function<bool(QIODevice &)> &produce);

} // namespace wm::cli
