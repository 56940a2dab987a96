// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The report map (issue 16) on a synthetic tree shaped like the Linux
// kernel: 30 top-level folders of very different sizes, READMEs, Kconfig
// menus, index.rst titles, package manifests, headers included by many
// files, and summaries that say nothing ("foo", "VERSION = 6", "Linus").
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "report/MarkdownReport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace wm;

namespace {

// Top-level folders: name, how many C files, how it describes itself.
struct Top
{
    QString name;
    int files;
    QString kind; // readme, kconfig, index, manifest, none
    QString words;
};

QList<Top> tops()
{
    QList<Top> t;
    const char *kinds[] = {"kconfig", "readme", "index", "manifest", "none"};
    for (int i = 0; i < 30; ++i) {
        // Sizes fall off like the kernel's: drivers/ is most of the tree.
        const int files = i == 0 ? 120 : std::max(1, 40 / (i + 1));
        const QString kind = QString::fromLatin1(kinds[i % 5]);
        t.push_back({QStringLiteral("top%1").arg(i, 2, 10, QLatin1Char('0')), files, kind,
                     QStringLiteral("Subsystem number %1 of the tree").arg(i)});
    }
    return t;
}

// The kernel's files open with licence tags; these samples do too
// (REUSE-IgnoreStart/End keep `reuse lint` from reading them as this file's).
// REUSE-IgnoreStart
QByteArray describing(const Top &t)
{
    if (t.kind == QLatin1String("kconfig"))
        return "# SPDX-License-Identifier: GPL-2.0\nmenu \"" + t.words.toUtf8() +
               "\"\nconfig FOO\n\tbool \"foo\"\nendmenu\n";
    if (t.kind == QLatin1String("readme"))
        return t.words.toUtf8() + "\n=========\n\nMore text follows here.\n";
    if (t.kind == QLatin1String("index"))
        return ".. SPDX-License-Identifier: GPL-2.0\n\n=====\n" + t.words.toUtf8() +
               "\n=====\n\n.. toctree::\n";
    return "{\n  \"name\": \"x\",\n  \"description\": \"" + t.words.toUtf8() + "\"\n}\n";
}
// REUSE-IgnoreEnd

QString fileOf(const Top &t)
{
    if (t.kind == QLatin1String("kconfig")) return QStringLiteral("Kconfig");
    if (t.kind == QLatin1String("readme")) return QStringLiteral("README");
    if (t.kind == QLatin1String("index")) return QStringLiteral("index.rst");
    return QStringLiteral("package.json");
}

const char *const kUninformative[] = {"foo", "VERSION = 6", "Linus", "Speed."};

// The report's own estimate (TokenEstimator::forReport); its error against
// real tokenizers is measured by tests/benchmarks/report-bench.sh.
qint64 estimate(const QString &s)
{
    return MarkdownReport::tokensOf(s);
}

} // namespace

class TestReportMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    AuditResult m_audit;
    int m_includers = 0; // files that include top00/include/core.h

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.filePath(QStringLiteral("linux-like"));
        QVERIFY(wmtest::writeFile(m_root, QStringLiteral("README"),
                                  "Linux-like kernel\n============\n\nA test tree.\n"));
        QVERIFY(wmtest::writeFile(m_root, QStringLiteral("Makefile"), "VERSION = 6\n"));
        QVERIFY(wmtest::writeFile(m_root, QStringLiteral("CREDITS"), "Linus\n"));
        QVERIFY(wmtest::writeFile(m_root, QStringLiteral("top00/include/core.h"),
                                  "/* Core definitions every driver shares */\nint core;\n"));
        for (const Top &t : tops()) {
            if (t.kind != QLatin1String("none"))
                QVERIFY(wmtest::writeFile(m_root, t.name + QLatin1Char('/') + fileOf(t),
                                          describing(t)));
            // A summary that says nothing in every folder.
            QVERIFY(wmtest::writeFile(m_root, t.name + QStringLiteral("/notes.txt"), "foo\n"));
            for (int f = 0; f < t.files; ++f) {
                const QString sub = QStringLiteral("sub%1").arg(f % 4);
                QByteArray body = "// Speed.\n";
                if (f % 3 == 0) {
                    body = "#include <include/core.h>\n" + body;
                    ++m_includers;
                }
                body += QByteArray("int x;\n").repeated(10 + f % 50);
                QVERIFY(wmtest::writeFile(
                    m_root, t.name + QLatin1Char('/') + sub + QStringLiteral("/f%1.c").arg(f),
                    body));
            }
        }
        AuditOptions o;
        o.walk.root = m_root;
        m_audit = AuditEngine::run(o);
        QVERIFY(m_audit.fatalError.isEmpty());
        QVERIFY(m_audit.totals.files > 250);
    }

    void everyBudget_data()
    {
        QTest::addColumn<int>("budget");
        for (int b : {300, 400, 1000, 4000, 20000})
            QTest::addRow("%d", b) << b;
    }
    void everyBudget()
    {
        QFETCH(int, budget);
        MarkdownReport::Options o;
        o.budgetTokens = budget;
        o.hexagramLine = QStringLiteral("Hexagram of this audit: a measured line of some length");
        const QString md = MarkdownReport::render(m_audit, o);
        const qint64 tokens = estimate(md);
        if (qEnvironmentVariableIsSet("WM_SHOW_REPORT")) qInfo().noquote() << md;
        QVERIFY2(tokens <= budget, qPrintable(QStringLiteral("%1 > %2").arg(tokens).arg(budget)));
        // Named as `top07/` in lines, as "top07/" in the tightest inline form.
        for (const Top &t : tops())
            QVERIFY2(md.contains(QLatin1Char('`') + t.name + QStringLiteral("/`")) ||
                         QRegularExpression(
                             QStringLiteral("(\\n|, |: )%1/( [0-9.]+%)?( \\([^)]*\\))?(,|\\n)")
                                 .arg(t.name))
                             .match(md)
                             .hasMatch(),
                     qPrintable(t.name + QStringLiteral(" missing at ") + QString::number(budget)));
        // The budget is used well when there was more to say.
        const TreeDigest digest = TreeDigest::of(m_audit.files);
        const MarkdownLayout chosen = MarkdownReport::layoutFor(m_audit, digest, o);
        o.budgetTokens = 10000000;
        const MarkdownLayout all = MarkdownReport::layoutFor(m_audit, digest, o);
        if (!(chosen == all))
            QVERIFY2(tokens * 10 >= budget * 8,
                     qPrintable(QStringLiteral("%1 of %2 tokens used").arg(tokens).arg(budget)));
        // Summaries that carry no information never appear.
        for (const char *junk : kUninformative)
            QVERIFY2(!md.contains(QStringLiteral("— %1\n").arg(QLatin1String(junk))),
                     qPrintable(md));
        // The stated count is the estimate of the whole text.
        QVERIFY(md.endsWith(QStringLiteral("_This report: about %1 tokens._\n")
                                .arg(QLocale(QLocale::English).toString(tokens))));
    }

    void descriptionsComeFromTheFolders()
    {
        MarkdownReport::Options o;
        o.budgetTokens = 1000;
        const QString md = MarkdownReport::render(m_audit, o);
        QVERIFY(md.contains(QStringLiteral("> Linux-like kernel\n")));
        // Each kind of describing file names its folder.
        for (const Top &t : tops())
            if (t.kind != QLatin1String("none"))
                QVERIFY2(md.contains(QStringLiteral("`%1/` ").arg(t.name)) &&
                             md.contains(QStringLiteral(" — %1").arg(t.words)),
                         qPrintable(t.name + QLatin1Char('\n') + md));
    }

    void centralFileCountsItsIncluders()
    {
        // The reference: count the includers by reading the tree again.
        int includers = 0;
        QDirIterator it(m_root, {QStringLiteral("*.c")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            includers += f.readAll().contains("#include <include/core.h>") ? 1 : 0;
        }
        QCOMPARE(includers, m_includers);
        MarkdownReport::Options o;
        o.budgetTokens = 4000;
        const QString md = MarkdownReport::render(m_audit, o);
        QVERIFY2(md.contains(QStringLiteral("- `top00/include/core.h` (used by %1) — Core "
                                            "definitions every driver shares\n")
                                 .arg(includers)),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- `Makefile` (entry point)\n")));
    }

    void budgetBelowTheMinimumIsAUsageError()
    {
        const auto r = wmtest::wm({QStringLiteral("audit"), m_root, QStringLiteral("--budget"),
                                   QStringLiteral("100"), QStringLiteral("-q")});
        QCOMPARE(r.exitCode, 2);
        const auto m = QRegularExpression(QStringLiteral("give --budget ([0-9]+) or more"))
                           .match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), r.err.constData());
        const int minimum = m.captured(1).toInt();
        QVERIFY(minimum > 100);
        QVERIFY2(minimum <= 300, r.err.constData()); // 30 folders fit in 300 tokens
        const auto ok = wmtest::wm({QStringLiteral("audit"), m_root, QStringLiteral("--budget"),
                                    QString::number(minimum), QStringLiteral("-q")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(estimate(QString::fromUtf8(ok.out)) <= minimum);
    }

    void jsonCarriesTheMap()
    {
        WM_REQUIRE_TOOL("python3");
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("r.json"));
        const auto r = wmtest::wm({QStringLiteral("audit"), m_root, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 0);
        // Python's json reads it; the script prints what the map holds.
        const char *script = R"(import json, sys
d = json.load(open(sys.argv[1]))
m = d["map"]
tops = m["folders"]
out = {"description": m["description"], "tops": [f["path"] for f in tops],
       "described": {f["path"]: f["description"] for f in tops},
       "shares": sum(f["share"] for f in tops),
       "children": sum(len(f["children"]) for f in tops),
       "bytes": d["totals"]["bytes"], "sumBytes": sum(f["bytes"] for f in tops),
       "central": [(c["path"], c["references"], c["entryPoint"]) for c in m["centralFiles"]]}
print(json.dumps(out)))";
        const auto py = wmtest::run(QStringLiteral("python3"),
                                    {QStringLiteral("-c"), QString::fromLatin1(script), path});
        QVERIFY2(py.exitCode == 0, py.err.constData());
        const QJsonObject m = QJsonDocument::fromJson(py.out).object();
        QCOMPARE(m.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Linux-like kernel"));
        const QJsonArray names = m.value(QStringLiteral("tops")).toArray();
        QCOMPARE(names.size(), 30);
        QCOMPARE(names.first().toString(), QStringLiteral("top00/")); // largest first
        const QJsonObject described = m.value(QStringLiteral("described")).toObject();
        for (const Top &t : tops())
            if (t.kind != QLatin1String("none"))
                QCOMPARE(described.value(t.name + QLatin1Char('/')).toString(), t.words);
        // Top-level folders plus the root's own files make up the tree.
        const qint64 rootFiles = QFileInfo(m_root + QStringLiteral("/README")).size() +
                                 QFileInfo(m_root + QStringLiteral("/Makefile")).size() +
                                 QFileInfo(m_root + QStringLiteral("/CREDITS")).size();
        QCOMPARE(qint64(m.value(QStringLiteral("sumBytes")).toDouble()) + rootFiles,
                 qint64(m.value(QStringLiteral("bytes")).toDouble()));
        QVERIFY(m.value(QStringLiteral("children")).toInt() >= 30 * 1);
        const QJsonArray central = m.value(QStringLiteral("central")).toArray();
        bool found = false;
        for (const QJsonValue &c : central)
            if (c.toArray().at(0).toString() == QLatin1String("top00/include/core.h")) {
                found = true;
                QCOMPARE(c.toArray().at(1).toInt(), m_includers);
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestReportMap)
#include "tst_reportmap.moc"
