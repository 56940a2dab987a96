// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// .gitignore semantics checked against git itself: for hand-picked and
// randomly generated rule sets, the files the walker keeps must be exactly
// the files `git ls-files --others --exclude-standard` lists.
#include "TestSupport.h"
#include "walk/FileWalker.h"
#include "walk/IgnoreRules.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

class TestIgnoreRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QSet<QString> gitUntracked(const QString &root)
    {
        const auto r =
            wmtest::run(QStringLiteral("git"),
                        {QStringLiteral("-c"), QStringLiteral("core.quotepath=off"),
                         QStringLiteral("ls-files"), QStringLiteral("-z"),
                         QStringLiteral("--others"), QStringLiteral("--exclude-standard")},
                        root);
        QSet<QString> out;
        for (const QByteArray &p : r.out.split('\0'))
            if (!p.isEmpty()) out.insert(QString::fromUtf8(p));
        return out;
    }

    static QSet<QString> walked(const QString &root)
    {
        WalkOptions o;
        o.root = root;
        o.hidden = true; // git lists dot files too
        QSet<QString> out;
        for (const WalkEntry &e : FileWalker(o).list(3))
            out.insert(e.relPath);
        return out;
    }

    static void initRepo(const QString &root)
    {
        QVERIFY(
            wmtest::run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, root)
                .exitCode == 0);
    }

    static void compare(const QString &root, const QString &context)
    {
        const QSet<QString> expected = gitUntracked(root);
        const QSet<QString> actual = walked(root);
        if (expected != actual) {
            QStringList missing = (expected - actual).values();
            QStringList extra = (actual - expected).values();
            missing.sort();
            extra.sort();
            qWarning().noquote() << context
                                 << "\nmissing (git keeps):" << missing.join(QLatin1Char(' '))
                                 << "\nextra (git ignores):" << extra.join(QLatin1Char(' '));
        }
        QCOMPARE(actual, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("git"))) QSKIP("git is not installed");
        // The user's own global excludes would make git and the walker
        // differ from the rules written here: isolate both from them.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/xdg")).toUtf8());
        qputenv("GIT_CONFIG_GLOBAL", (m_home.path() + QStringLiteral("/gitconfig")).toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("glob");
        QTest::addColumn<bool>("negated");
        QTest::addColumn<bool>("dirOnly");
        QTest::addColumn<bool>("basename");
        QTest::newRow("comment") << "# x" << false << "" << false << false << false;
        QTest::newRow("blank") << "   " << false << "" << false << false << false;
        QTest::newRow("plain") << "*.o" << true << "*.o" << false << false << true;
        QTest::newRow("negated") << "!keep.o" << true << "keep.o" << true << false << true;
        QTest::newRow("dir") << "build/" << true << "build" << false << true << true;
        QTest::newRow("anchored") << "/root.txt" << true << "root.txt" << false << false << false;
        QTest::newRow("nested") << "a/b" << true << "a/b" << false << false << false;
        QTest::newRow("trailing spaces") << "x.txt  " << true << "x.txt" << false << false << true;
        QTest::newRow("escaped space") << "x\\ " << true << "x\\ " << false << false << true;
        QTest::newRow("escaped hash") << "\\#x" << true << "\\#x" << false << false << true;
    }
    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        IgnoreRules::Pattern p;
        QCOMPARE(IgnoreRules::parseLine(line.toStdString(), p), valid);
        if (!valid) return;
        QFETCH(QString, glob);
        QFETCH(bool, negated);
        QFETCH(bool, dirOnly);
        QFETCH(bool, basename);
        QCOMPARE(QString::fromStdString(p.glob), glob);
        QCOMPARE(p.negated, negated);
        QCOMPARE(p.dirOnly, dirOnly);
        QCOMPARE(p.basename, basename);
    }

    void handPickedRulesMatchGit()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        initRepo(root);
        const QStringList files = {"a.o",
                                   "a.c",
                                   "keep.o",
                                   "build/out.bin",
                                   "src/build/x.c",
                                   "src/main.c",
                                   "src/gen/g.c",
                                   "docs/guide.md",
                                   "docs/deep/x/notes.md",
                                   "docs/deep/x/notes.txt",
                                   "logs/today.log",
                                   "logs/important.log",
                                   "root.txt",
                                   "sub/root.txt",
                                   "foo/bar/baz.txt",
                                   "foo/qux/baz.txt",
                                   "name with space.txt",
                                   "x ",
                                   "#hash",
                                   "[br].txt",
                                   "b.txt",
                                   "deep/a/b/c/d.tmp",
                                   "only/dir/file",
                                   "only/file"};
        for (const QString &f : files)
            QVERIFY(wmtest::writeFile(root, f, "x\n"));
        QVERIFY(wmtest::writeFile(
            root, ".gitignore",
            "# comment\n*.o\n!keep.o\n/build/\nroot.txt\n!/sub/root.txt\nfoo/**/baz.txt\n"
            "docs/**/*.md\nlogs/*\n!logs/important.log\n\\#hash\nx\\ \n\\[br\\].txt\n**/d.tmp\n"
            "only/dir/\n"));
        QVERIFY(wmtest::writeFile(root, "src/.gitignore", "build\ngen/\n!main.c\n"));
        QVERIFY(wmtest::writeFile(root, "docs/deep/.gitignore", "!x/notes.md\n*.txt\n"));
        compare(root, QStringLiteral("hand-picked"));
    }

    void infoExcludeIsHonoured()
    {
        QTemporaryDir dir;
        initRepo(dir.path());
        QVERIFY(wmtest::writeFile(dir.path(), "a.secret", "x"));
        QVERIFY(wmtest::writeFile(dir.path(), "b.txt", "x"));
        QVERIFY(wmtest::writeFile(dir.path(), ".git/info/exclude", "*.secret\n"));
        compare(dir.path(), QStringLiteral("info/exclude"));
    }

    // Random trees and random rule files at several levels, compared with git.
    void randomRulesMatchGit()
    {
        const QStringList names = {"a",     "b",   "ab",  "a.txt", "b.md",
                                   "c.log", "x.o", "doc", "src",   "tmp"};
        const QStringList globs = {"*",     "?",  "a*",  "*.txt", "*.o", "b.*", "[ab]",
                                   "[!a]*", "**", "doc", "src",   "tmp", "a?"};
        auto *rng = QRandomGenerator::global();
        const quint32 seed = rng->generate();
        QRandomGenerator r(seed);
        for (int round = 0; round < 25; ++round) {
            QTemporaryDir dir;
            const QString root = dir.path();
            initRepo(root);
            QStringList dirs = {QString()};
            for (int i = 0; i < 60; ++i) {
                const QString parent = dirs.at(int(r.bounded(dirs.size())));
                const QString name = names.at(int(r.bounded(names.size())));
                const QString rel = parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
                if (r.bounded(3) == 0 && rel.count(QLatin1Char('/')) < 4) {
                    if (!QFileInfo(root + QLatin1Char('/') + rel).isFile()) {
                        QDir().mkpath(root + QLatin1Char('/') + rel);
                        dirs << rel;
                    }
                } else if (!QFileInfo(root + QLatin1Char('/') + rel).isDir()) {
                    QVERIFY(wmtest::writeFile(root, rel, "x\n"));
                }
            }
            for (const QString &d : dirs) {
                if (r.bounded(2) == 0) continue;
                QByteArray rules;
                const int n = 1 + int(r.bounded(4));
                for (int k = 0; k < n; ++k) {
                    QString g;
                    const int parts = 1 + int(r.bounded(3));
                    for (int p = 0; p < parts; ++p) {
                        if (p) g += QLatin1Char('/');
                        g += globs.at(int(r.bounded(globs.size())));
                    }
                    if (r.bounded(4) == 0) g.prepend(QLatin1Char('/'));
                    if (r.bounded(4) == 0) g.append(QLatin1Char('/'));
                    if (r.bounded(3) == 0) g.prepend(QLatin1Char('!'));
                    rules += g.toUtf8() + '\n';
                }
                QVERIFY(wmtest::writeFile(root,
                                          (d.isEmpty() ? QString() : d + QLatin1Char('/')) +
                                              QStringLiteral(".gitignore"),
                                          rules));
            }
            compare(root, QStringLiteral("seed %1 round %2").arg(seed).arg(round));
        }
    }
};

QTEST_GUILESS_MAIN(TestIgnoreRules)
#include "tst_ignorerules.moc"
