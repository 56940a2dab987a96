// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The Search view against `wm search --json` on the same index: typed
// queries, malformed queries, lazy loading past the first page, a file
// changed after indexing, an index another indexer holds, and one of an
// older version.
#include "SearchViewFixture.h"
#include "search/IndexLock.h"
#include "search/SearchPreview.h"
#include "search/SearchSchema.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <sys/stat.h>

using namespace wm::ui;
using wmuitest::SearchFixture;

class TstSearchView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedQueriesMatchCli_data();
    void typedQueriesMatchCli();
    void malformedQueryShowsEngineMessage_data();
    void malformedQueryShowsEngineMessage();
    void lazyLoadingPastFirstPage();
    void modifiedFileAppearsAfterBackgroundUpdate();
    void heldIndexIsNeverRebuilt();
    void outdatedIndexIsRebuilt();

private:
    SearchFixture m_fx;
};

void TstSearchView::initTestCase()
{
    QVERIFY(m_fx.dir.isValid() && m_fx.index.isValid());
    m_fx.write(QStringLiteral("docs/guide.md"),
               "---\ntitle: Alpha Guide\ntags: [intro]\n---\n# Alpha Guide\n\n"
               "The quick brown fox reads the alpha manual. Scheduling is hard.\n");
    m_fx.write(QStringLiteral("src/sched.c"),
               "/* scheduler core */\nint schedule(void) { return alpha_count + beta; }\n");
    m_fx.write(QStringLiteral("src/util.h"),
               "#pragma once\n// beta helpers; <b>not markup</b>\nint beta(int);\n");
    m_fx.write(QStringLiteral("notes/café.txt"),
               "Naïve café notes — alpha and beta near each other, quick brown dog.\n");
    // Enough files with one shared word to need more than one page.
    for (int i = 0; i < 130; ++i)
        m_fx.write(QStringLiteral("many/file%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                   QByteArray("common word number ") + QByteArray::number(i) +
                       QByteArray(size_t(i % 7) + 1, 'x') + " common\n");
    m_fx.open();
}

void TstSearchView::typedQueriesMatchCli_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q :
         {"alpha", "alpha OR beta", "\"quick brown\"", "sched*", "ext:md alpha", "title:guide",
          "NEAR(alpha beta, 5)", "beta NOT alpha", "path:src beta", "markup", "nothingmatchesthis"})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TstSearchView::typedQueriesMatchCli()
{
    QFETCH(QString, query);
    QVERIFY(m_fx.type(query));
    const QJsonObject ref = m_fx.cli(query);
    QVERIFY2(!ref.contains(QStringLiteral("error")),
             qPrintable(ref.value(QStringLiteral("error")).toString()));
    SearchResultModel *m = m_fx.view->resultModel();
    const QJsonArray results = ref.value(QStringLiteral("results")).toArray();
    QVERIFY(m_fx.view->errorLabel()->isHidden());
    QCOMPARE(m->total(), qint64(ref.value(QStringLiteral("total")).toInteger()));
    QCOMPARE(m->rowCount(), int(results.size()));
    for (int i = 0; i < m->rowCount(); ++i) {
        const wm::SearchHit &h = m->hit(i);
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(h.path, r.value(QStringLiteral("path")).toString());
        QCOMPARE(h.title, r.value(QStringLiteral("title")).toString());
        QCOMPARE(h.snippet, r.value(QStringLiteral("snippet")).toString());
        QCOMPARE(h.line, r.value(QStringLiteral("line")).toInt());
        // The CLI also gives code-point and byte offsets; the view uses the
        // UTF-16 start and length.
        const auto utf16 = [](const QJsonArray &spans) {
            QJsonArray out;
            for (const QJsonValue &v : spans)
                out.append(QJsonObject{{QStringLiteral("start"), v[QStringLiteral("start")]},
                                       {QStringLiteral("length"), v[QStringLiteral("length")]}});
            return out;
        };
        QCOMPARE(wmuitest::spansJson(h.hits), utf16(r.value(QStringLiteral("hits")).toArray()));
        QCOMPARE(wmuitest::spansJson(h.titleHits),
                 utf16(r.value(QStringLiteral("titleHits")).toArray()));
        // What the list shows is the hit: name and folder from its path.
        const QModelIndex idx = m->index(i);
        QCOMPARE(idx.data(SearchResultModel::PathRole).toString(), h.path);
        QCOMPARE(idx.data(SearchResultModel::NameRole).toString(),
                 h.path.section(QLatin1Char('/'), -1));
    }
    // The summary gives the count the engine gave.
    if (!results.isEmpty())
        QVERIFY2(m_fx.view->summaryLabel()->text().contains(QLocale().toString(m->total())),
                 qPrintable(m_fx.view->summaryLabel()->text()));
}

