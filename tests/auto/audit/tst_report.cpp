// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The Markdown report and its token budget, on a synthetic tree of 80,000
// files and on a real audit.
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "common/TokenEstimator.h"
#include "report/AuditSummary.h"
#include "report/CsvReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/SummaryFilter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace wm;

namespace {

AuditResult synthetic(int files)
{
    AuditResult r;
    r.root = QStringLiteral("/data/big-tree");
    const char *langs[] = {"C", "C Header", "Python", "Markdown", "Rust", "Go", "YAML", "Shell"};
    for (int i = 0; i < files; ++i) {
        FileRecord f;
        f.path = QStringLiteral("top%1/mid%2/leaf%3/file%4.x")
                     .arg(i % 23)
                     .arg(i % 157)
                     .arg(i % 1009)
                     .arg(i);
        f.language = QString::fromLatin1(langs[i % 8]);
        f.bytes = 100 + (i * 7919) % 50000;
        f.lines = f.bytes / 30;
        f.code = f.lines * 6 / 10;
        f.comments = f.lines * 2 / 10;
        f.blanks = f.lines - f.code - f.comments;
        f.words = f.bytes / 6;
        f.tokens = TokenEstimator::forBytes(f.bytes);
        f.summary =
            QStringLiteral("Summary line number %1 describing what this file does in some detail")
                .arg(i);
        if (i % 997 == 0) f.error = QStringLiteral("permission denied");
        r.files.push_back(f);
    }
    r.totals = AuditTotals::of(r.files);
    return r;
}

qint64 statedTokens(const QString &report)
{
    const auto m =
        QRegularExpression(QStringLiteral("_This report: about ([0-9,]+) tokens\\._\\n$"))
            .match(report);
    if (!m.hasMatch()) return -1;
    QString n = m.captured(1);
    return n.remove(QLatin1Char(',')).toLongLong();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void budgetIsHonoured_data()
    {
        QTest::addColumn<int>("budget");
        for (int b : {4000, 2000, 1000, 8000, 20000})
            QTest::addRow("%d", b) << b;
    }
    void budgetIsHonoured()
    {
        QFETCH(int, budget);
        static const AuditResult big = synthetic(80000);
        MarkdownReport::Options o;
        o.budgetTokens = budget;
        const QString text = MarkdownReport::render(big, o);
        const qint64 actual = MarkdownReport::tokensOf(text);
        QVERIFY2(
            actual <= budget,
            qPrintable(QStringLiteral("%1 tokens for a budget of %2").arg(actual).arg(budget)));
        // The closing line states the report's own size.
        QCOMPARE(statedTokens(text), actual);
        QVERIFY(text.contains(QStringLiteral("## Folders")));
        QVERIFY(text.contains(QStringLiteral("- Files: 80,000 ")));
        QVERIFY2(text.contains(QStringLiteral("_Left out to fit")), qPrintable(text.right(400)));
    }

    void largerBudgetGivesMoreDetail()
    {
        const AuditResult big = synthetic(20000);
        MarkdownReport::Options small, large;
        small.budgetTokens = 1500;
        large.budgetTokens = 6000;
        QVERIFY(MarkdownReport::render(big, small).size() <
                MarkdownReport::render(big, large).size());
    }

    void layoutGrowsWithTheBudget()
    {
        const AuditResult big = synthetic(20000);
        const TreeDigest digest = TreeDigest::of(big.files);
        MarkdownLayout previous;
        for (int budget : {300, 600, 1200, 2500, 5000, 10000}) {
            MarkdownReport::Options o;
            o.budgetTokens = budget;
            const MarkdownLayout l = MarkdownReport::layoutFor(big, digest, o);
            QVERIFY(l.topForm >= previous.topForm);
            QVERIFY(l.deeper + l.central >= previous.deeper + previous.central);
            previous = l;
        }
        QCOMPARE(previous.topForm, 2);
        QVERIFY(previous.deeper > 0);
    }

    void sectionsOfARealAudit()
    {
        AuditOptions o;
        o.walk.root = QStringLiteral(WM_SOURCE_DIR);
        const AuditResult r = AuditEngine::run(o);
        const QString md = MarkdownReport::render(r, {});
        for (const char *s :
             {"# WhiteMagic audit", "- Folder:", "- Date:", "## Folders", "## Central files",
              "## Languages", "## Largest files", "_This report: about"})
            QVERIFY2(md.contains(QLatin1String(s)), s);
        QCOMPARE(statedTokens(md), MarkdownReport::tokensOf(md));
    }

    void languageTableAddsUp()
    {
        const AuditResult big = synthetic(5000);
        qint64 files = 0, code = 0;
        for (const GroupRow &g : AuditSummary::byLanguage(big.files)) {
            files += g.files;
            code += g.code;
        }
        QCOMPARE(files, big.totals.files);
        QCOMPARE(code, big.totals.code);
        qint64 dirFiles = 0;
        for (const GroupRow &g : AuditSummary::byDirectory(big.files, 2))
            dirFiles += g.files;
        QCOMPARE(dirFiles, big.totals.files);
    }

    void summaryFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("informative");
        const auto row = [](const char *name, const QString &text, bool informative) {
            QTest::newRow(name) << text << informative;
        };
        row("prose", QStringLiteral("Driver for the USB serial adapters"), true);
        row("prose with a path", QStringLiteral("Reads drivers/usb/serial options at boot"), true);
        row("single word", QStringLiteral("Maintainers"), false);
        row("short", QStringLiteral("Speed."), false);
        row("placeholders", QStringLiteral("foo bar baz"), false);
        row("placeholders, upper case", QStringLiteral("TODO FIXME later"), false);
        row("half placeholders", QStringLiteral("test dummy parser output"), false);
        row("fewer than half", QStringLiteral("test the parser output"), true);
        // U+0130 lower-cases to "i" plus a combining dot: not "fixme".
        row("dotted capital I", QStringLiteral("f\u0130xme f\u0130xme words here"), true);
        row("assignment", QStringLiteral("VERSION = 6"), false);
        row("make syntax", QStringLiteral("obj-$(CONFIG_USB) += usb.o"), false);
        row("author", QStringLiteral("Jane Doe <jane@example.org>"), false);
        row("code", QStringLiteral("static int probe(struct device *dev)"), false);
        row("scope", QStringLiteral("returns the value of std::move here"), false);
        row("tag", QStringLiteral("[LICENSING] read this first"), false);
        row("tabs and slashes", QStringLiteral("alpha\tbravo/charlie delta"), true);
    }
    void summaryFilter()
    {
        QFETCH(QString, text);
        QFETCH(bool, informative);
        QCOMPARE(SummaryFilter::isInformative(text), informative);
    }

