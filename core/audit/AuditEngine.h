// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AuditOptions.h"
#include "AuditProgress.h"
#include "AuditResult.h"

#include <functional>
#include <span>

namespace wm {

class CancelToken;

// Audits a folder: the walker lists it on a thread pool while the same pool
// analyses the files it finds. Batches of records and progress reach the
// caller on the caller's own thread, at most every `batchIntervalMs` or
// `batchSize` records, never per file, so a GUI model can insert them in
// one go. No event loop is needed.
class AuditEngine
{
public:
    struct Callbacks
    {
        std::function<void(std::span<const FileRecord>)> onBatch;
        std::function<void(const AuditProgress &)> onProgress;
    };

    [[nodiscard]] static AuditResult run(const AuditOptions &options,
                                         const CancelToken *cancel = nullptr,
                                         const Callbacks &callbacks = {});

    // Thread count for `requested` (0 means automatic).
    [[nodiscard]] static int threadsFor(int requested);
};

} // namespace wm
