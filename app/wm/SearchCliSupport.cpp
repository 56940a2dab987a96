// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchCliSupport.h"

#include "CliSupport.h"
#include "PathArgs.h"
#include "search/IndexUpdater.h"

#include <QFileInfo>
#include <cstdio>

namespace wm::cli {

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024) return QStringLiteral("%1 B").arg(bytes);
    if (bytes < (qint64(1) << 20))
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    if (bytes < (qint64(1) << 30))
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(double(bytes) / (1 << 30), 0, 'f', 2);
}

bool resolveTarget(const QString &command, const QString &dir, const QString &db,
                   IndexTarget &target)
{
    if (const QString why = PathArgs::folderProblem(dir); !why.isEmpty()) {
        printError(command, why + QStringLiteral("\nTry '%1 --help'.").arg(command));
        return false;
    }
    // realpath on the bytes: Qt's canonicalFilePath loses names that are not UTF-8.
    target.root = PathArgs::canonicalFolder(dir);
    target.userPath = !db.isEmpty();
    target.dbPath =
        db.isEmpty() ? SearchIndex::defaultPath(target.root) : QFileInfo(db).absoluteFilePath();
    return true;
}

int openIndex(const QString &command, const IndexTarget &target, SearchIndex &index, bool create,
              bool fullCheck, bool quiet, qint64 checkBelowBytes, bool fresh, bool stageNew)
{
    SearchIndex::OpenOptions o;
    o.create = create;
    o.readOnly = !create;
    o.fresh = fresh;
    o.stageNew = stageNew;
    o.userPath = target.userPath;
    o.fullCheck = fullCheck;
    o.fullCheckBelowBytes = checkBelowBytes;
    QString message;
    switch (index.open(target.dbPath, target.root, o, &message)) {
    case SearchIndex::Status::Opened:
    case SearchIndex::Status::Created:
        return ExitOk;
    case SearchIndex::Status::Rebuilt:
        // Always said, even with -q: an index vanished and is being rebuilt.
        (void)quiet;
        printError(command, message);
        return ExitOk;
    case SearchIndex::Status::Missing:
        printError(command,
                   QStringLiteral("%1 has no index yet (looked for %2); run 'wm index %1' first")
                       .arg(target.root, target.dbPath));
        return ExitPartial;
    case SearchIndex::Status::WrongRoot:
        printError(command, message);
        return ExitUsage;
    case SearchIndex::Status::Failed:
        printError(command, message);
        return ExitPartial;
    }
    return ExitPartial;
}

IndexStats updateIndex(const QString &command, SearchIndex &index, const IndexOptions &options,
                       const CancelToken *cancel, bool progress, int delayMs)
{
    IndexUpdater::Progress show;
    bool printed = false;
    if (progress) {
        show = [&printed, delayMs](const IndexStats &s) {
            if (s.elapsedMs < delayMs || (s.finished && !printed && delayMs > 0)) return;
            printed = true;
            if (s.phase == QLatin1String("substring") && !s.finished) {
                std::fprintf(stderr, "%sindex: building the substring index: %lld files",
                             eraseLine(), static_cast<long long>(s.substringDocs));
            } else {
                std::fprintf(stderr,
                             "%sindex: %lld found, %lld read, %s, %lld added, %lld updated, "
                             "%lld removed%s",
                             eraseLine(), static_cast<long long>(s.found),
                             static_cast<long long>(s.read), qPrintable(formatBytes(s.bytesRead)),
                             static_cast<long long>(s.added), static_cast<long long>(s.updated),
                             static_cast<long long>(s.removed), s.finished ? "\n" : "");
            }
            std::fflush(stderr);
        };
    }
    IndexStats stats = IndexUpdater::run(index, options, cancel, show);
    if (stats.damaged) {
        QString message;
        const SearchIndex::Status st = index.rebuild(stats.fatalError, &message);
        printError(command, message);
        if (st != SearchIndex::Status::Rebuilt) return stats;
        stats = IndexUpdater::run(index, options, cancel, show);
    }
    return stats;
}

} // namespace wm::cli
