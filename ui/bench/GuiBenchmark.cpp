// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "GuiBenchmark.h"

#include "StallMeter.h"
#include "UiLogging.h"
#include "jobs/ThreadBudget.h"
#include "models/AuditColumns.h"
#include "models/AuditProxyModel.h"
#include "views/AuditView.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QTableView>
#include <cstdio>
#include <malloc.h>

namespace wm::ui {
namespace {

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Linux: "5" resets the peak resident size to the current one, so each
// pass reports its own peak.
void resetPeakRss()
{
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly)) f.write("5");
}

} // namespace

GuiBenchmark::GuiBenchmark(MainWindow &window, QString folder, QString sortColumn)
    : m_window(window), m_folder(std::move(folder)), m_sortColumn(std::move(sortColumn))
{
}

QJsonObject GuiBenchmark::pass(int sortColumn)
{
    AuditView *view = m_window.auditView();
    QTableView *table = view->tableView();
    // Sort before the scan, so every batch is merged into a sorted table.
    const Qt::SortOrder order =
        AuditColumns::isNumeric(sortColumn) ? Qt::DescendingOrder : Qt::AscendingOrder;
    table->horizontalHeader()->setSortIndicator(sortColumn, order);
    view->begin(QString()); // drop the previous pass's rows before measuring memory
    resetPeakRss();

    StallMeter stalls;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 firstRowMs = -1;
    const auto firstRow =
        QObject::connect(view->proxyModel(), &QAbstractItemModel::rowsInserted, &loop, [&] {
            if (firstRowMs < 0) firstRowMs = clock.elapsed();
        });
    QObject::connect(&m_window, &MainWindow::auditFinished, &loop, &QEventLoop::quit);
    stalls.start();
    clock.start();
    if (!m_window.startAudit(m_folder)) return {};
    loop.exec();
    // A background re-sort, if one is still running, belongs to this pass.
    while (view->proxyModel()->isSorting())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 totalMs = clock.elapsed();
    stalls.stop();
    QObject::disconnect(firstRow);

    QJsonObject o;
    o.insert(QStringLiteral("rows"), view->proxyModel()->rowCount());
    o.insert(QStringLiteral("first_row_ms"), firstRowMs);
    o.insert(QStringLiteral("total_ms"), totalMs);
    o.insert(QStringLiteral("max_stall_ms"), qRound(stalls.maxStallMs() * 10) / 10.0);
    o.insert(QStringLiteral("stalls_over_50ms"), stalls.stallsOver(50));
    // The same gaps counted in the GUI thread's own CPU time (see StallMeter).
    o.insert(QStringLiteral("max_stall_cpu_ms"), qRound(stalls.maxStallCpuMs() * 10) / 10.0);
    o.insert(QStringLiteral("stalls_over_50ms_cpu"), stalls.stallsOverCpu(50));
    o.insert(QStringLiteral("peak_rss_mb"), qRound(peakRssMb() * 10) / 10.0);
    o.insert(QStringLiteral("sort_column"),
             sortColumn < 0 ? QJsonValue() : QJsonValue(AuditColumns::key(sortColumn)));
    qCInfo(lcUiBench) << "pass" << o;
    return o;
}

int GuiBenchmark::run()
{
    m_window.resize(1280, 800);
    m_window.show();
    QJsonObject out;
    out.insert(QStringLiteral("root"), m_folder);
    out.insert(QStringLiteral("threads"), ThreadBudget::threads());
    const QJsonObject unsorted = pass(-1);
    const QJsonObject sorted = pass(AuditColumns::fromKey(m_sortColumn));
    if (unsorted.isEmpty() || sorted.isEmpty()) {
        std::fprintf(stderr, "whitemagic: cannot audit %s\n", qPrintable(m_folder));
        return 1;
    }
    out.insert(QStringLiteral("rows"), unsorted.value(QStringLiteral("rows")));
    out.insert(QStringLiteral("unsorted"), unsorted);
    out.insert(QStringLiteral("sorted"), sorted);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace wm::ui
