// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ViewScreenshots.h"

#include "DarkPalette.h"
#include "StallMeter.h"
#include "consolidate/ConsolidateView.h"
#include "consolidate/MergeDiffPanel.h"
#include "consolidate/PlanTreeModel.h"
#include "similarity/ClusterTreeModel.h"
#include "similarity/NearDuplicatesView.h"
#include "similarity/SideBySideDiff.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

namespace wm::ui {
namespace {

// Runs the event loop until `signal` of `sender` fires (or `ms` pass).
template <typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal, int ms)
{
    bool fired = false;
    QEventLoop loop;
    const auto c = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

ViewScreenshots::ViewScreenshots(MainWindow &window, QString folder, QString prefix)
    : m_window(window), m_folder(std::move(folder)), m_prefix(std::move(prefix))
{
}

bool ViewScreenshots::save(const QString &suffix)
{
    settle(300);
    const QString path = m_prefix + suffix;
    m_stalls.stop(); // painting the shot is not the views' work
    const bool ok = m_window.grab().save(path);
    m_stalls.resume();
    std::fprintf(stderr, "whitemagic: %s %s\n", ok ? "saved" : "cannot save", qPrintable(path));
    return ok;
}

bool ViewScreenshots::nearDuplicates()
{
    auto *view = m_window.findChild<NearDuplicatesView *>();
    if (!view) return false;
    // Shown again (the dark pass): the results are there already.
    const bool scanned = view->lastResult() != nullptr;
    if (!scanned) view->setRoot(m_folder);       // hidden: it scans when shown
    m_window.viewTabs()->setCurrentWidget(view); // shown: it scans
    if (!scanned && !waitFor(view, &NearDuplicatesView::scanFinished, 60000)) return false;
    // A near pair (not an identical copy) shows the diff at its best.
    const ClusterTreeModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex c = m->index(r, 0);
        const QModelIndex b = m->index(1, 0, c);
        if (b.data(ClusterTreeModel::ExactRole).toBool()) continue;
        view->treeView()->setCurrentIndex(b);
        view->treeView()->scrollTo(b);
        waitFor(view->diffView(), &SideBySideDiff::diffShown, 5000);
        break;
    }
    return true;
}

bool ViewScreenshots::consolidation()
{
    auto *view = m_window.findChild<ConsolidateView *>();
    if (!view) return false;
    m_window.viewTabs()->setCurrentWidget(view);
    view->setRoot(m_folder);
    if (!waitFor(view, &ConsolidateView::planShown, 60000)) return false;
    const PlanTreeModel *m = view->planModel();
    const QModelIndex cluster = m->index(0, 0, m->groupIndex(PlanTree::GroupKind::Merge));
    const QModelIndex member = m->index(1, 0, cluster);
    if (member.isValid()) {
        view->planView()->setCurrentIndex(member);
        view->planView()->scrollTo(member, QAbstractItemView::PositionAtCenter);
        waitFor(view->mergeDiff()->diff(), &SideBySideDiff::diffShown, 5000);
    }
    return true;
}

bool ViewScreenshots::applied()
{
    auto *view = m_window.findChild<ConsolidateView *>();
    view->apply();
    if (!waitFor(view, &ConsolidateView::applyFinished, 60000)) return false;
    waitFor(view, &ConsolidateView::historyShown, 5000);
    return save(QStringLiteral("-consolidation-applied.png"));
}

int ViewScreenshots::run()
{
    m_window.resize(1280, 800);
    m_window.show();
    // The views must never block the GUI thread: the longest gap of its
    // event loop over the whole run (scan, plan, diffs, apply; the shots
    // themselves aside) is printed.
    m_stalls.start();
    int failures = 0;
    for (const bool dark : {false, true}) {
        if (dark) DarkPalette::apply();
        const QString tail = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        failures += nearDuplicates() && save(QStringLiteral("-near-duplicates") + tail) ? 0 : 1;
        failures += consolidation() && save(QStringLiteral("-consolidation") + tail) ? 0 : 1;
    }
    failures += applied() ? 0 : 1;
    m_stalls.stop();
    std::fprintf(stderr,
                 "whitemagic: longest GUI-thread stall %.0f ms (%.0f ms of GUI-thread CPU), "
                 "%d over 50 ms wall, %d over 50 ms CPU\n",
                 m_stalls.maxStallMs(), m_stalls.maxStallCpuMs(), m_stalls.stallsOver(50),
                 m_stalls.stallsOverCpu(50));
    return failures == 0 ? 0 : 1;
}

} // namespace wm::ui
