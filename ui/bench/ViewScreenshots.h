// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "StallMeter.h"

#include <QString>

namespace wm::ui {

class MainWindow;

// `whitemagic --screenshot-views PREFIX MEMDIR`: the Near-duplicates and
// Consolidation views on a memory folder in a 1280×800 window, light and
// dark: PREFIX-near-duplicates[-dark].png (a near pair compared),
// PREFIX-consolidation[-dark].png (the plan, a merge beside its result) and
// PREFIX-consolidation-applied.png (after Apply: the steps and the run in
// the history; the folder is changed, so give it a copy). Prints the
// longest stall of the GUI thread over the run.
class ViewScreenshots
{
public:
    ViewScreenshots(MainWindow &window, QString folder, QString prefix);
    int run();

private:
    bool save(const QString &suffix);
    bool nearDuplicates();
    bool consolidation();
    bool applied();

    MainWindow &m_window;
    QString m_folder;
    QString m_prefix;
    StallMeter m_stalls;
};

} // namespace wm::ui
