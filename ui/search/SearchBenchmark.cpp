// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchBenchmark.h"

#include "IndexStatus.h"
#include "PreviewEditor.h"
#include "SearchPreview.h"
#include "SearchResultModel.h"
#include "SearchView.h"
#include "SyntaxColorizer.h"
#include "bench/DarkPalette.h"
#include "bench/StallMeter.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace wm::ui {
namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop up to check
    tick.start(2);
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Notes when a widget was last painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *w) : QObject(w) { w->installEventFilter(this); }
    qint64 paints = 0;

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) ++paints;
        return QObject::eventFilter(o, e);
    }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// The machine's 1-minute load: stalls mean little without it.
double loadAverage()
{
    double load[1] = {-1};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace

SearchBenchmark::SearchBenchmark(MainWindow &window, QString folder, QStringList queries)
    : m_window(window), m_folder(std::move(folder)), m_queries(std::move(queries))
{
}

bool SearchBenchmark::prepare(const QString &dbPath)
{
    m_window.resize(1280, 800);
    m_view = m_window.findChild<SearchView *>();
    if (m_view == nullptr || m_queries.isEmpty()) return false;
    m_window.viewTabs()->setCurrentWidget(m_view);
    m_window.show();
    m_view->setRoot(m_folder, dbPath); // visible: the index update starts
    return !m_view->root().isEmpty();
}

bool SearchBenchmark::typeAndWait(const QString &query, int keyIntervalMs, double *lastKeyMs,
                                  double *startMs, double *previewMs)
{
    QLineEdit *field = m_view->searchField();
    field->clear();
    spin(keyIntervalMs);
    bool shown = false;
    QElapsedTimer clock;
    qint64 startNs = -1;
    const auto c1 =
        QObject::connect(m_view, &SearchView::resultsShown, m_view, [&] { shown = true; });
    const auto c2 =
        QObject::connect(m_view, &SearchView::queryFailed, m_view, [&] { shown = true; });
    const auto c3 = QObject::connect(m_view, &SearchView::querySubmitted, m_view,
                                     [&] { startNs = clock.nsecsElapsed(); });
    for (const QChar ch : query) {
        field->insert(QString(ch));
        clock.start();
        startNs = -1;
        shown = false;
        spin(keyIntervalMs);
    }
    auto *watch = new PaintWatch(m_view->resultList()->viewport());
    bool ok = waitUntil([&] { return shown; }, 30000);
    const qint64 paintsBefore = watch->paints;
    ok = ok && waitUntil([&] { return watch->paints > paintsBefore; }, 5000);
    const qint64 endNs = clock.nsecsElapsed();
    *lastKeyMs = double(endNs) / 1e6;
    *startMs = startNs < 0 ? -1 : double(endNs - startNs) / 1e6;
    delete watch;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    *previewMs = -1;
    if (ok && m_view->resultModel()->rowCount() > 0) {
        bool previewed = false;
        const auto c4 = QObject::connect(m_view->preview(), &SearchPreview::shown, m_view,
                                         [&] { previewed = true; });
        QElapsedTimer p;
        p.start();
        m_view->resultList()->setCurrentIndex(m_view->resultModel()->index(0, 0));
        if (waitUntil([&] { return previewed; }, 30000))
            *previewMs = double(p.nsecsElapsed()) / 1e6;
        QObject::disconnect(c4);
    }
    return ok;
}

QJsonObject SearchBenchmark::indexingPhase()
{
    StallMeter stalls;
    bool finished = false;
    IndexOutcome outcome;
    const auto c =
        QObject::connect(m_view, &SearchView::indexFinished, m_view, [&](const IndexOutcome &o) {
            finished = true;
            outcome = o;
        });
    QElapsedTimer clock;
    clock.start();
    stalls.start();
    int typed = 0;
    while (!finished) { // keep typing while it builds
        double a = 0, b = 0, p = 0;
        typeAndWait(m_queries.at(typed++ % m_queries.size()), 60, &a, &b, &p);
        spin(100);
    }
    stalls.stop();
    QObject::disconnect(c);
    QJsonObject o;
    o[QStringLiteral("index_ms")] = double(clock.elapsed());
    o[QStringLiteral("files_added")] = outcome.stats.added;
    o[QStringLiteral("queries_typed")] = typed;
    o[QStringLiteral("max_stall_ms")] = stalls.maxStallMs();
    o[QStringLiteral("stalls_over_50ms")] = stalls.stallsOver(50);
    o[QStringLiteral("max_gui_busy_ms")] = stalls.maxStallCpuMs();
    o[QStringLiteral("gui_busy_over_50ms")] = stalls.stallsOverCpu(50);
    return o;
}

QJsonObject SearchBenchmark::typingPhase()
{
    StallMeter stalls;
    std::vector<double> lastKey, start, preview;
    stalls.start();
    for (int i = 0; i < queryCount; ++i) {
        double a = 0, b = 0, p = 0;
        if (!typeAndWait(m_queries.at(i % m_queries.size()), 40, &a, &b, &p)) continue;
        lastKey.push_back(a);
        if (b >= 0) start.push_back(b);
        if (p >= 0) preview.push_back(p);
    }
    stalls.stop();
    QJsonObject o;
    o[QStringLiteral("queries")] = int(lastKey.size());
    o[QStringLiteral("keystroke_to_results_p50_ms")] = percentile(lastKey, 0.5);
    o[QStringLiteral("keystroke_to_results_p95_ms")] = percentile(lastKey, 0.95);
    o[QStringLiteral("query_start_to_results_p50_ms")] = percentile(start, 0.5);
    o[QStringLiteral("query_start_to_results_p95_ms")] = percentile(start, 0.95);
    o[QStringLiteral("preview_p50_ms")] = percentile(preview, 0.5);
    o[QStringLiteral("preview_p95_ms")] = percentile(preview, 0.95);
    o[QStringLiteral("max_stall_ms")] = stalls.maxStallMs();
    o[QStringLiteral("stalls_over_50ms")] = stalls.stallsOver(50);
    o[QStringLiteral("max_gui_busy_ms")] = stalls.maxStallCpuMs();
    o[QStringLiteral("gui_busy_over_50ms")] = stalls.stallsOverCpu(50);
    return o;
}

int SearchBenchmark::run()
{
    QTemporaryDir tmp; // a fresh index: the user's own is never touched
    if (!tmp.isValid() || !prepare(tmp.filePath(QStringLiteral("bench.db")))) {
        std::fprintf(stderr, "whitemagic: cannot benchmark search in %s\n", qPrintable(m_folder));
        return 1;
    }
    QJsonObject out;
    out[QStringLiteral("folder")] = m_view->root();
    out[QStringLiteral("highlighter")] = SyntaxColorizer::backendName();
    out[QStringLiteral("debounce_ms")] = SearchView::debounceMs;
    out[QStringLiteral("while_indexing")] = indexingPhase();
    out[QStringLiteral("built_index")] = typingPhase();
    QJsonArray q;
    for (const QString &s : m_queries)
        q.append(s);
    out[QStringLiteral("queries")] = q;
    out[QStringLiteral("load_average")] = loadAverage();
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}

int SearchBenchmark::screenshots(const QString &prefix)
{
    QTemporaryDir tmp;
    if (!tmp.isValid() || !prepare(tmp.filePath(QStringLiteral("shot.db")))) return 1;
    if (!waitUntil([this] { return !m_view->isIndexing(); }, 600000)) return 1;
    int failures = 0;
    for (const bool dark : {false, true}) {
        if (dark) {
            DarkPalette::apply();
        }
        double a = 0, b = 0, p = 0;
        if (!typeAndWait(m_queries.first(), 40, &a, &b, &p) || p < 0) ++failures;
        m_view->preview()->editor()->nextHit(); // show the hit counter moving
        spin(300);
        const QString path =
            prefix + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png"));
        const bool ok = m_window.grab().save(path);
        std::fprintf(stderr, "whitemagic: %s %s\n", ok ? "saved" : "cannot save", qPrintable(path));
        failures += ok ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace wm::ui
