// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

// A test's private temporary folder, removed with the test object, and
// fresh subfolders in it: each test case starts from an empty one, whatever
// an earlier case (or an earlier run of the same case) left there.
class ScratchFolder
{
public:
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    // `name` (may contain '/'), emptied and created.
    QString fresh(const QString &name) const
    {
        const QString p = path(name);
        QDir(p).removeRecursively();
        QDir().mkpath(p);
        return p;
    }

private:
    QTemporaryDir m_dir;
};
