// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditView.h"

#include "ElideMiddleDelegate.h"
#include "ErrorsPanel.h"
#include "FilePreview.h"
#include "FolderTreeView.h"
#include "TotalsStrip.h"
#include "UiLogging.h"
#include "models/AuditColumns.h"
#include "models/AuditProxyModel.h"
#include "models/AuditTableModel.h"
#include "models/ErrorListModel.h"
#include "models/FolderTreeModel.h"
#include "window/Icons.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wm::ui {

AuditView::AuditView(QWidget *parent)
    : QWidget(parent), m_table(new AuditTableModel(this)), m_proxy(new AuditProxyModel(this)),
      m_folders(new FolderTreeModel(this)), m_errors(new ErrorListModel(this)),
      m_filter(new QLineEdit(this)), m_tableView(new QTableView(this)),
      m_totals(new TotalsStrip(this)), m_folderView(new FolderTreeView(m_folders, this)),
      m_preview(new FilePreview(this)), m_errorsPanel(new ErrorsPanel(m_errors, this)),
      m_detailTabs(new QTabWidget(this)), m_hsplit(new QSplitter(Qt::Horizontal, this)),
      m_vsplit(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setAuditSource(m_table);
    m_filter->setPlaceholderText(tr("Filter by path or language…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAcceptDrops(false); // a dropped folder goes to the window
    setupTable();

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_tableView, 1);
    tableLayout->addWidget(m_totals);

    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_preview, tr("Preview"));
    m_errorsTab = m_detailTabs->addTab(m_errorsPanel, Icons::warning(), QString());
    updateErrorsTab(0);

    m_vsplit->addWidget(tablePane);
    m_vsplit->addWidget(m_detailTabs);
    m_vsplit->setStretchFactor(0, 3);
    m_vsplit->setStretchFactor(1, 1);
    m_vsplit->setSizes({520, 170});
    m_hsplit->addWidget(m_folderView);
    m_hsplit->addWidget(m_vsplit);
    m_hsplit->setStretchFactor(0, 0);
    m_hsplit->setStretchFactor(1, 1);
    m_hsplit->setSizes({470, 810});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hsplit);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AuditProxyModel::setTextFilter);
    connect(m_folderView, &FolderTreeView::folderSelected, m_proxy,
            &AuditProxyModel::setFolderFilter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditView::updateTotals);
    connect(m_errors, &ErrorListModel::countChanged, this, &AuditView::updateErrorsTab);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::onCurrentRowChanged);
}

void AuditView::setupTable()
{
    QTableView *t = m_tableView;
    t->setModel(m_proxy);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setAcceptDrops(false);
    t->setTextElideMode(Qt::ElideRight);
    t->setItemDelegateForColumn(AuditColumns::Path, new ElideMiddleDelegate(t));
    t->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform rows: the view never measures 100,000 rows.
    QHeaderView *v = t->verticalHeader();
    v->hide();
    v->setSectionResizeMode(QHeaderView::Fixed);
    v->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *h = t->horizontalHeader();
    h->setHighlightSections(false);
    h->setSortIndicator(-1, Qt::AscendingOrder);
    h->setSectionsMovable(true);
    h->setStretchLastSection(true);
    // Wide enough for typical figures; the header stays resizable.
    const int digit = fontMetrics().horizontalAdvance(QLatin1String("000,000")) + 14;
    const int wide = fontMetrics().horizontalAdvance(QLatin1String("00,000,000")) + 14;
    h->resizeSection(AuditColumns::Path, 280);
    h->resizeSection(AuditColumns::Language, 90);
    for (int c = AuditColumns::Bytes; c <= AuditColumns::Tokens; ++c)
        h->resizeSection(
            c, std::max(c == AuditColumns::Bytes || c == AuditColumns::Tokens ? wide : digit,
                        fontMetrics().horizontalAdvance(AuditColumns::title(c)) + 28));
    t->setSortingEnabled(true);
}

void AuditView::begin(const QString &root)
{
    m_filter->clear();
    m_proxy->setFolderFilter(QString());
    m_table->clear(root);
    m_folders->clear(root);
    m_errors->clear();
    m_preview->showFile(root, QString());
    updateTotals();
}

void AuditView::addBatch(const AuditBatchPtr &batch)
{
    if (batch->records.empty()) return;
    QElapsedTimer t;
    t.start();
    const size_t n = batch->records.size();
    m_folders->addBatch(batch->records);
    const qint64 tree = t.nsecsElapsed();
    m_errors->addBatch(batch->records);
    m_table->appendBatch(std::move(batch->records));
    batch->records.clear();
    const qint64 table = t.nsecsElapsed();
    updateTotals();
    qCDebug(lcUiModels, "batch of %zu rows: tree %.1f ms, table %.1f ms, totals %.1f ms", n,
            double(tree) / 1e6, double(table - tree) / 1e6, double(t.nsecsElapsed() - table) / 1e6);
}

void AuditView::finish(const AuditOutcome &)
{
    updateTotals();
}

void AuditView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AuditView::updateTotals()
{
    m_totals->setTotals(m_table->totals(), m_proxy->rowCount());
}

void AuditView::updateErrorsTab(int count)
{
    m_detailTabs->setTabText(m_errorsTab, tr("Errors (%1)").arg(count));
}

void AuditView::onCurrentRowChanged(const QModelIndex &current)
{
    m_preview->showFile(m_table->root(), current.isValid()
                                             ? current.data(AuditTableModel::PathRole).toString()
                                             : QString());
}

QByteArray AuditView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint32(1) << m_hsplit->saveState() << m_vsplit->saveState()
      << m_tableView->horizontalHeader()->saveState() << m_folderView->header()->saveState();
    return out;
}

void AuditView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint32 version = 0;
    QByteArray h, v, table, tree;
    s >> version >> h >> v >> table >> tree;
    if (version != 1 || s.status() != QDataStream::Ok) return;
    m_hsplit->restoreState(h);
    m_vsplit->restoreState(v);
    m_tableView->horizontalHeader()->restoreState(table);
    m_folderView->header()->restoreState(tree);
}

} // namespace wm::ui
