// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchView.h"

#include "IndexStatus.h"
#include "SearchHitDelegate.h"
#include "SearchPreview.h"
#include "SearchResultModel.h"
#include "SearchUiLogging.h"
#include "search/SearchIndex.h"
#include "window/Icons.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QScopeGuard>
#include <QSplitter>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace wm::ui {

SearchView::SearchView(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_substring(new QCheckBox(this)),
      m_error(new QLabel(this)), m_summary(new QLabel(this)), m_list(new QListView(this)),
      m_model(new SearchResultModel(this)), m_preview(new SearchPreview(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_indexStatus(new IndexStatus(this)),
      m_search(new SearchJob(this))
{
    setObjectName(QStringLiteral("searchView"));
    qRegisterMetaType<SearchReplyPtr>();
    qRegisterMetaType<PreviewReplyPtr>();
    qRegisterMetaType<IndexOutcome>();
    qRegisterMetaType<IndexStats>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    buildLayout();
    connectSignals();
}

SearchView::~SearchView() = default;

SearchView *SearchView::install(MainWindow &window)
{
    auto *view = new SearchView(&window);
    window.addView(view, Icons::search(), tr("Search"));
    window.statusBar()->addPermanentWidget(view->indexStatus());
    auto *focus = new QAction(tr("Search in Files"), view);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    focus->setShortcutContext(Qt::ApplicationShortcut);
    window.addAction(focus);
    connect(focus, &QAction::triggered, view, [&window, view] {
        window.viewTabs()->setCurrentWidget(view);
        view->focusSearch();
    });
    connect(&window, &MainWindow::auditStarted, view,
            [view](const QString &root) { view->setRoot(root); });
    if (!window.currentRoot().isEmpty()) view->setRoot(window.currentRoot());
    return view;
}

void SearchView::buildLayout()
{
    m_field->setPlaceholderText(
        tr("Search file contents: words, \"phrases\", prefix*, AND OR NOT, NEAR(a b), "
           "name: path: ext: title: tag:"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(
        tr("word: files containing it · \"two words\": the phrase · sched*: words starting so\n"
           "a b, a AND b: both · a OR b: either · a NOT b · ( … ) grouping · NEAR(a b, 5)\n"
           "name: path: ext: title: tag: content: restrict the next term or group to a field"));
    m_substring->setText(tr("Inside words"));
    m_substring->setToolTip(
        tr("Match terms anywhere inside words (at least 3 characters; builds the substring "
           "index on first use)."));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("searchError"));
    updateErrorColor();
    m_error->hide();
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchHitDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAlternatingRowColors(true);
    m_list->setObjectName(QStringLiteral("searchResults"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_field, 1);
    top->addWidget(m_substring);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_list, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    auto *next = new QAction(tr("Next Hit"), this);
    next->setShortcuts(QKeySequence::FindNext);
    auto *prev = new QAction(tr("Previous Hit"), this);
    prev->setShortcuts(QKeySequence::FindPrevious);
    for (QAction *a : {next, prev}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(next, &QAction::triggered, m_preview, &SearchPreview::nextHit);
    connect(prev, &QAction::triggered, m_preview, &SearchPreview::previousHit);
}

void SearchView::connectSignals()
{
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        // The query in flight is stale already: stop it now, not in 150 ms.
        ++m_generation;
        m_search->cancel();
        m_debounce.start();
    });
    connect(m_field, &QLineEdit::returnPressed, this, &SearchView::searchNow);
    connect(&m_debounce, &QTimer::timeout, this, [this] { runQuery(0); });
    connect(m_substring, &QCheckBox::toggled, this, &SearchView::searchNow);
    connect(m_search, &SearchJob::replied, this, &SearchView::onReply);
    connect(m_model, &SearchResultModel::moreRequested, this, &SearchView::runQuery);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchView::previewCurrent);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &i) { openHit(i.row()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &SearchView::showContextMenu);
}

void SearchView::setRoot(const QString &folder, const QString &dbPath)
{
    const QString root = SearchIndex::canonicalRoot(folder);
    if (root.isEmpty()) return;
    const QString db = dbPath.isEmpty() ? SearchIndex::defaultPath(root) : dbPath;
    if (root == m_root && db == m_dbPath) return;
    m_index.reset(); // an update of the previous folder stops here
    m_root = root;
    m_dbPath = db;
    ++m_epoch;
    m_model->clear();
    m_preview->clear();
    m_summary->clear();
    if (isVisible()) updateIndex();
    if (!m_field->text().trimmed().isEmpty()) searchNow();
}

void SearchView::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchView::updateErrorColor()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_error->setStyleSheet(dark ? QStringLiteral("color: #ff8080")
                                : QStringLiteral("color: #b02020"));
}

void SearchView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateErrorColor();
}

void SearchView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each time the view opens: files may have changed since (an update
    // that finds nothing new only walks the folder, off the GUI thread).
    if (!m_root.isEmpty()) updateIndex();
}

bool SearchView::isIndexing() const
{
    return m_index && m_index->isRunning();
}

void SearchView::updateIndex()
{
    if (m_root.isEmpty() || isIndexing()) return;
    m_lastChanges = 0;
    m_index = std::make_unique<IndexJob>(m_root, m_dbPath, m_wantSubstringIndex);
    connect(m_index.get(), &IndexJob::progress, this, &SearchView::onIndexProgress);
    connect(m_index.get(), &IndexJob::indexReplaced, this, [this] {
        ++m_epoch;
        searchNow();
    });
    connect(m_index.get(), &IndexJob::indexFinished, this, &SearchView::onIndexFinished);
    m_indexStatus->begin(m_root);
    m_sinceRefresh.start();
    m_index->start();
}

void SearchView::searchNow()
{
    m_debounce.stop();
    runQuery(0);
}

void SearchView::runQuery(int offset)
{
    const QString text = m_field->text().trimmed();
    if (offset == 0) ++m_generation;
    if (text.isEmpty() || m_root.isEmpty()) {
        m_search->cancel();
        m_model->clear();
        m_error->hide();
        m_summary->clear();
        return;
    }
    SearchRequest r;
    r.root = m_root;
    r.dbPath = m_dbPath;
    r.indexEpoch = m_epoch;
    r.query.text = text;
    r.query.substring = m_substring->isChecked();
    r.query.limit = pageSize;
    r.query.offset = offset;
    r.generation = m_generation;
    r.append = offset > 0;
    m_search->submit(r);
    if (offset == 0) Q_EMIT querySubmitted(text);
}

void SearchView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SearchView::onReply(const SearchReplyPtr &reply)
{
    if (reply->request.generation != m_generation) return; // the user typed on
    QElapsedTimer t;
    t.start();
    const auto logTime = qScopeGuard(
        [&t] { qCDebug(lcUiSearch) << "reply shown in" << t.nsecsElapsed() / 1e6 << "ms"; });
    const SearchResult &r = reply->result;
    if (r.status == SearchResult::Status::Cancelled) return;
    if (!r.ok()) {
        m_model->clear();
        m_summary->clear();
        QString message;
        if (r.status == SearchResult::Status::BadQuery) {
            message =
                r.errorColumn > 0 ? tr("%1 (column %2)").arg(r.error).arg(r.errorColumn) : r.error;
        } else if (reply->indexMissing) {
            message = isIndexing() ? tr("The index is being built; results appear as it grows.")
                                   : reply->openError;
        } else if (reply->indexOutdated && isIndexing()) {
            message = tr("The index was made by another version of WhiteMagic and is being "
                         "rebuilt; results appear when it is ready.");
        } else if (r.status == SearchResult::Status::NotAvailable) {
            message = tr("Building the substring index; results follow when it is ready.");
            if (!m_wantSubstringIndex) {
                m_wantSubstringIndex = true;
                if (!isIndexing()) updateIndex();
            }
        } else {
            message = reply->openError.isEmpty() ? tr("Search failed: %1").arg(r.error)
                                                 : reply->openError;
        }
        showError(message);
        Q_EMIT queryFailed(message);
        return;
    }
    showError({});
    std::vector<SearchHit> hits = r.hits;
    if (reply->request.append) {
        m_model->append(std::move(hits));
    } else {
        m_model->reset(std::move(hits), r.total);
        if (m_model->rowCount() > 0) m_list->scrollToTop();
    }
    const QLocale loc;
    m_summary->setText(
        r.total == 0
            ? tr("No files match (%1 ms).").arg(loc.toString(r.elapsedMs, 'f', 1))
            : tr("%n file(s) match · %1 ms", nullptr, int(std::min<qint64>(r.total, INT_MAX)))
                  .arg(loc.toString(r.elapsedMs, 'f', 1)));
    Q_EMIT resultsShown(m_model->rowCount(), r.total);
}

void SearchView::onIndexProgress(const IndexStats &stats)
{
    m_indexStatus->update(stats);
    // While a new index fills up, show what it holds so far, about once a second.
    if (stats.changes() > m_lastChanges && m_sinceRefresh.elapsed() > 1000) {
        m_lastChanges = stats.changes();
        m_sinceRefresh.restart();
        if (m_model->rowCount() == 0 && !m_field->text().trimmed().isEmpty()) searchNow();
    }
}

void SearchView::onIndexFinished(const IndexOutcome &o)
{
    const QLocale loc;
    QString text;
    if (o.busy || !o.stats.fatalError.isEmpty() || (!o.message.isEmpty() && !o.replaced))
        text = o.message;
    else if (o.stats.cancelled)
        text = tr("Search index: update stopped.");
    else
        text =
            tr("Search index up to date: %1 added, %2 updated, %3 removed (%4 s).")
                .arg(loc.toString(o.stats.added), loc.toString(o.stats.updated),
                     loc.toString(o.stats.removed), loc.toString(o.stats.elapsedMs / 1000, 'f', 1));
    m_indexStatus->finish(text);
    if (o.stats.changes() > 0 || o.replaced || m_wantSubstringIndex) searchNow();
    Q_EMIT indexFinished(o);
}

void SearchView::previewCurrent()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid()) {
        m_preview->clear();
        return;
    }
    PreviewRequest r;
    r.root = m_root;
    r.dbPath = m_dbPath;
    r.indexEpoch = m_epoch;
    r.path = m_model->hit(i.row()).path;
    r.query.text = m_field->text().trimmed();
    r.query.substring = m_substring->isChecked();
    m_preview->load(r);
}

QString SearchView::absolutePath(int row) const
{
    return QDir(m_root).filePath(m_model->hit(row).path);
}

void SearchView::openHit(int row)
{
    if (row < 0 || row >= m_model->rowCount()) return;
    const QString path = absolutePath(row);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(tr("No application opens %1.").arg(QDir::toNativeSeparators(path)));
}

void SearchView::showContextMenu(const QPoint &pos)
{
    const QModelIndex i = m_list->indexAt(pos);
    if (!i.isValid()) return;
    const int row = i.row();
    const QString path = absolutePath(row);
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, row] { openHit(row); });
    menu.addAction(tr("Copy &Path"), this,
                   [path] { QApplication::clipboard()->setText(QDir::toNativeSeparators(path)); });
    menu.addAction(tr("Open Containing &Folder"), this, [this, path] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())))
            showError(tr("Cannot open the folder of %1.").arg(QDir::toNativeSeparators(path)));
    });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace wm::ui
