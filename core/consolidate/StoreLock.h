#pragma once

#include "io/UniqueFd.h"

#include <QString>

namespace wm {

// The store's lock: flock(2) on <store>/.wm-consolidate/lock, held by apply,
// recovery and restore, so two processes (the CLI and the desktop app) never
// work on one store at once. Released when the object goes away or the
// process dies (the kernel drops it), so a kill never leaves a stale lock.
class StoreLock
{
public:
    // Non-blocking: false with `error` set when another process holds it or
    // the state folder cannot be created.
    bool acquire(const QString &root, QString *error);
    [[nodiscard]] bool held() const { return m_fd.valid(); }

private:
    UniqueFd m_fd;
};

} // namespace wm