void TstSearchView::malformedQueryShowsEngineMessage_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q :
         {"\"unclosed phrase", "alpha AND", "(alpha OR beta", "NEAR(alpha", "OR", "title:"})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TstSearchView::malformedQueryShowsEngineMessage()
{
    QFETCH(QString, query);
    QVERIFY(m_fx.type(QStringLiteral("alpha"))); // results first: they must go away
    QVERIFY(m_fx.view->resultModel()->rowCount() > 0);
    QVERIFY(m_fx.type(query));
    // The CLI rejects it with exit 2 and the engine's message.
    const wmtest::ProcessResult r =
        wmtest::wm({QStringLiteral("search"), m_fx.root(), QStringLiteral("--db"), m_fx.db(),
                    QStringLiteral("--no-update"), query});
    QCOMPARE(r.exitCode, 2);
    const QString cliMessage = QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0);
    const QString shown = m_fx.view->errorLabel()->text();
    QVERIFY(!m_fx.view->errorLabel()->isHidden());
    QCOMPARE(m_fx.view->resultModel()->rowCount(), 0);
    // "wm search: <message> ..." — the same message, inline.
    const QString message = shown.section(QStringLiteral(" (column"), 0, 0);
    QVERIFY2(!message.isEmpty() && cliMessage.contains(message),
             qPrintable(shown + QStringLiteral(" | ") + cliMessage));
}

void TstSearchView::lazyLoadingPastFirstPage()
{
    QVERIFY(m_fx.type(QStringLiteral("common")));
    SearchResultModel *m = m_fx.view->resultModel();
    QCOMPARE(m->total(), qint64(130));
    QCOMPARE(m->rowCount(), SearchView::pageSize);
    QVERIFY(m->canFetchMore({}));
    QSignalSpy shown(m_fx.view.get(), &SearchView::resultsShown);
    m_fx.view->resultList()->scrollToBottom(); // the view fetches more
    if (shown.isEmpty() && m->canFetchMore({})) m->fetchMore({});
    QVERIFY(QTest::qWaitFor([&] { return m->rowCount() == 130; }, 20000));
    QVERIFY(!m->canFetchMore({}));
    const QJsonArray ref =
        m_fx.cli(QStringLiteral("common"), 200).value(QStringLiteral("results")).toArray();
    QCOMPARE(int(ref.size()), 130);
    for (int i = 0; i < 130; ++i)
        QCOMPARE(m->hit(i).path, ref.at(i).toObject().value(QStringLiteral("path")).toString());
}

