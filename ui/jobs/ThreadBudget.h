// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

class QThreadPool;

namespace wm::ui {

// The application's one thread budget: every engine the app starts runs its
// tasks on this pool (AuditOptions::pool and the like), and so do the
// models' background sorts, so an audit and an index running together
// share the cores instead of doubling the threads.
//
// Not Qt's global pool: Qt's raster paint engine and image conversions
// split work over the global pool and wait for it on the GUI thread, so an
// engine filling that pool froze painting for the whole scan (measured: one
// 9 s stall on the kernel tree).
class ThreadBudget
{
public:
    [[nodiscard]] static QThreadPool *pool();
    // 0: one thread per core; otherwise N.
    static void setThreads(int threads);
    [[nodiscard]] static int threads();
};

} // namespace wm::ui
