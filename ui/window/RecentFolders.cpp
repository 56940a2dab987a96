// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "RecentFolders.h"

#include "settings/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFontMetrics>
#include <QMenu>

namespace wm::ui {

RecentFolders::RecentFolders(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuild();
}

void RecentFolders::setFolders(const QStringList &folders)
{
    m_folders = folders.mid(0, AppSettings::maxRecent);
    rebuild();
}

void RecentFolders::add(const QString &folder)
{
    m_folders.removeAll(folder);
    m_folders.prepend(folder);
    while (m_folders.size() > AppSettings::maxRecent)
        m_folders.removeLast();
    rebuild();
}

void RecentFolders::rebuild()
{
    m_menu->clear();
    const QFontMetrics fm(m_menu->font());
    int n = 0;
    for (const QString &f : std::as_const(m_folders)) {
        const QString shown =
            fm.elidedText(QDir::toNativeSeparators(f), Qt::ElideMiddle, fm.averageCharWidth() * 60);
        // &1..&9, then no mnemonic; '&' in names must not become one.
        QString label = QString(shown).replace(QLatin1Char('&'), QLatin1String("&&"));
        if (++n < 10) label = QStringLiteral("&%1  %2").arg(n).arg(label);
        QAction *a = m_menu->addAction(label);
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { Q_EMIT folderChosen(f); });
    }
    if (m_folders.isEmpty()) {
        m_menu->addAction(tr("No recent folders"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        m_folders.clear();
        rebuild();
    });
}

} // namespace wm::ui
