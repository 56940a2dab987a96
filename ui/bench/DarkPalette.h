// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QPalette>

namespace wm::ui {

// A dark palette for the screenshot runs (with the Fusion style), so the
// dark look can be checked on any desktop, the offscreen one included.
class DarkPalette
{
public:
    [[nodiscard]] static QPalette make();
    // Switches the application to Fusion with the dark palette.
    static void apply();
};

} // namespace wm::ui
