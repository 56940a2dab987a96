// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QIcon>

namespace wm::ui {

// Icons from the desktop's theme (Breeze, Adwaita...), with the bundled
// SVGs in resources/icons/actions as the fallback where there is no theme.
class Icons
{
public:
    [[nodiscard]] static QIcon themed(const char *themeName, const char *fallbackFile);
    [[nodiscard]] static QIcon app();
    [[nodiscard]] static QIcon open();
    [[nodiscard]] static QIcon rescan();
    [[nodiscard]] static QIcon stop();
    [[nodiscard]] static QIcon exportReport();
    [[nodiscard]] static QIcon copy();
    [[nodiscard]] static QIcon settings();
    [[nodiscard]] static QIcon quit();
    [[nodiscard]] static QIcon folder();
    [[nodiscard]] static QIcon warning();
    [[nodiscard]] static QIcon audit();
    [[nodiscard]] static QIcon recent();
    [[nodiscard]] static QIcon search();
    [[nodiscard]] static QIcon nearDuplicates();
    [[nodiscard]] static QIcon consolidate();
};

} // namespace wm::ui
