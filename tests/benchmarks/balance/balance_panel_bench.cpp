// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm-balance-bench DIR [--seconds N] [--screenshot PNG] [--dark] [--size WxH]
//
// The balance panel's cost while an audit runs: audits DIR in the app's job
// layer (AuditJob on the application's pool, as the window does), feeds the
// panel the way MainWindow does, and after N seconds (default 10) prints one
// JSON object:
//   panel_cpu_ms      GUI-thread CPU time spent in the panel: events to the
//                     panel and its children (paints, timers, tooltips), the
//                     animation ticks, and the model's offer() calls
//   panel_core_pct    that, as a share of one core over the window
//   gui_thread_cpu_ms all CPU time of the GUI thread (batch hand-over too)
//   casts, paints, animations; idle_paints/idle_cpu_ms over 2 s after the run
// With --screenshot it saves the panel while a line is changing, mid-animation;
// with --final-screenshot, after the run (the hexagram of the audit).
#include "audit/AuditEngine.h"
#include "balance/BalanceModel.h"
#include "balance/BalancePanel.h"
#include "balance/HexagramWidget.h"
#include "balance/LineTransition.h"
#include "jobs/AuditJob.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace wm;
using namespace wm::ui;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Attributes the GUI thread's event handling to the panel.
class MeteredApp : public QApplication
{
public:
    using QApplication::QApplication;
    QWidget *panel = nullptr;
    qint64 panelNs = 0;
    int paints = 0;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !counts(receiver)) return QApplication::notify(receiver, event);
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            ++paints;
            if (qEnvironmentVariableIsSet("WM_BENCH_TRACE"))
                std::fprintf(stderr, "paint %s %s\n", receiver->metaObject()->className(),
                             qPrintable(receiver->objectName()));
        }
        ++m_depth;
        const qint64 t0 = threadCpuNs();
        const bool r = QApplication::notify(receiver, event);
        panelNs += threadCpuNs() - t0;
        --m_depth;
        return r;
    }

private:
    bool counts(QObject *o) const
    {
        // Qt's animation driver ticks only the panel's animations here.
        const char *cls = o->metaObject()->className();
        if (qstrcmp(cls, "QUnifiedTimer") == 0 || qstrcmp(cls, "QAnimationTimer") == 0) return true;
        for (; o; o = o->parent())
            if (o == panel) return true;
        return false;
    }
    int m_depth = 0;
};

QPalette darkPalette()
{
    QPalette pal;
    pal.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    pal.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    pal.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
    pal.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    pal.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    pal.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    pal.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    pal.setColor(QPalette::Highlight, QColor(0x4e, 0x9a, 0xe6));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    return pal;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    MeteredApp app(argc, argv);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to audit."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Window."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("PNG to save."),
                                  QStringLiteral("PNG"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Panel size."),
                                  QStringLiteral("WxH"), QStringLiteral("680x560"));
    const QCommandLineOption finalShot(QStringLiteral("final-screenshot"),
                                       QStringLiteral("PNG of the panel after the run."),
                                       QStringLiteral("PNG"));
    p.addOptions({seconds, shot, dark, size, finalShot});
    p.addHelpOption();
    p.process(app);
    if (p.positionalArguments().size() != 1) p.showHelp(2);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (p.isSet(dark)) app.setPalette(darkPalette());
    const qint64 windowMs = p.value(seconds).toLongLong() * 1000;

    BalancePanel panel;
    app.panel = &panel;
    const QStringList wh = p.value(size).split(QLatin1Char('x'));
    panel.resize(wh.value(0).toInt(), wh.value(1).toInt());
    panel.show();
    BalanceModel &model = panel.model();
    int casts = 0;
    int batches = 0;
    int animations = 0;
    bool shotTaken = !p.isSet(shot);
    QObject::connect(&model, &BalanceModel::changed, &panel, [&] {
        ++casts;
        if (panel.hexagramWidget()->transition().isRunning()) ++animations;
        // Mid-animation, once the run has gone on long enough to mean something.
        if (!shotTaken && model.hasCast() && model.casting().hasChanges() && casts > 4) {
            shotTaken = true;
            QTimer::singleShot(LineTransition::durationMs / 2, &panel, [&] {
                panel.grab().save(p.value(shot));
                std::fprintf(stderr, "saved %s\n", qPrintable(p.value(shot)));
            });
        }
    });

    // As the audit benchmark runs it: every file (the kernel tree's Debian
    // .gitignore ignores everything at its top).
    AppSettings settings;
    settings.respectIgnore = false;
    settings.hidden = true;
    AuditJob job(settings.auditOptions(p.positionalArguments().first()));
    QObject::connect(&job, &AuditJob::batchReady, &panel, [&](const AuditBatchPtr &batch) {
        ++batches;
        const qint64 t0 = threadCpuNs();
        model.offer(batch->progress);
        app.panelNs += threadCpuNs() - t0;
    });
    QObject::connect(&job, &AuditJob::auditFinished, &model, &BalanceModel::finish);
    AuditOutcome outcome;
    QObject::connect(&job, &AuditJob::auditFinished, &panel,
                     [&](const AuditOutcome &o) { outcome = o; });

    // The first paint (fonts loaded) before the run, as in the app.
    waitMs(500);
    QElapsedTimer wall;
    const qint64 gui0 = threadCpuNs();
    model.begin();
    wall.start();
    job.start();
    QTimer::singleShot(windowMs, &app, [&] { app.quit(); });
    QObject::connect(&job, &WorkerJob::finished, &app, [&] { app.quit(); });
    app.exec();
    const qint64 elapsed = wall.elapsed();
    const qint64 guiNs = threadCpuNs() - gui0;
    const qint64 panelNs = app.panelNs;
    const int paints = app.paints;
    const bool finishedEarly = !job.isRunning();
    job.cancel();
    QEventLoop wait;
    if (job.isRunning()) {
        QObject::connect(&job, &WorkerJob::finished, &wait, &QEventLoop::quit);
        wait.exec();
    }
    // Idle: the run is over; the panel should neither paint nor compute.
    waitMs(500); // the final cast and its animation settle
    const qint64 idle0 = app.panelNs;
    const int idlePaints0 = app.paints;
    waitMs(2000);

    const QJsonObject out{
        {QStringLiteral("dir"), p.positionalArguments().first()},
        {QStringLiteral("window_ms"), elapsed},
        {QStringLiteral("audit_finished_early"), finishedEarly},
        {QStringLiteral("files_when_finished"), outcome.totals.files},
        {QStringLiteral("error"), outcome.fatalError},
        {QStringLiteral("panel_cpu_ms"), double(panelNs) / 1e6},
        {QStringLiteral("panel_core_pct"), 100.0 * double(panelNs) / 1e6 / double(elapsed)},
        {QStringLiteral("gui_thread_cpu_ms"), double(guiNs) / 1e6},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("casts"), casts},
        {QStringLiteral("animations"), animations},
        {QStringLiteral("paints"), paints},
        {QStringLiteral("idle_paints_2s"), app.paints - idlePaints0},
        {QStringLiteral("idle_cpu_ms_2s"), double(app.panelNs - idle0) / 1e6},
        {QStringLiteral("sampling_after_run"), model.isSampling()},
    };
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    if (p.isSet(finalShot)) panel.grab().save(p.value(finalShot)); // after the idle figures
    return 0;
}
