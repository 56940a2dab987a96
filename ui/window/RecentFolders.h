// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace wm::ui {

// The "Open Recent" menu: the last folders audited, newest first.
class RecentFolders : public QObject
{
    Q_OBJECT
public:
    RecentFolders(QMenu *menu, QObject *parent = nullptr);

    void setFolders(const QStringList &folders);
    void add(const QString &folder);
    [[nodiscard]] const QStringList &folders() const { return m_folders; }

Q_SIGNALS:
    void folderChosen(const QString &folder);

private:
    void rebuild();

    QMenu *m_menu;
    QStringList m_folders;
};

} // namespace wm::ui
