// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The CSV and JSON reports read back by independent parsers: Python's csv
// and json modules get every path and text field back exactly, for names
// with commas, quotes, newlines, carriage returns, leading and trailing
// spaces, and the two formats agree on every value.
#include "SpawnProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <utility>

namespace {

// Reads both reports with Python's own modules and prints one JSON object:
// {"csv": [row...], "json": [file...]}, each row a dict of strings/values.
const char *const kReader = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
with open(sys.argv[2], encoding='utf-8') as f:
    files = json.load(f)['files']
json.dump({'csv': rows, 'json': files}, sys.stdout)
)";

} // namespace

class TestReportQuoting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonReadsEveryField()
    {
        WM_REQUIRE_TOOL("python3");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree"));
        // name -> content; the first line becomes the summary, so it carries
        // the same hostile characters.
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("plain.txt"), "plain text\n"},
            {QStringLiteral("a,b.txt"), "Commas, here, and there\n"},
            {QStringLiteral("say \"hi\".txt"), "She said \"hi\", twice \"\"\n"},
            {QStringLiteral("two\nlines.txt"), "line one\nline two\n"},
            {QStringLiteral("carriage\rreturn.txt"), "cr\n"},
            {QStringLiteral(" leading space.txt"), "  indented summary\n"},
            {QStringLiteral("trailing space .txt"), "trailing\n"},
            {QStringLiteral("semi;colon 'quote'.md"), "# Title, with \"quotes\"\n\ntext\n"},
            {QStringLiteral("dir, with comma/\"inner\" file.c"), "// a, \"b\"\nint x;\n"},
            {QStringLiteral("ünïcødé ✓.txt"), "ünïcødé, ✓\n"},
        };
        for (const auto &[name, content] : files)
            QVERIFY2(wmtest::writeFile(root, name, content), qPrintable(name));

        const QString csvPath = tmp.filePath(QStringLiteral("r.csv"));
        const QString jsonPath = tmp.filePath(QStringLiteral("r.json"));
        for (const auto &[format, path] : {std::pair{QStringLiteral("csv"), csvPath},
                                           std::pair{QStringLiteral("json"), jsonPath}}) {
            const auto r = wmtest::runWm({QStringLiteral("audit"), root, QStringLiteral("--format"),
                                          format, QStringLiteral("-o"), path});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const auto py =
            wmtest::spawn(QStringLiteral("python3"),
                          {QStringLiteral("-c"), QString::fromUtf8(kReader), csvPath, jsonPath});
        QVERIFY2(py.exitCode == 0, py.err.constData());
        const QJsonObject both = QJsonDocument::fromJson(py.out).object();
        const QJsonArray rows = both.value(QStringLiteral("csv")).toArray();
        const QJsonArray fromJson = both.value(QStringLiteral("json")).toArray();
        QCOMPARE(rows.size(), files.size());
        QCOMPARE(fromJson.size(), files.size());

        QHash<QString, QJsonObject> byPath;
        for (const QJsonValue &v : fromJson)
            byPath.insert(v.toObject().value(QStringLiteral("path")).toString(), v.toObject());
        QSet<QString> seen;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString path = row.value(QStringLiteral("path")).toString();
            seen.insert(path);
            QVERIFY2(byPath.contains(path),
                     qPrintable(QStringLiteral("CSV path %1 not in JSON")
                                    .arg(path.toUtf8().toPercentEncoding())));
            const QJsonObject j = byPath.value(path);
            // Text fields: identical strings. Numbers: the CSV's text is the
            // JSON's number.
            for (const char *key : {"summary", "language"})
                QCOMPARE(row.value(QLatin1String(key)).toString(),
                         j.value(QLatin1String(key)).toString());
            for (const char *key : {"bytes", "lines", "words", "code", "comments", "blanks"})
                QCOMPARE(row.value(QLatin1String(key)).toString().toLongLong(),
                         qint64(j.value(QLatin1String(key)).toDouble()));
            QCOMPARE(row.value(QStringLiteral("error")).toString(),
                     j.value(QStringLiteral("error")).toString()); // "" and null
        }
        // Every name came back exactly, with the byte count of its content.
        for (const auto &[name, content] : files) {
            QVERIFY2(seen.contains(name),
                     qPrintable(QStringLiteral("lost: %1").arg(name.toUtf8().toPercentEncoding())));
            QCOMPARE(qint64(byPath.value(name).value(QStringLiteral("bytes")).toDouble()),
                     qint64(content.size()));
        }
        // The summaries kept their commas and quotes through both parsers.
        QVERIFY(byPath.value(QStringLiteral("say \"hi\".txt"))
                    .value(QStringLiteral("summary"))
                    .toString()
                    .contains(QLatin1String("\"hi\"")));
    }
};

QTEST_GUILESS_MAIN(TestReportQuoting)
#include "tst_reportquoting.moc"
