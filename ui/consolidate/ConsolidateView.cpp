// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidateView.h"

#include "ConsolidateText.h"
#include "ConsolidateToolbar.h"
#include "MergeDiffPanel.h"
#include "PlanTreeModel.h"
#include "RunHistoryPanel.h"
#include "StepProgressPanel.h"
#include "similarity/SimilarityUiLogging.h"
#include "similarity/ViewKeys.h"
#include "window/Icons.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

namespace wm::ui {
namespace {

// A single local folder among the dropped URLs, else empty.
QString droppedFolder(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QString path = mime->urls().first().toLocalFile();
    return !path.isEmpty() && QFileInfo(path).isDir() ? path : QString();
}

} // namespace

ConsolidateView::ConsolidateView(QWidget *parent)
    : QWidget(parent), m_toolbar(new ConsolidateToolbar(this)), m_error(new QLabel(this)),
      m_recover(new QPushButton(this)), m_summary(new QLabel(this)),
      m_progress(new StepProgressPanel(this)), m_tree(new QTreeView(this)),
      m_model(new PlanTreeModel(this)), m_diff(new MergeDiffPanel(this)),
      m_history(new RunHistoryPanel(this)), m_job(new ConsolidateJob(this))
{
    setObjectName(QStringLiteral("consolidateView"));
    setAcceptDrops(true);
    buildLayout();
    connectJob();
}

ConsolidateView::~ConsolidateView() = default;

ConsolidateView *ConsolidateView::install(MainWindow &window)
{
    auto *view = new ConsolidateView(&window);
    window.addView(view, Icons::consolidate(), tr("Consolidation"));
    // An audited folder that is a memory store is offered (not planned: the
    // user starts that).
    connect(&window, &MainWindow::auditStarted, view, [view](const QString &root) {
        if (!view->isBusy() && QFileInfo(root + QStringLiteral("/short_term")).isDir())
            view->toolbar()->setFolder(root);
    });
    return view;
}

void ConsolidateView::buildLayout()
{
    m_error->setObjectName(QStringLiteral("consolidateError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    updateErrorColor();
    m_recover->setText(tr("Recover Interrupted Run"));
    m_recover->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setText(tr("Choose a memory folder, or drop one here, to see what consolidation "
                          "would do. Nothing changes until you apply the plan."));
    m_progress->hide();
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Consolidation plan"));
    QHeaderView *h = m_tree->header();
    // The reason is what a reader scans for: it takes the room left.
    const QFontMetrics fm = fontMetrics();
    h->setStretchLastSection(false);
    h->resizeSection(PlanTreeModel::Item, fm.horizontalAdvance(QStringLiteral(
                                              "short_term/20261130_120000_a-slug-of-a-t")));
    h->resizeSection(PlanTreeModel::Score,
                     fm.horizontalAdvance(QStringLiteral("0.000 – 0.000")) + 16);
    h->setSectionResizeMode(PlanTreeModel::Reason, QHeaderView::Stretch);
    h->resizeSection(PlanTreeModel::Title, fm.horizontalAdvance(QStringLiteral("A title of some")));

    auto *errors = new QHBoxLayout;
    errors->addWidget(m_error, 1);
    errors->addWidget(m_recover);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_tree);
    left->addWidget(m_history);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 500}); // the plan first; the diff beside it
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addLayout(errors);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);

    new ViewKeys(
        this, [this] { plan(); }, [this] { cancel(); },
        [this] { return isBusy() && !m_progress->isPastPointOfNoReturn(); });
}

