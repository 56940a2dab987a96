// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ExtractDestination.h"

#include "SecureTree.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QRandomGenerator>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {

ExtractDestination::~ExtractDestination()
{
    removeStage();
}

// mkdir -p on bytes (QDir::mkpath would re-encode the name through Qt's
// codec and lose bytes that are not UTF-8).
bool ExtractDestination::makePath(const QByteArray &path, QString *why)
{
    struct stat st = {};
    if (::stat(path.constData(), &st) == 0) return true;
    m_created = true;
    for (qsizetype i = 1; i <= path.size(); ++i) {
        if (i < path.size() && path.at(i) != '/') continue;
        const QByteArray prefix = path.left(i);
        if (::mkdir(prefix.constData(), 0777) != 0 && errno != EEXIST) {
            *why = QStringLiteral("cannot create the folder %1: %2")
                       .arg(NativePath::displayBytes(prefix), lastErrnoText());
            return false;
        }
    }
    return true;
}

bool ExtractDestination::open(const QString &path, QString *why)
{
    m_path = NativePath::encode(path.isEmpty() ? QStringLiteral(".") : path);
    const QString shown = NativePath::displayBytes(m_path);
    if (!makePath(m_path, why)) return false;
    m_dest.reset(::open(m_path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!m_dest.valid()) {
        *why = QStringLiteral("cannot open the folder %1: %2").arg(shown, lastErrnoText());
        return false;
    }
    for (int attempt = 0; attempt < 16 && !m_stage.valid(); ++attempt) {
        m_stageName =
            ".wm-extract-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
        if (::mkdirat(m_dest.get(), m_stageName.constData(), 0700) == 0)
            m_stage.reset(::openat(m_dest.get(), m_stageName.constData(),
                                   O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        else if (errno != EEXIST)
            break;
    }
    if (!m_stage.valid()) {
        m_stageName.clear();
        *why =
            QStringLiteral("cannot create a staging folder in %1: %2").arg(shown, lastErrnoText());
        return false;
    }
    return true;
}

void ExtractDestination::removeStage()
{
    if (m_stageName.isEmpty() || !m_dest.valid()) return;
    m_stage.reset();
    SecureTree::removeTree(m_dest.get(), m_stageName);
    m_stageName.clear();
}

void ExtractDestination::removeIfCreated()
{
    removeStage();
    if (m_created) ::rmdir(m_path.constData());
}

} // namespace wm
