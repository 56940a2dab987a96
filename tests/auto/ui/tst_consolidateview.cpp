// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The Consolidation view, offscreen, on a generated memory store (fixed seed
// and clock): the plan's groups and reasons checked against the notes' own
// names and front matter, the merge diff against the plan's texts, Apply
// with its steps and the point of no return, Cancel before it, and Restore
// giving back a byte-identical tree.

#include "MemoryStoreFixture.h"
#include "UiTestSupport.h"
#include "consolidate/ConsolidateToolbar.h"
#include "consolidate/ConsolidateView.h"
#include "consolidate/MergeDiffPanel.h"
#include "consolidate/PlanTreeModel.h"
#include "consolidate/RunHistoryPanel.h"
#include "consolidate/RunListModel.h"
#include "consolidate/StepProgressPanel.h"
#include "similarity/SideBySideDiff.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeView>

using namespace wm::ui;
using Group = wm::ui::PlanTree::GroupKind;

namespace {

const QDateTime fixtureNow = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

// Every file and folder under `root`, the tool's state folder included
// (restoring the only run leaves none behind), with bytes and permissions.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QByteArray mode = "\nmode " + QByteArray::number(int(info.permissions()), 16);
        entries.insert(QDir(root).relativeFilePath(path),
                       info.isDir() ? "<dir>" + mode : wmtest::readFile(path) + mode);
    }
    return entries;
}

// The note's creation time from its name (YYYYMMDD_HHMMSS_...), which the
// generator writes from the same clock as `created`.
QDateTime nameTime(const QString &relPath)
{
    const QString name = QFileInfo(relPath).fileName().left(15);
    QDateTime t = QDateTime::fromString(name, QStringLiteral("yyyyMMdd_HHmmss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QStringList frontMatterTags(const QString &path)
{
    QStringList tags;
    const QList<QByteArray> lines = wmtest::readFile(path).split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("  - ")) tags << QString::fromUtf8(l.mid(4)).trimmed();
        if (l == "---" && !tags.isEmpty()) break;
    }
    return tags;
}

QStringList childPaths(const PlanTreeModel &m, const QModelIndex &group)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(group); ++i)
        out << m.index(i, 0, group).data().toString();
    return out;
}

} // namespace

