// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "NearDuplicatesView.h"

#include "ClusterTreeModel.h"
#include "SideBySideDiff.h"
#include "SimilarityStatus.h"
#include "SimilarityUiLogging.h"
#include "ViewKeys.h"
#include "window/Icons.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

namespace wm::ui {

NearDuplicatesView::NearDuplicatesView(QWidget *parent)
    : QWidget(parent), m_folder(new QLabel(this)), m_threshold(new QDoubleSpinBox(this)),
      m_bodyOnly(new QCheckBox(this)), m_scan(new QPushButton(this)), m_error(new QLabel(this)),
      m_status(new SimilarityStatus(this)), m_tree(new QTreeView(this)),
      m_model(new ClusterTreeModel(this)), m_diff(new SideBySideDiff(this)),
      m_job(new SimilarityJob(this))
{
    setObjectName(QStringLiteral("nearDuplicatesView"));
    m_rescan.setSingleShot(true);
    m_rescan.setInterval(rescanDelayMs);
    buildLayout();
    connectSignals();
}

NearDuplicatesView::~NearDuplicatesView() = default;

NearDuplicatesView *NearDuplicatesView::install(MainWindow &window)
{
    auto *view = new NearDuplicatesView(&window);
    window.addView(view, Icons::nearDuplicates(), tr("Near-duplicates"));
    connect(&window, &MainWindow::auditStarted, view, [&window, view](const QString &root) {
        view->setRoot(root, window.settings().auditOptions(root).walk);
    });
    if (!window.currentRoot().isEmpty())
        view->setRoot(window.currentRoot(),
                      window.settings().auditOptions(window.currentRoot()).walk);
    return view;
}

void NearDuplicatesView::buildLayout()
{
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setText(tr("Audit a folder to find its near-duplicate files."));
    m_threshold->setRange(0.30, 1.00);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(SimilarityOptions{}.threshold);
    m_threshold->setPrefix(tr("Threshold: "));
    m_threshold->setToolTip(tr("Two files are near-duplicates when the Jaccard similarity of "
                               "their word shingles is at least this"));
    m_threshold->setAccessibleName(tr("Similarity threshold"));
    m_bodyOnly->setText(tr("Ignore front matter"));
    m_bodyOnly->setToolTip(tr("Compare only the text after YAML or TOML front matter"));
    m_scan->setText(tr("Find Again"));
    m_scan->setToolTip(tr("Scan the folder again (F5)"));
    m_error->setObjectName(QStringLiteral("nearDuplicatesError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    updateErrorColor();

    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("clusterTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAccessibleName(tr("Near-duplicate clusters"));
    QHeaderView *h = m_tree->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(ClusterTreeModel::File, QHeaderView::Stretch);
    const int w = fontMetrics().horizontalAdvance(QStringLiteral("0.000 – 0.000")) + 24;
    for (int c : {ClusterTreeModel::Score, ClusterTreeModel::Match, ClusterTreeModel::Size})
        h->resizeSection(c, c == ClusterTreeModel::Match ? w + 24 : w);

    auto *top = new QHBoxLayout;
    top->addWidget(m_folder, 1);
    top->addWidget(m_bodyOnly);
    top->addWidget(m_threshold);
    top->addWidget(m_scan);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    m_diff->clear(tr("Select a file of a cluster to compare it with the first one, or select "
                     "two files to compare them."));
}

void NearDuplicatesView::connectSignals()
{
    new ViewKeys(
        this, [this] { scan(); }, [this] { cancel(); }, [this] { return isScanning(); });
    connect(m_scan, &QPushButton::clicked, this, &NearDuplicatesView::scan);
    connect(m_status, &SimilarityStatus::cancelRequested, this, &NearDuplicatesView::cancel);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] { m_rescan.start(); });
    connect(m_bodyOnly, &QCheckBox::toggled, this, [this] { m_rescan.start(); });
    connect(&m_rescan, &QTimer::timeout, this, [this] {
        if (!m_root.isEmpty() && isVisible()) scan();
    });
    connect(m_job, &SimilarityJob::progress, m_status, &SimilarityStatus::update);
    connect(m_job, &SimilarityJob::scanFinished, this, &NearDuplicatesView::onFinished);
    connect(m_job, &WorkerJob::finished, this, [this] {
        if (std::exchange(m_scanAfterStop, false)) scan();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NearDuplicatesView::onRowsInserted);
    connect(m_model, &ClusterTreeModel::allInserted, this, [this] {
        if (m_result) Q_EMIT scanFinished(m_result);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NearDuplicatesView::onSelectionChanged);
    connect(m_tree, &QTreeView::activated, this, &NearDuplicatesView::openMember);
}

void NearDuplicatesView::setRoot(const QString &folder, const WalkOptions &walk)
{
    const QFileInfo info(folder);
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    m_walk = walk;
    m_walk.root = root;
    if (root == m_root) return;
    m_job->cancel();
    m_root = root;
    m_folder->setText(QDir::toNativeSeparators(root));
    if (isVisible()) scan();
}

void NearDuplicatesView::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

double NearDuplicatesView::threshold() const
{
    return m_threshold->value();
}

QString NearDuplicatesView::settingsKey() const
{
    return m_root + QLatin1Char('\n') + QString::number(threshold()) +
           (m_bodyOnly->isChecked() ? QStringLiteral("\nbody") : QString());
}

void NearDuplicatesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Only when something changed: a scan of a large tree is not free.
    if (!m_root.isEmpty() && !isScanning() && settingsKey() != m_scannedKey) scan();
}

bool NearDuplicatesView::isScanning() const
{
    return m_job->isRunning();
}

void NearDuplicatesView::scan()
{
    m_rescan.stop();
    if (m_root.isEmpty()) return;
    if (!QFileInfo(m_root).isDir()) {
        showError(tr("Not a folder: %1").arg(QDir::toNativeSeparators(m_root)));
        return;
    }
    if (isScanning()) {
        // The running scan ends first; its result is dropped, then this runs.
        m_scanAfterStop = true;
        m_job->cancel();
        return;
    }
    FolderSimilarityOptions o;
    o.walk = m_walk;
    o.similarity.threshold = threshold();
    o.skipFrontMatter = m_bodyOnly->isChecked();
    m_error->hide();
    m_result.reset();
    m_model->clear();
    m_diff->clear();
    m_clock.start();
    m_status->begin();
    m_scannedKey = settingsKey();
    if (!m_job->start(o)) showError(tr("A scan is still stopping; try again in a moment."));
}

void NearDuplicatesView::cancel()
{
    if (!isScanning()) return;
    m_status->cancelling();
    m_scanAfterStop = false;
    m_scannedKey.clear(); // not complete: shown again, it scans again
    m_job->cancel();
}

void NearDuplicatesView::onFinished(const FolderSimilarityResultPtr &result,
                                    const ClusterRowsPtr &rows)
{
    if (m_scanAfterStop) return; // superseded: the next scan follows at once
    m_result = result;
    if (!result->fatalError.isEmpty()) {
        m_scannedKey.clear();
        showError(tr("Cannot scan %1: %2")
                      .arg(QDir::toNativeSeparators(result->root), result->fatalError));
        m_status->finish(tr("Scan failed."));
    } else if (result->cancelled) {
        m_status->finish(tr("Cancelled: the results are incomplete; press F5 to scan again."));
    } else {
        m_status->finish(summaryText(*result));
    }
    if (!result->skipped.empty()) {
        QStringList lines;
        for (size_t i = 0; i < std::min<size_t>(result->skipped.size(), 20); ++i)
            lines << result->skipped[i].relPath + QStringLiteral(": ") + result->skipped[i].error;
        m_status->setToolTip(tr("Not compared:") + QLatin1Char('\n') +
                             lines.join(QLatin1Char('\n')));
    }
    m_model->setRows(rows); // allInserted() then emits scanFinished
}

QString NearDuplicatesView::summaryText(const FolderSimilarityResult &r) const
{
    qint64 inClusters = 0;
    for (const DuplicateCluster &c : r.duplicates.clusters)
        inClusters += qint64(c.members.size());
    const int clusters = int(r.duplicates.clusters.size());
    QString text = tr("%Ln cluster(s)", nullptr, clusters) + QStringLiteral(" · ") +
                   tr("%Ln file(s) in clusters", nullptr, int(inClusters)) + QStringLiteral(" · ") +
                   tr("%Ln file(s) compared", nullptr, int(r.files.size()));
    if (!r.skipped.empty())
        text += QStringLiteral(" · ") + tr("%Ln skipped", nullptr, int(r.skipped.size()));
    text += QStringLiteral(" · ") +
            tr("%1 s").arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 1));
    return text;
}

void NearDuplicatesView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) return;
    // Small results open fully; large ones only their first clusters.
    const bool all = m_model->clusterTotal() <= 500;
    for (int row = first; row <= last && (all || row < 20); ++row)
        m_tree->expand(m_model->index(row, 0));
    if (first == 0 && m_model->rowCount() > 0) {
        const QModelIndex firstCluster = m_model->index(0, 0);
        m_tree->setCurrentIndex(
            m_model->index(std::min(1, m_model->rowCount(firstCluster) - 1), 0, firstCluster));
    }
}

