// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

namespace wm::cli {

// One entry per subcommand: `args` starts with the subcommand's own name.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

int runAudit(const QStringList &args);
int runIndex(const QStringList &args);
int runSearch(const QStringList &args);
int runCompress(const QStringList &args);
int runDecompress(const QStringList &args);
int runArchive(const QStringList &args);
int runHexagram(const QStringList &args);
int runSimilar(const QStringList &args);
int runConsolidate(const QStringList &args);
int runRestore(const QStringList &args);

} // namespace wm::cli
