// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexJob.h"
#include "SearchJob.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;

namespace wm::ui {

class IndexStatus;
class MainWindow;
class SearchPreview;
class SearchResultModel;

// The Search view: search-as-you-type over the current folder's index
// (debounced; each keystroke cancels the query in flight), the engine's
// query language and its error message inline, ranked hits loaded a page
// at a time, and the preview of the selected hit. When the view is shown
// the folder's index is brought up to date in the background (IndexJob);
// searching goes on meanwhile on a read-only connection (SearchJob).
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(QWidget *parent = nullptr);
    ~SearchView() override;

    // Adds the view to `window` as a tab, its index progress to the status
    // bar, Ctrl+Shift+F to focus it, and follows the window's folder.
    static SearchView *install(MainWindow &window);

    // The folder to search; its index is updated the next time the view
    // is shown (at once when visible). `dbPath` empty: the default location.
    void setRoot(const QString &folder, const QString &dbPath = {});
    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] const QString &databasePath() const { return m_dbPath; }
    void focusSearch();
    // Starts the background update now (normally done on show).
    void updateIndex();
    [[nodiscard]] bool isIndexing() const;
    // Runs the current text without waiting for the debounce.
    void searchNow();

    [[nodiscard]] QLineEdit *searchField() const { return m_field; }
    [[nodiscard]] QCheckBox *substringToggle() const { return m_substring; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QListView *resultList() const { return m_list; }
    [[nodiscard]] SearchResultModel *resultModel() const { return m_model; }
    [[nodiscard]] SearchPreview *preview() const { return m_preview; }
    [[nodiscard]] IndexStatus *indexStatus() const { return m_indexStatus; }

    static constexpr int debounceMs = 150;
    static constexpr int pageSize = 100;

Q_SIGNALS:
    // A query went to the engine (after the debounce, or at once).
    void querySubmitted(const QString &text);
    // After the model took a reply of the current query (first page or not).
    void resultsShown(int rows, qint64 total);
    // The query failed (malformed, index unusable): the message is shown.
    void queryFailed(const QString &message);
    void indexFinished(const wm::ui::IndexOutcome &outcome);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void updateErrorColor();
    void connectSignals();
    void runQuery(int offset);
    void onReply(const SearchReplyPtr &reply);
    void showError(const QString &text);
    void onIndexProgress(const IndexStats &stats);
    void onIndexFinished(const IndexOutcome &outcome);
    void previewCurrent();
    void openHit(int row);
    void showContextMenu(const QPoint &pos);
    [[nodiscard]] QString absolutePath(int row) const;

    QLineEdit *m_field;
    QCheckBox *m_substring;
    QLabel *m_error;
    QLabel *m_summary;
    QListView *m_list;
    SearchResultModel *m_model;
    SearchPreview *m_preview;
    QSplitter *m_splitter;
    IndexStatus *m_indexStatus;
    SearchJob *m_search;
    std::unique_ptr<IndexJob> m_index;
    QTimer m_debounce;
    QElapsedTimer m_sinceRefresh;
    QString m_root;
    QString m_dbPath;
    quint64 m_generation = 0;
    int m_epoch = 0;
    bool m_wantSubstringIndex = false;
    qint64 m_lastChanges = 0;
};

} // namespace wm::ui