    void directoryAtDepth()
    {
        QCOMPARE(AuditSummary::directoryAt(QStringLiteral("a/b/c.txt"), 1), QStringLiteral("a"));
        QCOMPARE(AuditSummary::directoryAt(QStringLiteral("a/b/c.txt"), 2), QStringLiteral("a/b"));
        QCOMPARE(AuditSummary::directoryAt(QStringLiteral("a/b/c.txt"), 5), QStringLiteral("a/b"));
        QCOMPARE(AuditSummary::directoryAt(QStringLiteral("c.txt"), 1), QStringLiteral("."));
        QCOMPARE(AuditSummary::directoryAt(QStringLiteral("locked/"), 1), QStringLiteral("."));
    }

    void jsonIsValidAndComplete()
    {
        AuditResult r = synthetic(300);
        r.files[1].summary = QStringLiteral("quote \" backslash \\ tab \t newline \n control \x01");
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        JsonReport::write(r, buf);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(buf.data(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value("root").toString(), r.root);
        QCOMPARE(root.value("totals").toObject().value("files").toInteger(), 300);
        const QJsonArray files = root.value("files").toArray();
        QCOMPARE(files.size(), 300);
        QCOMPARE(files.at(1).toObject().value("summary").toString(), r.files[1].summary);
        for (const char *k : {"path", "bytes", "lines", "words", "code", "comments", "blanks",
                              "language", "binary", "summary", "error"})
            QVERIFY2(files.at(0).toObject().contains(QLatin1String(k)), k);
        QVERIFY(files.at(1).toObject().value("error").isNull());
        QCOMPARE(files.at(0).toObject().value("error").toString(),
                 QStringLiteral("permission denied"));
    }

    void csvQuoting()
    {
        AuditResult r = synthetic(3);
        r.files[0].path = QStringLiteral("a,b\"c.txt");
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        CsvReport::write(r, buf);
        const QList<QByteArray> lines = buf.data().split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 rows, trailing empty
        QVERIFY(lines[1].startsWith("\"a,b\"\"c.txt\","));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
