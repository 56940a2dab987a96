#pragma once

class QThreadPool;

namespace wm::ui {

// The application's one thread budget: every engine the app starts runs its
// tasks on this pool (AuditOptions::pool and the like), so an audit and an
// index running together share the cores instead of doubling the threads.
// It is Qt's global pool, which QtConcurrent uses too.
class ThreadBudget
{
public:
    [[nodiscard]] static QThreadPool *pool();
    // 0: one thread per core; otherwise N.
    static void setThreads(int threads);
    [[nodiscard]] static int threads();
};

} // namespace wm::ui
