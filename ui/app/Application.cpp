// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Application.h"

#include "CommandLine.h"
#include "Translations.h"
#include "bench/GuiBenchmark.h"
#include "bench/ScreenshotRun.h"
#include "bench/ViewScreenshots.h"
#include "jobs/AuditBatch.h"
#include "search/SearchBenchmark.h"
#include "search/SyntaxColorizer.h"
#include "settings/AppSettings.h"
#include "window/Icons.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <cstdio>

// The icons live in the static whitemagic-ui library: register them by hand.
static void initResources()
{
    Q_INIT_RESOURCE(whitemagic);
}

namespace wm::ui {

void Application::setup(QApplication &app)
{
    initResources();
    QCoreApplication::setOrganizationName(QStringLiteral("WhiteMagic"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("whitemagic.org"));
    QCoreApplication::setApplicationName(QStringLiteral("WhiteMagic"));
    // --version also says which preview highlighter was built in.
    QCoreApplication::setApplicationVersion(
        QStringLiteral(WM_VERSION) +
        QStringLiteral(" (preview: %1)").arg(SyntaxColorizer::backendName()));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("WhiteMagic"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.whitemagic.WhiteMagic"));
    app.setWindowIcon(Icons::app());
    // Before any widget or --help text exists: they are built translated.
    QSettings settings;
    Translations::install(AppSettings::loadLanguage(settings));
    qRegisterMetaType<AuditBatchPtr>();
    qRegisterMetaType<AuditOutcome>();
}

int Application::run(QApplication &app)
{
    setup(app);
    const CommandLine cl = CommandLine::parse(app);
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "whitemagic: %s\n", qPrintable(cl.error));
        return 2;
    }
    MainWindow window;
    if (cl.noIgnore || cl.hidden) {
        // This run only: the saved settings stay as they are.
        AppSettings s = window.settings();
        s.respectIgnore = s.respectIgnore && !cl.noIgnore;
        s.hidden = s.hidden || cl.hidden;
        window.setSettings(s, false);
    }
    if (cl.benchmarkSearch) return SearchBenchmark(window, cl.folder, cl.queries).run();
    if (!cl.searchScreenshotPrefix.isEmpty())
        return SearchBenchmark(window, cl.folder, cl.queries)
            .screenshots(cl.searchScreenshotPrefix);
    if (cl.benchmark) return GuiBenchmark(window, cl.folder, cl.sortColumn).run();
    if (!cl.screenshotPrefix.isEmpty())
        return ScreenshotRun(window, cl.folder, cl.screenshotPrefix).run();
    if (!cl.viewsScreenshotPrefix.isEmpty())
        return ViewScreenshots(window, cl.folder, cl.viewsScreenshotPrefix).run();
    window.show();
    if (!cl.folder.isEmpty())
        QTimer::singleShot(0, &window,
                           [&window, folder = cl.folder] { window.startAudit(folder); });
    return QApplication::exec();
}

} // namespace wm::ui