void ConsolidateView::connectJob()
{
    connect(m_toolbar, &ConsolidateToolbar::planRequested, this,
            [this] { setRoot(m_toolbar->folder()); });
    connect(m_toolbar, &ConsolidateToolbar::applyRequested, this, &ConsolidateView::confirmApply);
    connect(m_history, &RunHistoryPanel::restoreRequested, this, &ConsolidateView::confirmRestore);
    connect(m_progress, &StepProgressPanel::cancelRequested, this, &ConsolidateView::cancel);
    connect(m_recover, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_job->startRecover(m_root);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConsolidateView::onCurrentChanged);
    connect(m_job, &ConsolidateJob::planProgress, this, [this](const PlanProgress &p) {
        m_progress->update(std::min(int(p.phase), 2), p.done, p.total, {}, false);
    });
    connect(m_job, &ConsolidateJob::applyProgress, this, [this](const ConsolidationProgress &p) {
        m_progress->update(std::min(int(p.step), 7), p.done, p.total, p.current,
                           p.pastPointOfNoReturn);
    });
    connect(m_job, &ConsolidateJob::restoreProgress, this, [this](const RestoreProgress &p) {
        m_progress->update(std::min(int(p.step), 3), p.done, p.total, p.current,
                           p.step > RestoreProgress::Step::Checking);
    });
    connect(m_job, &ConsolidateJob::planReady, this, &ConsolidateView::onPlan);
    connect(m_job, &ConsolidateJob::applied, this, &ConsolidateView::onApplied);
    connect(m_job, &ConsolidateJob::restored, this, &ConsolidateView::onRestored);
    connect(m_job, &ConsolidateJob::recovered, this, &ConsolidateView::onRecovered);
    connect(m_job, &ConsolidateJob::historyReady, this,
            [this](const QString &root, const RunList &runs, const QString &error) {
                if (root != m_root) return;
                m_history->setRuns(runs, error);
                Q_EMIT historyShown(int(runs.size()));
            });
    connect(m_job, &WorkerJob::finished, this, [this] {
        setBusy(false);
        // Announced once the job is idle, so a listener may start the next one.
        if (m_announce) std::exchange(m_announce, {})();
    });
}

bool ConsolidateView::isBusy() const
{
    return m_job->isRunning();
}

void ConsolidateView::setBusy(bool busy)
{
    m_toolbar->setBusy(busy);
    m_history->setBusy(busy);
    m_recover->setEnabled(!busy);
    if (!busy)
        m_toolbar->setApplyEnabled(
            m_plan && m_plan->hasChanges() && m_plan->indexProblem.isEmpty() &&
            m_plan->interruptedRun.isEmpty() && m_plan->fatalError.isEmpty());
}

