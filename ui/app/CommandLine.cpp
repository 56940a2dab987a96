// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CommandLine.h"

#include "models/AuditColumns.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace wm::ui {

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "WhiteMagic: audit a folder and see where the bulk is."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("DIR"),
                            QCoreApplication::translate("CommandLine", "Folder to audit."),
                            QStringLiteral("[DIR]"));
    const QCommandLineOption bench(
        QStringLiteral("benchmark"),
        QCoreApplication::translate("CommandLine",
                                    "Audit DIR in the window twice (unsorted, then sorted), print "
                                    "the figures as JSON and exit."));
    const QCommandLineOption sort(
        QStringLiteral("sort"),
        QCoreApplication::translate("CommandLine", "Column of the benchmark's sorted pass."),
        QStringLiteral("COLUMN"), QStringLiteral("bytes"));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Save PREFIX-scanning.png and PREFIX-done.png, then exit."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption noIgnore(
        QStringLiteral("no-ignore"),
        QCoreApplication::translate("CommandLine", "Do not honour ignore files (this run only)."));
    const QCommandLineOption hidden(
        QStringLiteral("hidden"),
        QCoreApplication::translate("CommandLine", "Include hidden files (this run only)."));
    const QCommandLineOption benchSearch(
        QStringLiteral("benchmark-search"),
        QCoreApplication::translate("CommandLine",
                                    "With DIR QUERY...: time the Search view (a fresh index of "
                                    "DIR, then 50 typed queries), print JSON and exit."));
    const QCommandLineOption shotSearch(
        QStringLiteral("screenshot-search"),
        QCoreApplication::translate("CommandLine", "With DIR QUERY: save the Search view as "
                                                   "PREFIX-light.png and PREFIX-dark.png."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption shotViews(
        QStringLiteral("screenshot-views"),
        QCoreApplication::translate("CommandLine",
                                    "With a memory folder DIR (changed: give it a copy): save the "
                                    "Near-duplicates and Consolidation views as PREFIX-*.png."),
        QStringLiteral("PREFIX"));
    p.addOptions({bench, sort, shot, noIgnore, hidden, benchSearch, shotSearch, shotViews});
    p.process(app); // --help and --version exit here

    CommandLine c;
    const QStringList pos = p.positionalArguments();
    c.benchmarkSearch = p.isSet(benchSearch);
    c.searchScreenshotPrefix = p.value(shotSearch);
    if (c.benchmarkSearch || !c.searchScreenshotPrefix.isEmpty()) {
        c.folder = pos.value(0);
        c.queries = pos.mid(1);
        if (c.queries.isEmpty())
            c.error = QCoreApplication::translate("CommandLine",
                                                  "--benchmark-search and --screenshot-search "
                                                  "need a folder and at least one query");
        return c;
    }
    if (pos.size() > 1)
        c.error = QCoreApplication::translate("CommandLine", "expected one folder, got %1")
                      .arg(pos.size());
    c.folder = pos.value(0);
    c.benchmark = p.isSet(bench);
    c.sortColumn = p.value(sort);
    c.screenshotPrefix = p.value(shot);
    c.viewsScreenshotPrefix = p.value(shotViews);
    c.noIgnore = p.isSet(noIgnore);
    c.hidden = p.isSet(hidden);
    if ((c.benchmark || !c.screenshotPrefix.isEmpty() || !c.viewsScreenshotPrefix.isEmpty()) &&
        c.folder.isEmpty())
        c.error = QCoreApplication::translate("CommandLine", "--benchmark and --screenshot need "
                                                             "a folder");
    if (c.benchmark && AuditColumns::fromKey(c.sortColumn) < 0)
        c.error = QCoreApplication::translate("CommandLine", "unknown column for --sort: %1")
                      .arg(c.sortColumn);
    return c;
}

} // namespace wm::ui
