// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/UniqueFd.h"

#include <QString>

namespace wm {

// The store's lock: flock(2) on the memory folder itself, held by apply,
// recovery and restore, so two processes (the CLI and the desktop app)
// never work on one store at once. No lock file: restore leaves no trace,
// and the kernel drops the lock when the process dies, so a kill never
// leaves a stale one.
class StoreLock
{
public:
    // Non-blocking: false with `error` set when another process holds it or
    // the folder cannot be opened.
    bool acquire(const QString &root, QString *error);
    [[nodiscard]] bool held() const { return m_fd.valid(); }

private:
    UniqueFd m_fd;
};

} // namespace wm
