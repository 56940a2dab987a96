// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WalkCliOptions.h"

#include "CliSupport.h"

namespace wm::cli {
namespace {

QString withPrefix(const QString &prefix, const QString &help)
{
    if (prefix.isEmpty()) return help;
    return prefix + help.left(1).toLower() + help.mid(1);
}

} // namespace

WalkCliOptions::WalkCliOptions(Set set, const QString &helpPrefix) : m_set(set)
{
    const auto help = [&](const char *text) {
        return withPrefix(helpPrefix, QString::fromLatin1(text));
    };
    if (set == Set::Full || set == Set::Globs) {
        m_options << QCommandLineOption(QStringLiteral("include"),
                                        help("Only files matching GLOB (repeatable)."),
                                        QStringLiteral("GLOB"))
                  << QCommandLineOption(QStringLiteral("exclude"),
                                        help("Skip files and folders matching GLOB (repeatable)."),
                                        QStringLiteral("GLOB"))
                  << QCommandLineOption(
                         QStringLiteral("ignore-case"),
                         help("Match --include/--exclude globs case-insensitively."));
    }
    if (set == Set::Globs) return;
    m_options << QCommandLineOption(QStringLiteral("hidden"),
                                    help("Include hidden files and folders."))
              << QCommandLineOption(
                     QStringLiteral("no-ignore"),
                     help("Do not honour .gitignore, .ignore and .git/info/exclude."));
    if (set == Set::Full)
        m_options << QCommandLineOption(QStringLiteral("follow-links"),
                                        help("Follow symbolic links (loops are detected)."));
}

void WalkCliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(m_options);
}

void WalkCliOptions::applyTo(const QCommandLineParser &parser, WalkOptions &walk) const
{
    const auto isSet = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    if (m_set == Set::Full || m_set == Set::Globs) {
        walk.includes = parser.values(QStringLiteral("include"));
        walk.excludes = parser.values(QStringLiteral("exclude"));
        walk.caseInsensitiveGlobs = isSet("ignore-case");
    }
    if (m_set == Set::Globs) return;
    if (m_set == Set::Full) walk.followLinks = isSet("follow-links");
    walk.hidden = isSet("hidden");
    walk.noIgnore = isSet("no-ignore");
}

ThreadsCliOption::ThreadsCliOption(const QString &help)
    : m_option(QStringLiteral("threads"), help, QStringLiteral("N"))
{
}

bool ThreadsCliOption::read(const QCommandLineParser &parser, int &threads, QString &error) const
{
    threads = 0;
    if (!parser.isSet(m_option) || parser.value(m_option) == QLatin1String("auto")) return true;
    const auto v = parseCount(parser.value(m_option), 1, 1024);
    if (!v) {
        error = QStringLiteral("--threads takes 'auto' or a number from 1 to 1024, not '%1'")
                    .arg(parser.value(m_option));
        return false;
    }
    threads = int(*v);
    return true;
}

} // namespace wm::cli
