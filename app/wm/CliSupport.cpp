#include "CliSupport.h"

#include "io/NativePath.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <cstdio>
#include <limits>
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

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
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
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) return false;
        produce(out);
        out.flush();
        return true;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        printError(command, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    produce(out);
    if (!out.commit()) {
        printError(command, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

} // namespace wm::cli
