// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SimilarityJob.h"

#include "SimilarityUiLogging.h"
#include "jobs/ThreadBudget.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace wm::ui {

SimilarityJob::SimilarityJob(QObject *parent) : WorkerJob(parent)
{
    qRegisterMetaType<SimilarityProgress>();
    qRegisterMetaType<FolderSimilarityResultPtr>();
    qRegisterMetaType<ClusterRowsPtr>();
}

SimilarityJob::~SimilarityJob()
{
    cancelAndWait();
}

bool SimilarityJob::start(FolderSimilarityOptions options)
{
    options.similarity.pool = ThreadBudget::pool();
    return WorkerJob::start([this, options](const CancelToken &cancel) {
        // Background work: the GUI thread comes first on a loaded machine.
        if (::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10) != 0)
            qCDebug(lcUiSimilarity) << "cannot lower the scan's priority";
        NearDuplicates::Callbacks cb;
        // The engine reports on this thread, at most every batchIntervalMs.
        cb.onProgress = [this](const SimilarityProgress &p) {
            postToOwner([this, p] { Q_EMIT progress(p); });
        };
        auto result = std::make_shared<const FolderSimilarityResult>(
            FolderSimilarity::scan(options, &cancel, cb));
        qCInfo(lcUiSimilarity) << "near-duplicates of" << options.walk.root << ":"
                               << result->files.size() << "files,"
                               << result->duplicates.clusters.size() << "clusters"
                               << (result->cancelled ? "(cancelled)" : "");
        auto rows = std::make_shared<const ClusterRows>(
            ClusterRows::from(*result, options.similarity.threshold));
        postToOwner([this, result, rows] { Q_EMIT scanFinished(result, rows); });
    });
}

} // namespace wm::ui
