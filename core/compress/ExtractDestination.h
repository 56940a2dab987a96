// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/UniqueFd.h"

#include <QByteArray>
#include <QString>

namespace wm {

// Where an extraction goes: the destination folder (made if missing, as
// the engine's callers may ask; `wm archive extract -C` checks first) and a
// hidden staging folder inside it, `.wm-extract-XXXXXXXX`, that members are
// written to before they are moved into place. Paths are bytes
// (io/NativePath.h): a destination whose name is not UTF-8 works too.
class ExtractDestination
{
public:
    ExtractDestination() = default;
    ~ExtractDestination();
    ExtractDestination(const ExtractDestination &) = delete;
    ExtractDestination &operator=(const ExtractDestination &) = delete;

    // False with `why` set when the folder cannot be made or opened.
    bool open(const QString &path, QString *why);
    [[nodiscard]] int destFd() const { return m_dest.get(); }
    [[nodiscard]] int stageFd() const { return m_stage.get(); }

    // Removes the staging folder and whatever is left in it.
    void removeStage();
    // After a failed extraction: removes the destination if open() made it
    // (and it is empty again), so a failure leaves no trace.
    void removeIfCreated();

private:
    bool makePath(const QByteArray &path, QString *why);

    UniqueFd m_dest;
    UniqueFd m_stage;
    QByteArray m_stageName;
    QByteArray m_path;
    bool m_created = false;
};

} // namespace wm
