// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "JournalStep.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace wm {

class ArchiveReader;
struct ArchiveMember;

// Writes notes back from a run's .tar.lz4: each wanted member goes to a
// temporary file (hashed on the way, its mode and modification time set)
// and is checked against the SHA-256 the run recorded; once the archive's
// LZ4 checksums are verified to its end, the copies are made durable with
// one syncfs and renamed to their paths without replacing anything.
class OriginalsExtractor
{
public:
    OriginalsExtractor(const QString &root, const QByteArray &tmpFolder);

    void setProgress(std::function<void(qint64 done, qint64 total, const QString &current)> cb)
    {
        m_onProgress = std::move(cb);
    }

    // `wanted`: member name (the path's bytes) -> the note to write back.
    bool extract(const QString &archiveRel, QHash<QByteArray, StepFile> wanted);

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 written() const { return m_written; }
    [[nodiscard]] QStringList folders() const { return m_folders; } // where notes came back

private:
    bool writeMember(ArchiveReader &reader, const ArchiveMember &m, const StepFile &f);
    bool fail(const QString &message);

    QString m_root;
    QByteArray m_tmp;
    std::function<void(qint64, qint64, const QString &)> m_onProgress;
    QString m_error;
    qint64 m_written = 0;
    std::vector<std::pair<QByteArray, QString>> m_pending; // checked copies: tmp, path
    QStringList m_folders;
};

} // namespace wm
