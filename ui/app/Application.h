// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

class QApplication;

namespace wm::ui {

// Sets the application up (names for QSettings, desktop file, icon,
// metatypes), reads the command line and runs the window, the benchmark or
// the screenshot run.
class Application
{
public:
    static void setup(QApplication &app);
    static int run(QApplication &app);
};

} // namespace wm::ui
