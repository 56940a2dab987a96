// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ClusterRows.h"
#include "jobs/WorkerJob.h"
#include "similarity/FolderSimilarity.h"
#include "similarity/SimilarityProgress.h"

#include <memory>

namespace wm::ui {

using FolderSimilarityResultPtr = std::shared_ptr<const FolderSimilarityResult>;

// Runs FolderSimilarity::scan for one folder on a worker thread, its tasks
// on the application's pool (ThreadBudget), and brings the engine's
// batched progress and the result back to the GUI thread.
class SimilarityJob : public WorkerJob
{
    Q_OBJECT
public:
    explicit SimilarityJob(QObject *parent = nullptr);
    ~SimilarityJob() override;

    // `options.similarity.pool` is set to the application's pool here.
    bool start(FolderSimilarityOptions options);

Q_SIGNALS:
    void progress(const wm::SimilarityProgress &progress);
    // Also after a cancel (result->cancelled) or a fatal error (fatalError).
    // `rows`: the clusters as the tree shows them, built on the worker.
    void scanFinished(const wm::ui::FolderSimilarityResultPtr &result,
                      const wm::ui::ClusterRowsPtr &rows);
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::SimilarityProgress)
Q_DECLARE_METATYPE(wm::ui::FolderSimilarityResultPtr)
Q_DECLARE_METATYPE(wm::ui::ClusterRowsPtr)
