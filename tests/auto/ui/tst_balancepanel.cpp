// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The balance panel: its model casts what `wm hexagram` casts, it samples a
// running engine at a few hertz, it paints nothing when nothing changes, its
// bars are drawn where they belong at any size and ratio, and the hexagram
// of a finished audit stays and reaches the report.
#include "BarScan.h"
#include "PanelTestSupport.h"
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "balance/BalanceModel.h"
#include "balance/BalancePanel.h"
#include "balance/HexagramSummary.h"
#include "balance/HexagramWidget.h"
#include "balance/SignalTable.h"
#include "jobs/AuditBatch.h"
#include "jobs/ThreadBudget.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace wm;
using namespace wm::ui;
using namespace paneltest;

namespace {

QJsonObject wmJson(const QStringList &args)
{
    const auto r = wmtest::wm(args);
    if (r.exitCode != 0) qWarning() << "wm" << args << "failed:" << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestBalancePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(whitemagic);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(QStringLiteral(WM_BINARY)), "the wm binary is the reference");
    }

    // Signal sets around the thresholds, one after another as a live run
    // would measure them: each cast's lines, fed to `wm hexagram --lines`,
    // give the hexagram, the changing lines and the result the model shows.
    void castsWhatTheCliCasts()
    {
        const std::vector<BalanceSignals> series{
            signalSet({0.9, 0.8, 1.0, 6.0, 0.0, 0.0}),   // work-bound, calm folder
            signalSet({0.3, 0.2, 1.0, 6.0, 0.0, 0.0}),   // lines 1, 2 cross to yin
            signalSet({0.3, 0.2, 0.5, 0.5, 0.02, 0.2}),  // 3, 4 down; 5, 6 up
            signalSet({0.55, 0.2, 0.5, 0.5, 0.02, 0.2}), // 1 crosses up, near its threshold
            signalSet({0.55, 0.2, 0.5, 0.5, 0.02, 0.2}), // steady: only the near line changes
            signalSet({0.2, 0.9, 0.85, 3.5, 0.0, 0.06}), // near thresholds on 3, 4, 6
        };
        BalanceModel model;
        model.begin();
        const BalanceSignals *previous = nullptr;
        for (const BalanceSignals &s : series) {
            model.castNow(s, 2, 4);
            const Casting c = model.casting();
            // The rule, restated: yang when at or over the threshold; a line
            // that crossed since the previous set is drawn as the side it left.
            for (int n = 1; n <= 6; ++n) {
                const auto &rule = HexagramCaster::rule(n);
                const double v = s.values[size_t(n - 1)];
                const bool above = v >= rule.threshold;
                const bool crossed =
                    previous && (previous->values[size_t(n - 1)] >= rule.threshold) != above;
                QCOMPARE(c.line(n).yang, crossed ? !above : above);
                QCOMPARE(c.line(n).changing, crossed || std::abs(v - rule.threshold) <= rule.band);
            }
            const QJsonObject cli =
                wmJson({"hexagram", "--lines", c.traditionalDigits(), "--json"});
            QCOMPARE(cli.value("number").toInt(), c.primary().number());
            QCOMPARE(cli.value("chinese").toString(), c.primary().chinese());
            QCOMPARE(cli.value("english").toString(), c.primary().english());
            QJsonArray changing;
            for (int n : c.changingLines())
                changing.append(n);
            QCOMPARE(cli.value("changingLines").toArray(), changing);
            const QJsonValue resulting = cli.value("resulting");
            QCOMPARE(resulting.isObject(), c.hasChanges());
            if (c.hasChanges())
                QCOMPARE(resulting.toObject().value("number").toInt(), c.relating().number());
            previous = &s;
        }
    }

    // A real audit's signals, as `wm hexagram DIR --json` measured them:
    // the model casts the same hexagram and the summary line is the CLI's.
    void summaryLineIsTheClis()
    {
        const QJsonObject o = wmJson({"hexagram", QStringLiteral(WM_SOURCE_DIR "/core"), "--json"});
        const QJsonArray list = o.value("signals").toArray();
        QCOMPARE(list.size(), 6);
        BalanceSignals s;
        for (int i = 0; i < 6; ++i)
            s.values[size_t(i)] = list[i].toObject().value("value").toDouble();
        const int recommended = o.value("threads").toObject().value("recommended").toInt();
        BalanceModel model;
        model.castNow(s, 2, recommended);
        QCOMPARE(model.casting().primary().number(),
                 o.value("hexagram").toObject().value("number").toInt());
        QCOMPARE(HexagramSummary::line(model.casting(), recommended),
                 o.value("summary").toString());
        const auto text = wmtest::wm({"hexagram", QStringLiteral(WM_SOURCE_DIR "/core")});
        QVERIFY(QString::fromUtf8(text.out).contains(HexagramSummary::label() + ": "));
    }

    // The engine's live signals (AuditProgress::balance) use the final
    // cast's definitions: at the last tick the count-based ones equal what
    // BalanceSignals::fromAudit gives, with references from the fixture.
    void liveSignalsAreTheFinalOnes()
    {
        QTemporaryDir dir;
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3 * 3600);
        for (int i = 0; i < 300; ++i) {
            const QString rel = QStringLiteral("d%1/f%2.txt").arg(i % 5).arg(i);
            QVERIFY(wmtest::writeFile(dir.path(), rel, "x\n"));
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (i % 4 != 0) QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        QVERIFY(wmtest::writeFile(dir.path(), "big.txt", QByteArray(200, 'x')));
        AuditOptions o;
        o.walk.root = dir.path();
        o.threads = 2;
        o.maxFileSize = 100; // big.txt becomes an error row
        std::vector<AuditProgress> ticks;
        AuditEngine::Callbacks cb;
        cb.onProgress = [&](const AuditProgress &p) { ticks.push_back(p); };
        const AuditResult r = AuditEngine::run(o, nullptr, cb);
        QVERIFY(!ticks.empty());
        const AuditProgress &last = ticks.back();
        QVERIFY(last.finished);
        const BalanceSignals whole = BalanceSignals::fromAudit(r);
        const BalanceSignals lastSignals =
            BalanceSignals::fromStats(last.stats, last.statFiles, last.statErrors);
        QCOMPARE(r.totals.files, 301);
        QCOMPARE(lastSignals[BalanceSignals::ChangeRate], 76.0 / 301); // every 4th, and big.txt
        QCOMPARE(lastSignals[BalanceSignals::ErrorShare], 1.0 / 301);  // big.txt
        QCOMPARE(lastSignals[BalanceSignals::ChangeRate], whole[BalanceSignals::ChangeRate]);
        QCOMPARE(lastSignals[BalanceSignals::ErrorShare], whole[BalanceSignals::ErrorShare]);
        QCOMPARE(lastSignals[BalanceSignals::QueueDepth], whole[BalanceSignals::QueueDepth]);
        QCOMPARE(last.threads, 2);
        QCOMPARE(last.threads, r.stats.threads);
        for (const AuditProgress &p : ticks)
            QVERIFY(p.recommendedThreads >= 1);
    }

    // The engine reports at ~10 Hz; the model casts at most every 250 ms
    // and leaves no timer running once the figures stop coming.
    void samplesAtAFewHertz()
    {
        BalanceModel model;
        QSignalSpy changed(&model, &BalanceModel::changed);
        model.begin();
        changed.clear();
        QElapsedTimer clock;
        clock.start();
        int offered = 0;
        while (clock.elapsed() < 1000) {
            // Every set differs, so every sample is a change.
            const double v = 0.1 + 0.8 * ((offered % 7) / 7.0);
            model.offer(progressAt(10 + offered), signalSet({v, v, 1, 6, 0, 0}));
            ++offered;
            QTest::qWait(20);
        }
        QVERIFY2(offered >= 30, qPrintable(QString::number(offered)));
        QVERIFY2(changed.count() >= 3 && changed.count() <= 6,
                 qPrintable(QStringLiteral("%1 casts in 1 s").arg(changed.count())));
        QTRY_VERIFY(!model.isSampling());
        QVERIFY(model.hasCast());
        QCOMPARE(model.threadsInUse(), 2);
        QCOMPARE(model.recommendedThreads(), 3);
    }

    // Lines that change animate for ~300 ms; then a second of steady
    // figures paints nothing anywhere in the panel.
    void quietSecondPaintsNothing()
    {
        BalancePanel panel;
        panel.resize(640, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        BalanceModel &model = panel.model();
        HexagramWidget *hex = panel.hexagramWidget();
        model.begin();
        const BalanceSignals a = signalSet({0.9, 0.8, 1.0, 6.0, 0.0, 0.0});
        const BalanceSignals b = signalSet({0.2, 0.8, 1.0, 6.0, 0.0, 0.0});
        model.castNow(a, 2, 2);
        QTRY_VERIFY(!hex->transition().isRunning());
        PaintCounter counter(&panel);
        model.castNow(b, 2, 3); // line 1 crosses: it starts changing
        QVERIFY(hex->transition().isRunning());
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY(!hex->transition().isRunning());
        QVERIFY2(clock.elapsed() < 1000, "the animation ends");
        QVERIFY2(counter.count >= 5, qPrintable(QString::number(counter.count)));
        model.castNow(b, 2, 3); // steady now: line 1 turns to yin
        QTRY_VERIFY(!hex->transition().isRunning());
        QTRY_VERIFY(!model.isSampling());
        QTest::qWait(50);
        counter.count = 0;
        // A quiet second: the engine keeps reporting the same figures.
        clock.restart();
        qint64 done = 100;
        while (clock.elapsed() < 1000) {
            model.offer(progressAt(done), b);
            QTest::qWait(100);
        }
        QTRY_VERIFY(!model.isSampling());
        QCOMPARE(counter.count, 0);
        QVERIFY(!hex->transition().isRunning());
    }

    void drawsBarsWhereTheyBelong_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<bool>("dark");
        QTest::newRow("wide 1x light") << QSize(620, 240) << 1.0 << false;
        QTest::newRow("wide 2x dark") << QSize(620, 240) << 2.0 << true;
        QTest::newRow("tall 1x dark") << QSize(300, 460) << 1.0 << true;
        QTest::newRow("tall 1.5x light") << QSize(300, 460) << 1.5 << false;
        QTest::newRow("small 1x light") << QSize(260, 130) << 1.0 << false;
    }

    void drawsBarsWhereTheyBelong()
    {
        QFETCH(QSize, size);
        QFETCH(double, dpr);
        QFETCH(bool, dark);
        BalanceModel model;
        HexagramWidget w(model);
        if (dark) w.setPalette(darkPalette());
        w.resize(size);
        // 0.9 ≥ 0.5 yang, 0.2 < 0.5 yin, 1.0 ≥ 0.8 yang, 1.0 < 4 yin, 0 yin, 0.5 ≥ 0.05 yang:
        // lines 101001, far from every threshold (no changing line).
        model.castNow(signalSet({0.9, 0.2, 1.0, 1.0, 0.0, 0.5}), 2, 2);
        QVERIFY(!model.casting().hasChanges());
        QImage image(size * dpr, QImage::Format_RGB32);
        image.setDevicePixelRatio(dpr);
        const QRgb background = w.palette().color(QPalette::Window).rgb();
        image.fill(background);
        w.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
        const HexagramLayout l = w.currentLayout();
        const QRect device(QRectF(l.main.topLeft() * dpr, l.main.size() * dpr).toAlignedRect());
        const std::vector<bartest::Band> bands = bartest::scan(image, device, background);
        QCOMPARE(int(bands.size()), 6);
        QCOMPARE(bartest::lines(bands), QStringLiteral("101001"));
        // Evenly spaced, equally thick, spanning the hexagram's height.
        const double bar = l.barHeight() * dpr;
        for (size_t i = 0; i < bands.size(); ++i) {
            const int thick = bands[i].bottom - bands[i].top + 1;
            QVERIFY2(std::abs(thick - bar) <= 1.0,
                     qPrintable(QStringLiteral("%1 vs %2").arg(thick).arg(bar)));
        }
        QVERIFY(std::abs(bands.front().top - device.top()) <= 1);
        QVERIFY(std::abs(bands.back().bottom - device.bottom()) <= 1);
        // Crisp: no half-inked rows at the bars' edges.
        const QRgb ink = w.palette().color(QPalette::WindowText).rgb();
        QCOMPARE(bartest::blurred(image, device, background, ink), 0);
        if (qgetenv("WM_BALANCE_SHOTS") == "1")
            image.save(QStringLiteral("/tmp/balance-%1.png")
                           .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    }

    // With changing lines the result is drawn beside the cast, smaller.
    void drawsTheResultingHexagram()
    {
        BalanceModel model;
        HexagramWidget w(model);
        w.resize(620, 240);
        model.castNow(signalSet({0.9, 0.2, 1.0, 1.0, 0.0, 0.5}), 2, 2);
        model.castNow(signalSet({0.2, 0.2, 1.0, 1.0, 0.0, 0.5}), 2, 2); // line 1 crossed
        const Casting c = model.casting();
        QCOMPARE(c.changingLines(), QList<int>{1});
        QImage image(w.size(), QImage::Format_RGB32);
        const QRgb background = w.palette().color(QPalette::Window).rgb();
        image.fill(background);
        w.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
        const HexagramLayout l = w.currentLayout();
        const auto main = bartest::scan(image, l.main.toAlignedRect(), background);
        const auto relating = bartest::scan(image, l.relating.toAlignedRect(), background);
        QCOMPARE(bartest::lines(main), QStringLiteral("101001")); // drawn as the side it leaves
        QCOMPARE(bartest::lines(relating), QStringLiteral("001001"));
        QCOMPARE(c.relating().linesString(), QStringLiteral("001001"));
        QVERIFY(w.accessibleDescription().contains(QString::number(c.primary().number())));
        QVERIFY(w.accessibleDescription().contains(c.relating().english()));
    }

    // Each drawn line's tooltip names its signal, value and threshold.
    void lineTooltips()
    {
        BalanceModel model;
        HexagramWidget w(model);
        w.resize(620, 240);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        model.castNow(signalSet({0.9, 0.2, 0.777, 1.0, 0.0, 0.5}), 2, 2);
        const HexagramLayout l = w.currentLayout();
        for (int n = 1; n <= 6; ++n) {
            const QPoint at = HexagramLayout::bar(l.main, n).center().toPoint();
            QHelpEvent help(QEvent::ToolTip, at, w.mapToGlobal(at));
            QApplication::sendEvent(&w, &help);
            const auto &rule = HexagramCaster::rule(n);
            const QString tip = QToolTip::text();
            QVERIFY2(tip.contains(QString::fromLatin1(rule.label)), qPrintable(tip));
            QVERIFY2(
                tip.contains(QString::number(model.reading().lines[size_t(n - 1)].value, 'f', 3)),
                qPrintable(tip));
            QVERIFY2(tip.contains(QString::number(rule.threshold, 'f', 3)), qPrintable(tip));
        }
        QToolTip::hideText();
    }

    // A real audit in the window: the panel follows it and keeps the
    // hexagram of the audit afterwards; the exported report carries it.
    void summaryStaysAndReachesTheReport()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("d%1/f%2.txt").arg(i % 7).arg(i),
                                      QByteArray("line\n").repeated(i + 1)));
        MainWindow window;
        window.show();
        auto *panel = window.findChild<BalancePanel *>();
        QVERIFY2(panel, qPrintable(QString::number(window.viewTabs()->count())));
        QSignalSpy finished(&window, &MainWindow::auditFinished);
        QVERIFY(window.startAudit(dir.path()));
        QVERIFY(finished.wait(60000));
        const BalanceModel &m = panel->model();
        QCOMPARE(m.state(), BalanceModel::State::Finished);
        QVERIFY(!m.summary().isEmpty());
        QVERIFY(m.summary().startsWith(m.casting().primary().symbol() + u' ' +
                                       QString::number(m.casting().primary().number())));
        // The count the engine really ran with: the application's pool.
        QCOMPARE(m.threadsInUse(), ThreadBudget::threads());
        QVERIFY(m.recommendedThreads() >= 1);
        QVERIFY(panel->summaryLabel()->isVisible() || !panel->isVisible());
        QVERIFY(panel->summaryLabel()->text().contains(m.summary().toHtmlEscaped()));
        const QString report = window.markdownReport();
        QVERIFY2(report.contains(
                     QStringLiteral("- %1: %2\n").arg(HexagramSummary::label(), m.summary())),
                 qPrintable(report.left(600)));
        QTest::qWait(300);
        QCOMPARE(m.state(), BalanceModel::State::Finished); // stays
        QVERIFY(!m.isSampling());
    }
};

QTEST_MAIN(TestBalancePanel)
#include "tst_balancepanel.moc"
