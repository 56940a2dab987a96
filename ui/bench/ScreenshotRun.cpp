// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ScreenshotRun.h"

#include "models/AuditColumns.h"
#include "models/AuditProxyModel.h"
#include "views/AuditView.h"
#include "views/FilePreview.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace wm::ui {

ScreenshotRun::ScreenshotRun(MainWindow &window, QString folder, QString prefix)
    : m_window(window), m_folder(std::move(folder)), m_prefix(std::move(prefix))
{
}

bool ScreenshotRun::save(const QString &suffix)
{
    const QString path = m_prefix + suffix;
    const bool ok = m_window.grab().save(path);
    std::fprintf(stderr, "whitemagic: %s %s\n", ok ? "saved" : "cannot save", qPrintable(path));
    return ok;
}

int ScreenshotRun::run()
{
    m_window.resize(1280, 800);
    m_window.show();
    AuditView *view = m_window.auditView();
    view->tableView()->horizontalHeader()->setSortIndicator(AuditColumns::Lines,
                                                            Qt::DescendingOrder);
    bool midSaved = false;
    bool ok = true;
    QEventLoop loop;
    QObject::connect(&m_window, &MainWindow::batchShown, &loop, [&] {
        // Mid-scan: once a few thousand rows are in, while the scan runs.
        if (midSaved || view->proxyModel()->rowCount() < 3000) return;
        midSaved = true;
        // Lay the batch out without running the loop (which could end the scan).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        ok = save(QStringLiteral("-scanning.png")) && ok;
    });
    QObject::connect(&m_window, &MainWindow::auditFinished, &loop, [&] {
        QTimer::singleShot(300, &loop, [&] {
            QTableView *t = view->tableView();
            // The preview is read and coloured on a worker: shoot once it is in.
            QEventLoop previewed;
            QObject::connect(view->preview(), &FilePreview::shown, &previewed, &QEventLoop::quit);
            QTimer::singleShot(10000, &previewed, &QEventLoop::quit);
            t->selectRow(0);
            t->setFocus();
            previewed.exec();
            QApplication::processEvents();
            ok = save(QStringLiteral("-done.png")) && ok;
            loop.quit();
        });
    });
    if (!m_window.startAudit(m_folder)) return 1;
    loop.exec();
    if (!midSaved) std::fprintf(stderr, "whitemagic: the scan ended before a mid-scan shot\n");
    return ok ? 0 : 1;
}

} // namespace wm::ui
