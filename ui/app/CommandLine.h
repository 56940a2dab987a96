// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace wm::ui {

// `whitemagic [DIR]`, `whitemagic --benchmark DIR [--sort COLUMN]`,
// `whitemagic --screenshot PREFIX DIR`, plus the walk flags `wm audit`
// takes, which override the saved settings for this run only.
struct CommandLine
{
    QString folder;         // audited at start-up; empty: none
    bool benchmark = false; // print JSON figures and exit
    QString sortColumn;     // the benchmark's sorted pass (AuditColumns::key)
    QString screenshotPrefix;
    bool noIgnore = false;
    bool hidden = false;
    // `--benchmark-search DIR QUERY...` / `--screenshot-search PREFIX DIR QUERY`
    bool benchmarkSearch = false;
    QString searchScreenshotPrefix;
    // `--screenshot-views PREFIX MEMDIR`: Near-duplicates and Consolidation
    QString viewsScreenshotPrefix;
    QStringList queries;
    QString error; // set when the arguments are wrong

    [[nodiscard]] static CommandLine parse(const QCoreApplication &app);
};

} // namespace wm::ui
