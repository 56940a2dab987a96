// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Fixtures for the desktop app's suites: generated trees, and waiting for
// an audit in the window.

#include "TestSupport.h"
#include "app/Application.h"
#include "jobs/AuditBatch.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace wmtest {

// A tree of `dirs` folders (nested three deep) with `filesPerDir` files of
// a few languages each, sizes varying so sorting by size means something.
inline int makeTree(const QString &root, int dirs, int filesPerDir)
{
    int n = 0;
    for (int d = 0; d < dirs; ++d) {
        const QString dir = QStringLiteral("top%1/mid%2/leaf%3").arg(d % 5).arg(d % 7).arg(d);
        for (int f = 0; f < filesPerDir; ++f) {
            QByteArray body;
            const int lines = 1 + (d * 7 + f * 13) % 40;
            for (int l = 0; l < lines; ++l)
                body += (l % 5 == 0 ? "// comment line\n" : "int value = 42; // code\n");
            const char *ext = f % 3 == 0 ? "cpp" : (f % 3 == 1 ? "py" : "md");
            if (!writeFile(root,
                           QStringLiteral("%1/file%2.%3").arg(dir).arg(f).arg(QLatin1String(ext)),
                           body))
                return -1;
            ++n;
        }
    }
    return n;
}

inline void setupApp()
{
    wm::ui::Application::setup(*static_cast<QApplication *>(QCoreApplication::instance()));
}

// Starts an audit of `root` in `w` and waits for its end; the outcome.
inline wm::ui::AuditOutcome auditAndWait(wm::ui::MainWindow &w, const QString &root,
                                         int timeoutMs = 120000)
{
    QSignalSpy done(&w, &wm::ui::MainWindow::auditFinished);
    if (!w.startAudit(root)) return {};
    if (!done.wait(timeoutMs)) return {};
    return done.takeFirst().at(0).value<wm::ui::AuditOutcome>();
}

// The Markdown report without its date line, which differs between runs.
inline QByteArray withoutDate(QByteArray md)
{
    QList<QByteArray> lines = md.split('\n');
    // The date, and the measured hexagram line with the token count that
    // includes it, are the only lines that differ from run to run.
    lines.removeIf([](const QByteArray &l) {
        return l.startsWith("- Date: ") || l.startsWith("- Hexagram of this audit: ") ||
               l.startsWith("_This report: about ");
    });
    return lines.join('\n');
}

} // namespace wmtest
