// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "RunHistory.h"

#include "ConsolidationJournal.h"
#include "StoreFiles.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cerrno>
#include <dirent.h>

namespace wm {
namespace {

RunInfo readRun(const QString &root, const QString &id)
{
    RunInfo info;
    info.id = id;
    info.started = QDateTime::fromString(id.left(16), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    info.started.setTimeSpec(Qt::UTC);
    ConsolidationJournal journal;
    if (!journal.open(root, id, false)) {
        info.error = journal.errorString();
        info.state = RunInfo::State::Interrupted;
        return info;
    }
    info.state = journal.restoring()             ? RunInfo::State::Restoring
                 : journal.committed()           ? RunInfo::State::Committed
                 : journal.pastPointOfNoReturn() ? RunInfo::State::Unfinished
                                                 : RunInfo::State::Interrupted;
    for (const JournalStep &s : journal.steps()) {
        using K = JournalStep::Kind;
        if (s.kind == K::VerifyArchive && !s.files.empty()) info.archivePath = s.files[0].path;
        if (s.kind == K::CreateNote) info.created += qint64(s.files.size());
        if (s.kind == K::Promote) info.promoted += qint64(s.files.size());
    }
    QByteArray json;
    QString error;
    if (StoreFiles::readFile(NativePath::encode(journal.folder() + QStringLiteral("/plan.json")),
                             &json, &error)) {
        const QJsonObject summary =
            QJsonDocument::fromJson(json).object().value(QStringLiteral("summary")).toObject();
        info.archived = summary.value(QStringLiteral("archive")).toInteger();
        info.merged = summary.value(QStringLiteral("mergedNotes")).toInteger();
    }
    return info;
}

} // namespace

QString runStateName(RunInfo::State state)
{
    switch (state) {
    case RunInfo::State::Committed:
        return QStringLiteral("committed");
    case RunInfo::State::Interrupted:
        return QStringLiteral("interrupted");
    case RunInfo::State::Unfinished:
        return QStringLiteral("unfinished");
    case RunInfo::State::Restoring:
        return QStringLiteral("restoring");
    }
    return {};
}

std::vector<RunInfo> RunHistory::list(const QString &root, QString *error)
{
    std::vector<RunInfo> runs;
    const QByteArray folder = NativePath::encode(ConsolidationJournal::runsFolder(root));
    DIR *dir = ::opendir(folder.constData());
    if (dir == nullptr) {
        if (errno != ENOENT && error != nullptr)
            *error = QStringLiteral("%1: %2").arg(NativePath::displayBytes(folder.toStdString()),
                                                  lastErrnoText());
        return runs;
    }
    QStringList ids;
    while (const dirent *e = ::readdir(dir))
        if (e->d_name[0] != '.') ids << NativePath::decode(e->d_name); // .new-*: incomplete
    ::closedir(dir);
    ids.sort();
    for (const QString &id : ids)
        runs.push_back(readRun(root, id));
    return runs;
}

std::optional<RunInfo> RunHistory::unfinished(const QString &root)
{
    for (const RunInfo &r : list(root))
        if (r.state != RunInfo::State::Committed) return r;
    return std::nullopt;
}

} // namespace wm
