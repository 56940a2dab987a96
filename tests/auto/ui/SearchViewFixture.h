// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// A folder of small files, a Search view on it (index in the folder's
// temporary twin) and helpers to type, wait and ask `wm search --json`.

#include "TestSupport.h"
#include "search/IndexJob.h"
#include "search/SearchResultModel.h"
#include "search/SearchView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace wmuitest {

struct SearchFixture
{
    QTemporaryDir dir;   // the corpus
    QTemporaryDir index; // where its index lives
    std::unique_ptr<wm::ui::SearchView> view;

    [[nodiscard]] QString root() const { return dir.path(); }
    [[nodiscard]] QString db() const { return index.filePath(QStringLiteral("index.db")); }

    void write(const QString &rel, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    }

    // Shows the view on the corpus and waits for its first index update.
    void open()
    {
        view = std::make_unique<wm::ui::SearchView>();
        view->resize(1100, 700);
        QSignalSpy done(view.get(), &wm::ui::SearchView::indexFinished);
        view->setRoot(root(), db());
        view->show();
        QVERIFY(done.wait(60000));
        const auto o = done.first().first().value<wm::ui::IndexOutcome>();
        QVERIFY2(o.stats.fatalError.isEmpty(), qPrintable(o.stats.fatalError));
        QVERIFY(o.stats.added > 0);
    }

    // Types `query` key by key (replacing the field) and waits for the
    // results of the whole text, or for its error.
    bool type(const QString &query)
    {
        QLineEdit *field = view->searchField();
        field->clear();
        QSignalSpy shown(view.get(), &wm::ui::SearchView::resultsShown);
        QSignalSpy failed(view.get(), &wm::ui::SearchView::queryFailed);
        for (const QChar ch : query) {
            // QTest types ASCII only; other characters arrive as input would.
            if (ch.unicode() < 128)
                QTest::keyClick(field, char(ch.unicode()), Qt::NoModifier, 10);
            else
                field->insert(QString(ch));
        }
        return QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, 20000);
    }

    // `wm search --json` on the same index, without updating it.
    QJsonObject cli(const QString &query, int limit = 100) const
    {
        const wmtest::ProcessResult r =
            wmtest::wm({QStringLiteral("search"), root(), QStringLiteral("--db"), db(),
                        QStringLiteral("--no-update"), QStringLiteral("--json"),
                        QStringLiteral("--limit"), QString::number(limit), query});
        // Exit status 1 is "no match" (as rg and grep), with the JSON all the same.
        if (r.exitCode != 0 && !(r.exitCode == 1 && r.err.isEmpty()))
            return {{QStringLiteral("error"), QString::fromUtf8(r.err)}};
        return QJsonDocument::fromJson(r.out).object();
    }
};

inline QJsonArray spansJson(const QList<wm::HitSpan> &spans)
{
    QJsonArray a;
    for (const wm::HitSpan &s : spans)
        a.append(
            QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("length"), s.length}});
    return a;
}

} // namespace wmuitest
