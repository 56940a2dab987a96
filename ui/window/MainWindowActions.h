// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace wm::ui {

// The main window's actions with their shortcuts (the standard keys where
// Qt has them), menus and toolbar. Views that plug into the window add
// their own menus after these.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowActions(QMainWindow *window);

    QAction *open = nullptr;
    QAction *rescan = nullptr;
    QAction *stop = nullptr;
    QAction *exportReport = nullptr;
    QAction *copyReport = nullptr;
    QAction *exportJson = nullptr;
    QAction *exportCsv = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    QAction *focusFilter = nullptr;
    QAction *about = nullptr;
    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;

    // Enables what makes sense while a scan runs or once one has rows.
    void setScanState(bool running, bool hasResult);

private:
    QAction *make(const QIcon &icon, const QString &text, const QKeySequence &key);
    QMainWindow *m_window;
};

} // namespace wm::ui
