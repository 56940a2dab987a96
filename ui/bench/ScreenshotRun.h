// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm::ui {

class MainWindow;

// `whitemagic --screenshot PREFIX DIR`: audits DIR in a 1280×800 window,
// saves PREFIX-scanning.png while rows stream in and PREFIX-done.png once
// the scan has finished (a file selected, so the preview shows), and exits.
class ScreenshotRun
{
public:
    ScreenshotRun(MainWindow &window, QString folder, QString prefix);
    int run();

private:
    bool save(const QString &suffix);

    MainWindow &m_window;
    QString m_folder;
    QString m_prefix;
};

} // namespace wm::ui
