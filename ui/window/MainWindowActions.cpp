// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MainWindowActions.h"

#include "Icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace wm::ui {

MainWindowActions::MainWindowActions(QMainWindow *window) : QObject(window), m_window(window)
{
    open = make(Icons::open(), tr("&Open Folder…"), QKeySequence::Open);
    open->setToolTip(tr("Audit a folder (or drop one on the window)"));
    // Accelerators unique within the File menu (tst_translations checks every
    // language): R is Open Recent's, S is Settings'.
    rescan = make(Icons::rescan(), tr("Resca&n"), QKeySequence::Refresh);
    stop = make(Icons::stop(), tr("S&top"), QKeySequence::Cancel);
    exportReport = make(Icons::exportReport(), tr("&Export Report…"), QKeySequence::Save);
    exportReport->setToolTip(tr("Save the Markdown report, as `wm audit --format md` writes it"));
    copyReport =
        make(Icons::copy(), tr("&Copy Report"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyReport->setToolTip(tr("Copy the Markdown report to the clipboard"));
    exportJson = make(QIcon(), tr("Export &JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    exportCsv = make(QIcon(), tr("Export CS&V…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    settings = make(Icons::settings(), tr("&Settings…"), QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    quit = make(Icons::quit(), tr("&Quit"), QKeySequence::Quit);
    // Some platforms define no standard key for these.
    if (quit->shortcut().isEmpty()) quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    focusFilter = make(QIcon(), tr("&Filter Files"), QKeySequence::Find);
    about = make(Icons::app(), tr("&About WhiteMagic"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);

    fileMenu = window->menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(open);
    recentMenu = fileMenu->addMenu(Icons::recent(), tr("Open &Recent"));
    fileMenu->addAction(rescan);
    fileMenu->addAction(stop);
    fileMenu->addSeparator();
    fileMenu->addAction(exportReport);
    fileMenu->addAction(copyReport);
    fileMenu->addAction(exportJson);
    fileMenu->addAction(exportCsv);
    fileMenu->addSeparator();
    fileMenu->addAction(settings);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    viewMenu = window->menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(focusFilter);
    helpMenu = window->menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(about);

    toolBar = window->addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(open);
    toolBar->addAction(rescan);
    toolBar->addAction(stop);
    toolBar->addSeparator();
    toolBar->addAction(exportReport);
    toolBar->addAction(copyReport);
    toolBar->addSeparator();
    toolBar->addAction(settings);
    setScanState(false, false);
}

QAction *MainWindowActions::make(const QIcon &icon, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(icon, text, m_window); // owned by the window
    if (!key.isEmpty()) a->setShortcut(key);
    m_window->addAction(a); // shortcuts work with the menu bar hidden too
    return a;
}

void MainWindowActions::setScanState(bool running, bool hasResult)
{
    rescan->setEnabled(!running && hasResult);
    stop->setEnabled(running);
    for (QAction *a : {exportReport, copyReport, exportJson, exportCsv})
        a->setEnabled(!running && hasResult);
}

} // namespace wm::ui
