// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CliSupport.h"

#include "StandardOutput.h"
#include "io/ByteSinkDevice.h"
#include "io/NativePath.h"
#include "io/SafeOutputFile.h"

#include <QFile>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm::cli {

void printError(const QString &command, const QString &message)
{
    // Paths in messages may carry escaped bytes (io/NativePath.h): show them
    // as U+FFFD rather than let the codec guess.
    const QByteArray line =
        NativePath::display(command + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool printOut(const QString &text)
{
    StandardOutput &out = StandardOutput::instance();
    return out.write(text.toUtf8()) && out.flush();
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool noColor()
{
    // https://no-color.org: set and not empty.
    const char *v = std::getenv("NO_COLOR");
    return v != nullptr && *v != '\0';
}

bool stdoutInColor()
{
    return ::isatty(STDOUT_FILENO) == 1 && !noColor();
}

const char *eraseLine()
{
    static const QByteArray erase = [] {
        if (!noColor()) return QByteArray("\r\033[K");
        winsize ws = {};
        const int columns =
            ::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 ? ws.ws_col : 80;
        // One column short: writing the last column would wrap on some terminals.
        return '\r' + QByteArray(columns - 1, ' ') + '\r';
    }();
    return erase.constData();
}

bool parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &args,
                 int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        printError(command, parser.errorText() + QStringLiteral("\nTry '%1 --help'.").arg(command));
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by argv[0]; show the subcommand.
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: ") + command);
        printOut(text);
        exitCode = ExitOk;
        return false;
    }
    return true;
}

std::optional<qint64> parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    qint64 mult = 1;
    if (t.endsWith(QLatin1Char('B'))) t.chop(1);
    if (t.endsWith(QLatin1Char('K')))
        mult = qint64(1) << 10;
    else if (t.endsWith(QLatin1Char('M')))
        mult = qint64(1) << 20;
    else if (t.endsWith(QLatin1Char('G')))
        mult = qint64(1) << 30;
    if (mult != 1) t.chop(1);
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v < 0 || v > (std::numeric_limits<qint64>::max() / mult)) return std::nullopt;
    return v * mult;
}

std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) return std::nullopt;
    return v;
}

bool writeOutput(const QString &command, const QString &path,
                 const std::function<void(QIODevice &)> &produce)
{
    return writeOutputUnless(command, path, [&](QIODevice &out) {
        produce(out);
        return true;
    });
}

bool writeOutputUnless(const QString &command, const QString &path,
                       const std::function<bool(QIODevice &)> &produce)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        StandardOutput &out = StandardOutput::instance();
        ByteSinkDevice device(out);
        device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        if (!produce(device)) return false;
        if (out.flush()) return true;
        printError(command,
                   QStringLiteral("cannot write standard output: %1").arg(out.errorString()));
        out.markReported();
        return false;
    }
    // Whole or nothing: a hidden temporary file in FILE's folder, fsynced and
    // renamed over FILE only once every byte is written. A failure leaves no
    // partial FILE and an existing FILE untouched. Devices (/dev/null,
    // /dev/full) are written directly, never replaced.
    SafeOutputFile file;
    SafeOutputFile::Options options;
    options.overwrite = true;
    options.sync = true;
    struct stat st = {};
    const QByteArray native = QFile::encodeName(path);
    const bool replacing = ::stat(native.constData(), &st) == 0 && S_ISREG(st.st_mode);
    bool ok = file.open(path, options);
    if (ok) {
        if (replacing) file.setPermissions(st.st_mode); // keep the mode of the file replaced
        ByteSinkDevice device(file);
        device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        if (!produce(device)) {
            file.discard();
            return false;
        }
        ok = !device.failed() && file.commit();
    }
    if (!ok) {
        printError(command, file.errorString());
        file.discard();
    }
    return ok;
}

} // namespace wm::cli
