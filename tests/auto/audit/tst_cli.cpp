// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// `wm` end to end: formats, options, exit codes and messages.
#include "SpawnProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QJsonObject auditJson(const QStringList &extra)
    {
        const auto r = wmtest::wm(QStringList{"audit", m_dir.path(), "--format", "json"} + extra);
        [&] { QCOMPARE(r.exitCode, 0); }();
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(wmtest::writeFile(m_dir.path(), "README.md",
                                  "# Fixture\n\nA tree for the CLI tests.\n"));
        QVERIFY(wmtest::writeFile(m_dir.path(), "src/main.c",
                                  "// Entry point\nint main(void) { return 0; }\n"));
        QVERIFY(wmtest::writeFile(m_dir.path(), "src/util.py", "# helpers\nx = 1\n"));
        QVERIFY(
            wmtest::writeFile(m_dir.path(), "docs/guide.md", "---\ntitle: The guide\n---\ntext\n"));
        QVERIFY(wmtest::writeFile(m_dir.path(), "build/out.o",
                                  QByteArray("\x7f"
                                             "ELF\0\0",
                                             6)));
        // Not a git repository, so .ignore (a .gitignore would not count here).
        QVERIFY(wmtest::writeFile(m_dir.path(), ".ignore", "build/\n"));
    }

    void versionAndHelp()
    {
        const auto v = wmtest::wm({"--version"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("wm "));
        const auto h = wmtest::wm({"--help"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("audit"));
        const auto ah = wmtest::wm({"audit", "--help"});
        QCOMPARE(ah.exitCode, 0);
        QVERIFY(ah.out.contains("--budget"));
        QVERIFY(ah.out.startsWith("Usage: wm audit"));
    }

    void markdownDefault()
    {
        const auto r = wmtest::wm({"audit", m_dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("# WhiteMagic audit"));
        QVERIFY(r.out.contains("| Markdown | 2 |"));
        QVERIFY(r.out.contains("The guide"));
        QVERIFY(!r.out.contains("out.o")); // .ignore honoured, and said so:
        QVERIFY2(r.out.contains("- Ignored: 1 entries (1 by .ignore); `--no-ignore` shows them"),
                 r.out.constData());
    }

    void jsonFormat()
    {
        const QJsonObject o = auditJson({});
        QCOMPARE(o.value("totals").toObject().value("files").toInteger(), 4);
        const QJsonArray files = o.value("files").toArray();
        QCOMPARE(files.at(0).toObject().value("path").toString(), QStringLiteral("README.md"));
        QCOMPARE(files.at(0).toObject().value("summary").toString(), QStringLiteral("Fixture"));
        QCOMPARE(files.at(2).toObject().value("language").toString(), QStringLiteral("C"));
        QCOMPARE(files.at(2).toObject().value("comments").toInteger(), 1);
    }

    void optionsChangeTheSet()
    {
        QCOMPARE(
            auditJson({"--no-ignore"}).value("totals").toObject().value("binaries").toInteger(), 1);
        QCOMPARE(auditJson({"--hidden"}).value("totals").toObject().value("files").toInteger(), 5);
        QCOMPARE(
            auditJson({"--include", "*.md"}).value("totals").toObject().value("files").toInteger(),
            2);
        QCOMPARE(
            auditJson({"--exclude", "src"}).value("totals").toObject().value("files").toInteger(),
            2);
        QCOMPARE(auditJson({"--include", "*.MD", "--ignore-case"})
                     .value("totals")
                     .toObject()
                     .value("files")
                     .toInteger(),
                 2);
        QCOMPARE(auditJson({"--max-files", "1"}).value("files").toArray().size(), 1);
        QCOMPARE(auditJson({"--threads", "1"}).value("totals"),
                 auditJson({"--threads", "8"}).value("totals"));
    }

    void csvFormatAndOutputFile()
    {
        const QString out = m_dir.path() + "/../wm-cli-report.csv";
        const auto r = wmtest::wm({"audit", m_dir.path(), "--format", "csv", "-o", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        const QByteArray csv = wmtest::readFile(out);
        QFile::remove(out);
        QVERIFY(csv.startsWith("path,bytes,"));
        QCOMPARE(csv.count('\n'), 5);
    }

    void maxSizeRowIsAnError()
    {
        const auto r = wmtest::wm({"audit", m_dir.path(), "--max-size", "10", "--format", "json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(r.out)
                    .object()
                    .value("totals")
                    .toObject()
                    .value("errors")
                    .toInteger() >= 1);
    }

    void brokenLinkGivesExitOne()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "a.txt", "a\n"));
        QVERIFY(QFile::link(dir.path() + "/missing", dir.path() + "/broken"));
        const auto r = wmtest::wm({"audit", dir.path(), "--follow-links"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("broken symbolic link"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder")
            << QStringList{"audit", "/nonexistent/x"} << "no such folder";
        QTest::newRow("file not folder")
            << QStringList{"audit", QStringLiteral(WM_BINARY)} << "not a folder";
        QTest::newRow("bad threads")
            << QStringList{"audit", ".", "--threads", "zero"} << "--threads";
        QTest::newRow("bad format") << QStringList{"audit", ".", "--format", "xml"} << "--format";
        QTest::newRow("bad budget") << QStringList{"audit", ".", "--budget", "-5"} << "--budget";
        QTest::newRow("budget with json")
            << QStringList{"audit", ".", "--budget", "5000", "--format", "json"}
            << "Markdown report only";
        QTest::newRow("budget with csv")
            << QStringList{"audit", ".", "--budget", "5000", "--format", "csv"}
            << "Markdown report only";
        QTest::newRow("help for no such command")
            << QStringList{"help", "frob"} << "unknown command 'frob'";
        QTest::newRow("bad size") << QStringList{"audit", ".", "--max-size", "lots"}
                                  << "--max-size";
        QTest::newRow("bad max files")
            << QStringList{"audit", ".", "--max-files", "0"} << "--max-files";
        QTest::newRow("unknown option") << QStringList{"audit", "--frobnicate"} << "frobnicate";
        QTest::newRow("two folders") << QStringList{"audit", ".", ".."} << "one folder";
        QTest::newRow("unknown command") << QStringList{"frob"} << "unknown command";
        QTest::newRow("no command") << QStringList{} << "missing command";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = wmtest::wm(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.count('\n') <= 12); // short
    }

    void budgetOnTheCommandLine()
    {
        const auto r = wmtest::wm({"audit", QStringLiteral(WM_SOURCE_DIR), "--budget", "600"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.size() <= 600 * 4);
        QVERIFY(r.out.contains("_This report: about"));
    }

    // Below what the least detailed report takes: a usage error naming the
    // minimum, and that minimum then works.
    void budgetBelowTheMinimum()
    {
        const auto r = wmtest::wm({"audit", QStringLiteral(WM_SOURCE_DIR), "--budget", "100"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QRegularExpression re(
            QStringLiteral("about (\\d+) tokens; give --budget (\\d+) or more"));
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), r.err.constData());
        const qint64 minimum = m.captured(1).toLongLong();
        QVERIFY(minimum > 100);
        const auto ok = wmtest::wm(
            {"audit", QStringLiteral(WM_SOURCE_DIR), "--budget", QString::number(minimum)});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY(ok.out.size() <= minimum * 4);
        const auto under = wmtest::wm(
            {"audit", QStringLiteral(WM_SOURCE_DIR), "--budget", QString::number(minimum - 1)});
        QCOMPARE(under.exitCode, 2);
    }

    // `wm help COMMAND` is that command's own help, for every command.
    void helpForEachCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const char *c :
             {"audit", "index", "search", "compress", "decompress", "archive", "hexagram"})
            QTest::newRow(c) << QStringList{QString::fromLatin1(c)};
        for (const char *c : {"create", "list", "extract", "verify"})
            QTest::newRow(qPrintable(QStringLiteral("archive %1").arg(QLatin1String(c))))
                << QStringList{QStringLiteral("archive"), QString::fromLatin1(c)};
    }
    void helpForEachCommand()
    {
        QFETCH(QStringList, command);
        const auto viaHelp = wmtest::wm(QStringList{"help"} + command);
        const auto viaOption = wmtest::wm(command + QStringList{"--help"});
        const auto general = wmtest::wm({"--help"});
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(viaHelp.out, viaOption.out);
        QVERIFY(viaHelp.out != general.out);
        QVERIFY2(viaHelp.out.startsWith("Usage: wm " + command.join(QLatin1Char(' ')).toUtf8()),
                 viaHelp.out.left(200).constData());
    }

    // NO_COLOR: no escape sequence on a terminal, neither in the audit's
    // progress line nor in search highlights; without it, both are there
    // (so the check can fail).
    void noColorOnATerminal()
    {
        QTemporaryDir tmp;
        const QString db = tmp.filePath(QStringLiteral("i.db"));
        QCOMPARE(wmtest::wm({"index", m_dir.path(), "--db", db, "-q"}).exitCode, 0);
        const QList<QStringList> commands{{"audit", m_dir.path()},
                                          {"search", m_dir.path(), "guide", "--db", db}};
        for (const QStringList &args : commands) {
            wmtest::SpawnOptions o;
            o.stdoutTo = wmtest::SpawnOptions::Stdout::Terminal;
            o.env = {QStringLiteral("NO_COLOR=")}; // empty: colour stays on
            const auto colour = wmtest::runWm(args, o);
            QCOMPARE(colour.exitCode, 0);
            QVERIFY2(colour.out.contains('\x1b'), colour.out.constData());
            o.env = {QStringLiteral("NO_COLOR=1")};
            const auto plain = wmtest::runWm(args, o);
            QCOMPARE(plain.exitCode, 0);
            QVERIFY2(!plain.out.contains('\x1b'), plain.out.constData());
            QVERIFY(plain.out.size() > 40);
        }
    }

    void unwritableOutput()
    {
        const auto r = wmtest::wm({"audit", m_dir.path(), "-o", "/nonexistent/dir/report.md"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("/nonexistent/dir: No such file or directory"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
