#include "ThreadBudget.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>

namespace wm::ui {

QThreadPool *ThreadBudget::pool()
{
    return QThreadPool::globalInstance();
}

void ThreadBudget::setThreads(int threads)
{
    pool()->setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
}

int ThreadBudget::threads()
{
    return pool()->maxThreadCount();
}

} // namespace wm::ui
