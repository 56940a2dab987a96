// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QString>

namespace wm::ui {

class MainWindow;

// `whitemagic --benchmark DIR`: audits DIR in the real window twice, first
// with the table unsorted, then sorted by a column, and prints one JSON
// object with, per pass: rows, first_row_ms (start to the first row in the
// table's model), total_ms, max_stall_ms and stalls_over_50ms (StallMeter),
// peak_rss_mb (VmHWM, reset between passes).
class GuiBenchmark
{
public:
    GuiBenchmark(MainWindow &window, QString folder, QString sortColumn);
    int run();

private:
    QJsonObject pass(int sortColumn);

    MainWindow &m_window;
    QString m_folder;
    QString m_sortColumn;
};

} // namespace wm::ui
