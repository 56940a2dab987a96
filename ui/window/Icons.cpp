// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Icons.h"

namespace wm::ui {

QIcon Icons::themed(const char *themeName, const char *fallbackFile)
{
    return QIcon::fromTheme(
        QString::fromLatin1(themeName),
        QIcon(QStringLiteral(":/icons/actions/") + QString::fromLatin1(fallbackFile)));
}

QIcon Icons::app()
{
    QIcon icon(QStringLiteral(":/icons/org.whitemagic.WhiteMagic.svg"));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/org.whitemagic.WhiteMagic.png").arg(size),
            QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("org.whitemagic.WhiteMagic"), icon);
}

QIcon Icons::open()
{
    static const QIcon icon = themed("document-open-folder", "document-open-folder.svg");
    return icon;
}

QIcon Icons::rescan()
{
    static const QIcon icon = themed("view-refresh", "view-refresh.svg");
    return icon;
}

QIcon Icons::stop()
{
    static const QIcon icon = themed("process-stop", "process-stop.svg");
    return icon;
}

QIcon Icons::exportReport()
{
    static const QIcon icon = themed("document-export", "document-export.svg");
    return icon;
}

QIcon Icons::copy()
{
    static const QIcon icon = themed("edit-copy", "edit-copy.svg");
    return icon;
}

QIcon Icons::settings()
{
    static const QIcon icon = themed("configure", "configure.svg");
    return icon;
}

QIcon Icons::quit()
{
    static const QIcon icon = themed("application-exit", "application-exit.svg");
    return icon;
}

QIcon Icons::folder()
{
    static const QIcon icon = themed("folder", "folder.svg");
    return icon;
}

QIcon Icons::warning()
{
    static const QIcon icon = themed("dialog-warning", "dialog-warning.svg");
    return icon;
}

QIcon Icons::audit()
{
    static const QIcon icon = themed("view-list-details", "view-list-details.svg");
    return icon;
}

QIcon Icons::recent()
{
    static const QIcon icon = themed("document-open-recent", "document-open-recent.svg");
    return icon;
}

// The Search tab's: without a fallback the tab had no icon wherever the
// desktop has no icon theme (the AppImage on a bare window manager, offscreen).
QIcon Icons::search()
{
    static const QIcon icon = themed("edit-find", "edit-find.svg");
    return icon;
}

// The Near-duplicates and Consolidation tabs', with bundled fallbacks for
// the same reason.
QIcon Icons::nearDuplicates()
{
    static const QIcon icon = themed("edit-copy", "edit-copy.svg");
    return icon;
}

QIcon Icons::consolidate()
{
    static const QIcon icon = themed("archive-insert", "archive-insert.svg");
    return icon;
}

} // namespace wm::ui