void NearDuplicatesView::onSelectionChanged()
{
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(ClusterTreeModel::File);
    std::sort(rows.begin(), rows.end());
    if (rows.size() >= 2 && m_model->member(rows[0]) && m_model->member(rows[1])) {
        compare(rows[0], rows[1]);
        return;
    }
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid()) return;
    // One member: against the first other member of its cluster; a
    // cluster: its first two members.
    const QModelIndex cluster = m_model->member(current) ? current.parent() : current;
    const QModelIndex a = m_model->index(0, 0, cluster);
    QModelIndex b = m_model->member(current) ? current : m_model->index(1, 0, cluster);
    if (b == a) b = m_model->index(1, 0, cluster);
    compare(a, b);
}

void NearDuplicatesView::compare(const QModelIndex &a, const QModelIndex &b)
{
    const ClusterMember *ma = m_model->member(a);
    const ClusterMember *mb = m_model->member(b);
    if (!ma || !mb) return;
    m_diff->showFiles(ma->relPath, ma->nativePath, mb->relPath, mb->nativePath);
}

void NearDuplicatesView::openMember(const QModelIndex &index)
{
    if (const ClusterMember *m = m_model->member(index))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFile::decodeName(m->nativePath)));
}

void NearDuplicatesView::showError(const QString &text)
{
    qCWarning(lcUiSimilarity) << text;
    m_error->setText(text);
    m_error->show();
}

void NearDuplicatesView::updateErrorColor()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_error->setStyleSheet(dark ? QStringLiteral("color: #ff8080")
                                : QStringLiteral("color: #b02020"));
}

void NearDuplicatesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateErrorColor();
}

} // namespace wm::ui