void TstSearchView::modifiedFileAppearsAfterBackgroundUpdate()
{
    const QString word = QStringLiteral("zanzibar");
    QVERIFY(m_fx.type(word));
    QCOMPARE(m_fx.view->resultModel()->rowCount(), 0);
    m_fx.write(QStringLiteral("src/util.h"), "#pragma once\n// zanzibar helpers\n");
    // A different mtime for sure, whatever the file system's granularity.
    QFile f(m_fx.dir.filePath(QStringLiteral("src/util.h")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(
        f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    f.close();
    // Opening the view again brings the index up to date in the background;
    // the query reruns when it is done.
    QSignalSpy done(m_fx.view.get(), &SearchView::indexFinished);
    QSignalSpy shown(m_fx.view.get(), &SearchView::resultsShown);
    m_fx.view->hide();
    m_fx.view->show();
    QVERIFY(done.wait(30000));
    QVERIFY(QTest::qWaitFor([&] { return m_fx.view->resultModel()->rowCount() == 1; }, 20000));
    QCOMPARE(m_fx.view->resultModel()->hit(0).path, QStringLiteral("src/util.h"));
    QCOMPARE(m_fx.cli(word).value(QStringLiteral("total")).toInt(), 1);
}

void TstSearchView::heldIndexIsNeverRebuilt()
{
    // An index this version cannot read, held by "another indexer": the
    // view must leave it alone and say why it cannot search it.
    SearchFixture fx;
    fx.write(QStringLiteral("a.txt"), "alpha\n");
    QVERIFY(wmtest::wm({QStringLiteral("index"), fx.root(), QStringLiteral("--db"), fx.db(),
                        QStringLiteral("-q")})
                .exitCode == 0);
    if (!wmtest::hasTool(QStringLiteral("sqlite3"))) QFAIL("sqlite3 is needed for this test");
    QCOMPARE(
        wmtest::run(QStringLiteral("sqlite3"), {fx.db(), QStringLiteral("PRAGMA user_version=99")})
            .exitCode,
        0);
    struct stat before = {};
    QCOMPARE(::stat(QFile::encodeName(fx.db()).constData(), &before), 0);
    wm::IndexLock other;
    qint64 holder = 0;
    QString error;
    QVERIFY(other.tryLock(fx.db(), &holder, &error));
    fx.view = std::make_unique<SearchView>();
    QSignalSpy done(fx.view.get(), &SearchView::indexFinished);
    fx.view->setRoot(fx.root(), fx.db());
    fx.view->show();
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().value<IndexOutcome>().busy);
    QVERIFY(fx.type(QStringLiteral("alpha")));
    QVERIFY(fx.view->errorLabel()->text().contains(QStringLiteral("another version")));
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(fx.db()).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino); // the same file: not replaced
    QCOMPARE(
        wmtest::run(QStringLiteral("sqlite3"), {fx.db(), QStringLiteral("PRAGMA user_version")})
            .out.trimmed(),
        QByteArray("99"));
    QVERIFY(!QFileInfo::exists(fx.db() + QStringLiteral(".damaged")));
}

void TstSearchView::outdatedIndexIsRebuilt()
{
    // An index of an older version that nobody holds: showing the view
    // rebuilds it, and a query asked meanwhile says so rather than only
    // that the index cannot be read.
    SearchFixture fx;
    for (int i = 0; i < 400; ++i) // enough that the query can overtake the rebuild
        fx.write(QStringLiteral("f%1.txt").arg(i), "filler words " + QByteArray::number(i) + "\n");
    fx.write(QStringLiteral("a.txt"), "alpha\n");
    QVERIFY(wmtest::wm({QStringLiteral("index"), fx.root(), QStringLiteral("--db"), fx.db(),
                        QStringLiteral("-q")})
                .exitCode == 0);
    if (!wmtest::hasTool(QStringLiteral("sqlite3"))) QFAIL("sqlite3 is needed for this test");
    const auto userVersion = [&fx](const QString &set = {}) {
        return wmtest::run(QStringLiteral("sqlite3"),
                           {fx.db(), QStringLiteral("PRAGMA user_version") + set})
            .out.trimmed();
    };
    userVersion(QStringLiteral("=1"));
    QCOMPARE(userVersion(), QByteArray("1"));
    fx.view = std::make_unique<SearchView>();
    QSignalSpy done(fx.view.get(), &SearchView::indexFinished);
    QSignalSpy failed(fx.view.get(), &SearchView::queryFailed);
    fx.view->setRoot(fx.root(), fx.db());
    fx.view->show();
    fx.view->searchField()->setText(QStringLiteral("alpha"));
    fx.view->searchNow();
    QVERIFY(done.wait(30000));
    QVERIFY(QTest::qWaitFor([&] { return fx.view->resultModel()->rowCount() == 1; }, 20000));
    QCOMPARE(fx.view->resultModel()->hit(0).path, QStringLiteral("a.txt"));
    QVERIFY(fx.view->errorLabel()->text().isEmpty());
    for (const QList<QVariant> &args : failed)
        QVERIFY2(args.first().toString().contains(QStringLiteral("being rebuilt")),
                 qPrintable(args.first().toString()));
    qInfo("queries answered while rebuilding: %d", int(failed.size()));
    QCOMPARE(userVersion(), QByteArray::number(wm::SearchSchema::version));
}

QTEST_MAIN(TstSearchView)
#include "tst_searchview.moc"