void ConsolidateView::setRoot(const QString &folder)
{
    if (folder.isEmpty()) return;
    const QFileInfo info(folder);
    m_toolbar->setFolder(folder);
    if (!info.isDir()) {
        showError(tr("Not a folder: %1").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_root = QDir::cleanPath(info.absoluteFilePath());
    plan();
}

void ConsolidateView::plan()
{
    if (m_root.isEmpty() || isBusy()) return;
    ConsolidationOptions o = m_toolbar->options();
    o.now = m_now;
    m_error->hide();
    m_recover->hide();
    m_plan.reset();
    m_model->clear();
    m_diff->clear();
    m_progress->begin(ConsolidateText::planSteps(), -1, QString());
    m_summary->setText(tr("Planning…"));
    m_summary->show();
    setBusy(true);
    m_job->startPlan(m_root, o);
}

void ConsolidateView::onPlan(const ConsolidationPlanPtr &plan)
{
    m_announce = [this, plan] { Q_EMIT planShown(plan); };
    m_progress->hide();
    if (plan->cancelled) {
        m_summary->setText(tr("Planning cancelled; press F5 to plan again."));
        return;
    }
    if (!plan->fatalError.isEmpty()) {
        showError(tr("Cannot read the memory folder: %1").arg(plan->fatalError));
        m_summary->clear();
        return;
    }
    m_plan = plan;
    m_model->setPlan(plan);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        // The action groups open; "keep" can be thousands of rows.
        if (group.data(PlanTreeModel::GroupRole).toInt() != int(PlanTree::GroupKind::Keep))
            m_tree->expand(group);
    }
    m_summary->setText(ConsolidateText::planSummary(*plan));
    if (!plan->interruptedRun.isEmpty()) {
        showError(tr("Run %1 was interrupted: recover it (roll it back or finish it) before "
                     "applying a new plan.")
                      .arg(plan->interruptedRun));
        m_recover->show();
    } else if (!plan->indexProblem.isEmpty()) {
        showError(tr("Apply is not possible: %1").arg(plan->indexProblem));
    }
}

void ConsolidateView::confirmApply()
{
    if (!m_plan) return;
    const auto answer = QMessageBox::question(
        this, tr("Apply Consolidation"),
        tr("Archive %Ln note(s), promote %1 and merge %2 into %3 new note(s) in %4?\n\nThe "
           "originals are kept in %5; Restore brings the folder back byte for byte.",
           nullptr, int(m_plan->archivedNotes))
            .arg(m_plan->promotedNotes)
            .arg(m_plan->mergedNotes)
            .arg(m_plan->merges.size())
            .arg(QDir::toNativeSeparators(m_root), m_plan->archivePath));
    if (answer == QMessageBox::Yes) apply();
}

void ConsolidateView::apply()
{
    if (!m_plan || isBusy()) return;
    m_error->hide();
    m_progress->begin(ConsolidateText::applySteps(),
                      int(ConsolidationProgress::Step::PointOfNoReturn),
                      ConsolidateText::applyNotice());
    setBusy(true);
    m_job->startApply(m_plan);
}

void ConsolidateView::onApplied(const ApplyResult &r)
{
    m_progress->finish(ConsolidateText::applied(r), r.ok);
    m_summary->hide(); // it described the plan, which is spent
    if (!r.ok && !r.cancelled) showError(tr("Apply failed: %1").arg(r.error));
    m_plan.reset(); // spent, or stale: F5 plans the folder again
    m_model->clear();
    m_diff->clear();
    m_announce = [this, r] { Q_EMIT applyFinished(r); };
}

void ConsolidateView::confirmRestore(const QString &runId)
{
    const auto answer = QMessageBox::question(
        this, tr("Restore"),
        tr("Bring %1 back to its state before run %2? Later runs are undone too.")
            .arg(QDir::toNativeSeparators(m_root), runId));
    if (answer == QMessageBox::Yes) restoreRun(runId);
}

void ConsolidateView::restoreRun(const QString &runId)
{
    if (m_root.isEmpty() || isBusy()) return;
    m_error->hide();
    m_progress->begin(ConsolidateText::restoreSteps(), 1, ConsolidateText::restoreNotice());
    setBusy(true);
    m_job->startRestore(m_root, runId);
}

void ConsolidateView::onRestored(const RestoreResult &r)
{
    m_progress->finish(ConsolidateText::restored(r), r.ok);
    m_summary->hide();
    if (!r.ok && !r.cancelled) {
        QString text = r.error;
        if (!r.conflicts.isEmpty())
            text += QLatin1Char('\n') + tr("Changed since the run: %1")
                                            .arg(r.conflicts.mid(0, 10).join(QStringLiteral(", ")));
        showError(tr("Restore failed: %1").arg(text));
    }
    m_plan.reset();
    m_model->clear();
    m_diff->clear();
    m_announce = [this, r] { Q_EMIT restoreFinished(r); };
}

void ConsolidateView::onRecovered(const RecoveryResult &r)
{
    if (!r.ok) {
        showError(tr("Recovery failed: %1").arg(r.error));
        return;
    }
    m_recover->hide();
    m_error->hide();
    m_summary->setText(tr("The interrupted run was recovered. Press F5 to plan again."));
}

void ConsolidateView::cancel()
{
    if (!isBusy() || m_progress->isPastPointOfNoReturn()) return;
    m_progress->cancelling();
    m_job->cancel();
}

void ConsolidateView::onCurrentChanged(const QModelIndex &current)
{
    const PlanTree::Node *n = m_model->node(current);
    if (!n || !m_plan) return;
    const int merge = m_model->mergeOf(current);
    if (merge >= 0) {
        const int member = n->kind == PlanTree::Kind::Note ? current.row() : 0;
        m_diff->showMerge(m_plan, merge, member);
    } else if (n->kind == PlanTree::Kind::Digest) {
        m_diff->showDigest(m_plan);
    }
}

void ConsolidateView::showError(const QString &text)
{
    qCWarning(lcUiSimilarity) << text;
    m_error->setText(text);
    m_error->show();
}

void ConsolidateView::updateErrorColor()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_error->setStyleSheet(dark ? QStringLiteral("color: #ff8080")
                                : QStringLiteral("color: #b02020"));
}

void ConsolidateView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateErrorColor();
}

void ConsolidateView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void ConsolidateView::dropEvent(QDropEvent *event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty()) return;
    event->acceptProposedAction();
    setRoot(folder);
}

} // namespace wm::ui
