// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Which ignore files apply, checked against git and ripgrep themselves:
// .gitignore only inside a repository (rg), a subfolder walk applies its
// parents' .gitignore, .git/info/exclude and core.excludesFile (git
// ls-files / check-ignore run in that subfolder), and the walk says how many
// entries each kind of rule hid. HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL
// point into a temporary folder so the user's own git setup plays no part.
#include "TestSupport.h"
#include "walk/FileWalker.h"
#include "walk/GitConfig.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

class TestGitContext : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QSet<QString> lines(const QByteArray &out, char sep)
    {
        QSet<QString> s;
        for (const QByteArray &p : out.split(sep))
            if (!p.isEmpty()) s.insert(QString::fromUtf8(p));
        return s;
    }

    static QSet<QString> gitUntracked(const QString &dir)
    {
        const auto r =
            wmtest::run(QStringLiteral("git"),
                        {QStringLiteral("-c"), QStringLiteral("core.quotepath=off"),
                         QStringLiteral("ls-files"), QStringLiteral("-z"),
                         QStringLiteral("--others"), QStringLiteral("--exclude-standard")},
                        dir);
        return lines(r.out, '\0');
    }

    static QSet<QString> walked(const QString &root)
    {
        WalkOptions o;
        o.root = root;
        o.hidden = true;
        FileWalker w(o);
        QSet<QString> out;
        for (const WalkEntry &e : w.list(3))
            out.insert(e.relPath);
        return out;
    }

    static void git(const QString &dir, const QStringList &args)
    {
        const auto r = wmtest::run(QStringLiteral("git"), args, dir);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // A repository with rules at every level git reads them from.
    static void makeRepo(const QString &root, const QString &home)
    {
        git(root, {QStringLiteral("init"), QStringLiteral("-q")});
        QVERIFY(wmtest::writeFile(root, ".gitignore", "*.o\n/top-only.txt\nsub/deeper/gen/\n"));
        QVERIFY(wmtest::writeFile(root, "sub/.gitignore", "*.tmp\n!keep.tmp\n"));
        QVERIFY(wmtest::writeFile(root, ".git/info/exclude", "*.secret\n"));
        QVERIFY(wmtest::writeFile(home, "xdg/git/ignore", "*.swp\n"));
        for (const char *f :
             {"a.c", "a.o", "top-only.txt", "sub/top-only.txt", "sub/x.tmp", "sub/keep.tmp",
              "sub/deeper/b.c", "sub/deeper/b.o", "sub/deeper/c.tmp", "sub/deeper/keep.tmp",
              "sub/deeper/d.secret", "sub/deeper/e.swp", "sub/deeper/gen/f.c", "sub/deeper/.ignore",
              "sub/deeper/g.log"})
            QVERIFY(wmtest::writeFile(root, QString::fromLatin1(f), "x\n"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("git")))
            QFAIL("git is the reference for these checks and is not installed");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/xdg")).toUtf8());
        qputenv("GIT_CONFIG_GLOBAL", (m_home.path() + QStringLiteral("/gitconfig")).toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QVERIFY(wmtest::writeFile(m_home.path(), "gitconfig", "[user]\n\tname = t\n"));
    }

    void configLookup()
    {
        std::string v;
        QVERIFY(GitConfig::lookup("[Core]\n  ExcludesFile = \"~/my ignore\" ; c\n", "core",
                                  "excludesfile", v));
        QCOMPARE(v, std::string("~/my ignore"));
        QVERIFY(!GitConfig::lookup("[user]\nexcludesFile = x\n", "core", "excludesFile", v));
    }

    // Outside a repository .gitignore means nothing (Debian's linux-source
    // tree ends its .gitignore with "/*"); .ignore still counts. rg agrees.
    void gitignoreOnlyInsideRepository()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), ".gitignore", "/*\n!.gitignore\n"));
        QVERIFY(wmtest::writeFile(dir.path(), ".ignore", "*.log\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "Makefile", "all:\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "kernel/sched.c", "int x;\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "build.log", "x\n"));
        const QSet<QString> got = walked(dir.path());
        QCOMPARE(got, (QSet<QString>{".gitignore", ".ignore", "Makefile", "kernel/sched.c"}));
        if (!wmtest::hasTool(QStringLiteral("rg"))) QSKIP("rg (the reference) is not installed");
        const auto rg =
            wmtest::run(QStringLiteral("rg"),
                        {QStringLiteral("--files"), QStringLiteral("--hidden")}, dir.path());
        QCOMPARE(got, lines(rg.out, '\n'));
        // Once it is a repository, git's view and ours agree again.
        git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")});
        QCOMPARE(walked(dir.path()), gitUntracked(dir.path()));
    }

    void subfolderAppliesParentsLikeGit_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::newRow("top") << QString();
        QTest::newRow("sub") << QStringLiteral("sub");
        QTest::newRow("sub/deeper") << QStringLiteral("sub/deeper");
    }

    void subfolderAppliesParentsLikeGit()
    {
        QFETCH(QString, sub);
        QTemporaryDir dir;
        makeRepo(dir.path(), m_home.path());
        const QString at = sub.isEmpty() ? dir.path() : dir.path() + QLatin1Char('/') + sub;
        QCOMPARE(walked(at), gitUntracked(at));
    }

    void excludesFileFromGlobalConfig()
    {
        QTemporaryDir dir;
        makeRepo(dir.path(), m_home.path());
        QVERIFY(wmtest::writeFile(m_home.path(), "gitconfig",
                                  "[core]\n\texcludesFile = ~/my-excludes\n"));
        QVERIFY(wmtest::writeFile(m_home.path(), "my-excludes", "*.c\n"));
        const QString at = dir.path() + QStringLiteral("/sub/deeper");
        const QSet<QString> got = walked(at);
        QVERIFY(!got.contains(QStringLiteral("b.c")));
        QVERIFY(got.contains(QStringLiteral("e.swp"))); // the default file is no longer read
        QCOMPARE(got, gitUntracked(at));
        QVERIFY(wmtest::writeFile(m_home.path(), "gitconfig", "[user]\n\tname = t\n"));
    }

    // The walk counts what each kind of rule hid; git check-ignore -v names
    // the same source for every ignored entry.
    void ignoredEntriesAreCountedByKind()
    {
        QTemporaryDir dir;
        makeRepo(dir.path(), m_home.path());
        QVERIFY(wmtest::writeFile(dir.path(), "sub/deeper/.ignore", "*.log\n"));
        const QString at = dir.path() + QStringLiteral("/sub/deeper");
        WalkOptions o;
        o.root = at;
        o.hidden = true;
        FileWalker w(o);
        (void)w.list(2);
        const IgnoredCounts c = w.ignored();
        // b.o (.gitignore), c.tmp (.gitignore), gen/ (.gitignore),
        // d.secret (info/exclude), e.swp (global), g.log (.ignore).
        QCOMPARE(c.of(IgnoreRules::Source::GitIgnore), 3);
        QCOMPARE(c.of(IgnoreRules::Source::GitExclude), 1);
        QCOMPARE(c.of(IgnoreRules::Source::GlobalExclude), 1);
        QCOMPARE(c.of(IgnoreRules::Source::IgnoreFile), 1);
        // git check-ignore agrees on which entries are ignored.
        const auto r = wmtest::run(QStringLiteral("git"),
                                   {QStringLiteral("check-ignore"), QStringLiteral("b.o"),
                                    QStringLiteral("c.tmp"), QStringLiteral("gen"),
                                    QStringLiteral("d.secret"), QStringLiteral("e.swp"),
                                    QStringLiteral("keep.tmp"), QStringLiteral("b.c")},
                                   at);
        QCOMPARE(lines(r.out, '\n'), (QSet<QString>{"b.o", "c.tmp", "gen", "d.secret", "e.swp"}));
    }
};

QTEST_GUILESS_MAIN(TestGitContext)
#include "tst_gitcontext.moc"