class TestConsolidateView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    wmtest::MemoryStore m_store;

    std::unique_ptr<ConsolidateView> planned(const QString &root)
    {
        auto view = std::make_unique<ConsolidateView>();
        view->resize(1200, 800);
        view->setClock(fixtureNow);
        view->show();
        QSignalSpy shown(view.get(), &ConsolidateView::planShown);
        view->setRoot(root);
        if (!shown.wait(20000)) return nullptr;
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WM_REQUIRE_TOOL("python3");
        wmtest::setupApp();
        m_store = wmtest::generateMemoryStore(
            m_tmp.path(),
            {QStringLiteral("--notes"), QStringLiteral("80"), QStringLiteral("--seed"),
             QStringLiteral("14"), QStringLiteral("--near-rate"), QStringLiteral("0.15"),
             QStringLiteral("--exact-rate"), QStringLiteral("0.03"),
             QStringLiteral("--malformed-rate"), QStringLiteral("0.03"),
             QStringLiteral("--edit-max"), QStringLiteral("0.03")});
        QVERIFY2(m_store.error.isEmpty(), qPrintable(m_store.error));
    }

    void planGroupsAndReasons()
    {
        const auto view = planned(m_store.root);
        QVERIFY(view);
        const PlanTreeModel &m = *view->planModel();
        const wm::ConsolidationPlan &plan = *m.plan();
        for (Group g : {Group::Archive, Group::Promote, Group::Merge, Group::Digest})
            QVERIFY2(m.groupIndex(g).isValid(), qPrintable(PlanTreeModel::groupName(g)));
        const QStringList archived = childPaths(m, m.groupIndex(Group::Archive));
        const QStringList promoted = childPaths(m, m.groupIndex(Group::Promote));
        QCOMPARE(archived.size(), plan.archivedNotes);
        QCOMPARE(promoted.size(), plan.promotedNotes);
        QVERIFY2(!archived.isEmpty() && !promoted.isEmpty(), "the fixture has both");
        const QStringList promoteTags = wm::ConsolidationOptions{}.promoteTags;
        // Archived: short-term, older than 7 days by the note's own name,
        // not tagged to keep or promote.
        for (const QString &rel : archived) {
            QVERIFY2(rel.startsWith(QStringLiteral("short_term/")), qPrintable(rel));
            QVERIFY2(nameTime(rel).daysTo(fixtureNow) >= 7, qPrintable(rel));
            const QStringList tags = frontMatterTags(m_store.root + QLatin1Char('/') + rel);
            QVERIFY2(!tags.contains(QStringLiteral("keep")), qPrintable(rel));
            for (const QString &t : promoteTags)
                QVERIFY2(!tags.contains(t), qPrintable(rel));
        }
        for (const QString &rel : promoted) {
            const QStringList tags = frontMatterTags(m_store.root + QLatin1Char('/') + rel);
            QVERIFY2(std::any_of(promoteTags.begin(), promoteTags.end(),
                                 [&tags](const QString &t) { return tags.contains(t); }),
                     qPrintable(rel));
        }
        // Every note row says why.
        const QModelIndex a = m.index(0, PlanTreeModel::Reason, m.groupIndex(Group::Archive));
        QVERIFY(!a.data().toString().isEmpty());
        // Merge clusters with their score range, each at or above the threshold.
        const QModelIndex merges = m.groupIndex(Group::Merge);
        QCOMPARE(m.rowCount(merges), int(plan.merges.size()));
        QVERIFY2(m.rowCount(merges) > 0, "the fixture plants near-duplicates");
        for (const wm::MergeGroup &g : plan.merges)
            QVERIFY(g.minScore >= 0.8 - 1e-9);
        QVERIFY(!m.index(0, PlanTreeModel::Score, merges).data().toString().isEmpty());
        QCOMPARE(m.rowCount(m.groupIndex(Group::Digest)), plan.digestPath.isEmpty() ? 0 : 1);
        // Malformed notes are listed with the reason and never planned on.
        const QModelIndex bad = m.groupIndex(Group::Malformed);
        QCOMPARE(m.rowCount(bad),
                 int(m_store.truth.value(QStringLiteral("malformed")).toArray().size()));
        QVERIFY(view->toolbar()->applyButton()->isEnabled());
    }

    void mergeDiffShowsInputAndResult()
    {
        const auto view = planned(m_store.root);
        QVERIFY(view);
        const PlanTreeModel &m = *view->planModel();
        const QModelIndex cluster = m.index(0, 0, m.groupIndex(Group::Merge));
        const wm::MergeGroup &g = m.plan()->merges[0];
        SideBySideDiff *diff = view->mergeDiff()->diff();
        for (int member = 0; member < int(g.members.size()); ++member) {
            QSignalSpy shown(diff, &SideBySideDiff::diffShown);
            view->planView()->setCurrentIndex(m.index(member, 0, cluster));
            QVERIFY(shown.wait(5000));
            QCOMPARE(view->mergeDiff()->inputBox()->currentIndex(), member);
            QCOMPARE(diff->leftEdit()->toPlainText(), g.inputTexts.at(member));
            const QString result = QString::fromUtf8(g.resultText);
            QCOMPARE(diff->rightEdit()->toPlainText(), result);
            // The input is the note on disk, and each of its body's paragraphs
            // is in the merged note (every distinct paragraph kept).
            const QString rel = m.plan()->notes[size_t(g.members[size_t(member)])].relPath;
            QCOMPARE(g.inputTexts.at(member),
                     QString::fromUtf8(wmtest::readFile(m_store.root + QLatin1Char('/') + rel)));
            const QString body = g.inputTexts.at(member).section(QStringLiteral("\n---\n"), 1);
            for (const QString &para : body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
                QVERIFY2(result.contains(para.trimmed()), qPrintable(para));
        }
    }

    void applyThenRestoreIsByteIdentical()
    {
        QTemporaryDir copyDir;
        const QString root = copyDir.path() + QStringLiteral("/store");
        QVERIFY(wmtest::run(QStringLiteral("cp"), {QStringLiteral("-a"), m_store.root, root})
                    .exitCode == 0);
        const auto before = snapshot(root);
        const auto view = planned(root);
        QVERIFY(view);
        QSignalSpy applied(view.get(), &ConsolidateView::applyFinished);
        QSignalSpy history(view.get(), &ConsolidateView::historyShown);
        view->apply();
        QVERIFY(view->progress()->isVisible());
        QVERIFY(
            view->progress()->noticeLabel()->text().contains(QStringLiteral("point of no return")));
        QVERIFY(applied.wait(20000));
        const auto r = applied.takeFirst().at(0).value<wm::ApplyResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(view->progress()->isPastPointOfNoReturn());
        for (int step = 0; step < 8; ++step)
            QCOMPARE(view->progress()->bar(step)->value(), 1000);
        QVERIFY(snapshot(root) != before);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 5000);
        QCOMPARE(view->history()->model()->rowCount(), 1);
        QCOMPARE(view->history()->selectedRun(), r.runId);

        QSignalSpy restored(view.get(), &ConsolidateView::restoreFinished);
        view->restoreRun(view->history()->selectedRun());
        QVERIFY(restored.wait(20000));
        const auto rr = restored.takeFirst().at(0).value<wm::RestoreResult>();
        QVERIFY2(rr.ok, qPrintable(rr.error));
        const auto after = snapshot(root);
        QCOMPARE(after.keys(), before.keys());
        QVERIFY(after == before);
        QTRY_COMPARE_WITH_TIMEOUT(view->history()->model()->rowCount(), 0, 5000);
        QCOMPARE(view->history()->model()->rowCount(), 0);
    }

    void cancelBeforePointOfNoReturn()
    {
        QTemporaryDir copyDir;
        const QString root = copyDir.path() + QStringLiteral("/store");
        QVERIFY(wmtest::run(QStringLiteral("cp"), {QStringLiteral("-a"), m_store.root, root})
                    .exitCode == 0);
        const auto before = snapshot(root);
        const auto view = planned(root);
        QVERIFY(view);
        QSignalSpy applied(view.get(), &ConsolidateView::applyFinished);
        view->apply();
        QVERIFY(view->progress()->cancelButton()->isEnabled());
        view->cancel(); // before the worker has even started: nothing is done
        QVERIFY(applied.wait(20000));
        const auto r = applied.takeFirst().at(0).value<wm::ApplyResult>();
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(snapshot(root) == before);
        QVERIFY(view->errorLabel()->isHidden());
    }

    void errorsShownInTheView()
    {
        ConsolidateView view;
        view.show();
        view.setRoot(m_tmp.path() + QStringLiteral("/no-such-folder"));
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY(view.errorLabel()->text().contains(QStringLiteral("no-such-folder")));
        QVERIFY(!view.isBusy());
    }

    void tabInTheMainWindow()
    {
        MainWindow w;
        ConsolidateView *view = w.findChild<ConsolidateView *>();
        QVERIFY(view);
        QTabWidget *tabs = w.viewTabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Consolidation"));
    }
};

QTEST_MAIN(TestConsolidateView)
#include "tst_consolidateview.moc"
