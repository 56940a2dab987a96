#pragma once

#include "walk/WalkOptions.h"

namespace wm {

struct AuditOptions
{
    WalkOptions walk;
    qint64 maxFiles = 0;    // 0: no limit; otherwise the first N paths in sorted order
    qint64 maxFileSize = 0; // 0: no limit; larger files become error rows
    int threads = 0;        // 0: automatic (see AuditEngine::threadsFor)
    int batchSize = 512;    // records per batch handed to the caller at most
    int batchIntervalMs = 100;
};

} // namespace wm
