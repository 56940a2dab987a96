// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Which ignore files apply, checked against git and ripgrep themselves:
// .gitignore only inside a repository (rg), a subfolder walk applies its
// parents' .gitignore, .git/info/exclude and core.excludesFile (git
// ls-files / check-ignore run in that subfolder), and the walk says how many
// entries each kind of rule hid. HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL
// point into a temporary folder so the user's own git setup plays no part.
// The two sorted walks (SortedWalk; ParallelSortedWalk, an index update's)
// hand over rg's files in byte order of their paths.
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "walk/FileWalker.h"
#include "walk/GitConfig.h"
#include "walk/ParallelSortedWalk.h"
#include "walk/SortedWalk.h"

#include <QSet>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>
#include <sys/mount.h>
#include <sys/stat.h>

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

    // The same through the audit engine, whose walk (SortedWalk, in path
    // order) is a second walker: both must ignore the same.
    static QSet<QString> audited(const QString &root)
    {
        AuditOptions o;
        o.walk.root = root;
        o.walk.hidden = true;
        QSet<QString> out;
        for (const FileRecord &f : AuditEngine::run(o).files)
            out.insert(f.path);
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

    // A repository nested in another: its .git/info/exclude applies inside it
    // only, and the outer repository's .gitignore and info/exclude stop at
    // its top (git never looks past a repository's top; ripgrep stops there
    // too). .ignore files apply across. References: git check-ignore and
    // ls-files run in the repository that owns each file, and rg.
    void nestedRepositoryKeepsItsOwnRules()
    {
        QTemporaryDir dir;
        const QString outer = dir.path();
        const QString inner = outer + QStringLiteral("/lib/inner");
        git(outer, {QStringLiteral("init"), QStringLiteral("-q")});
        QVERIFY(wmtest::writeFile(outer, ".gitignore", "*.o\n"));
        QVERIFY(wmtest::writeFile(outer, ".git/info/exclude", "*.secret\n"));
        QVERIFY(wmtest::writeFile(outer, ".ignore", "*.log\n"));
        QVERIFY(wmtest::writeFile(inner, "keep.c", "x\n"));
        git(inner, {QStringLiteral("init"), QStringLiteral("-q")});
        QVERIFY(wmtest::writeFile(inner, ".git/info/exclude", "*.private\nbuild/\n"));
        for (const char *f : {"a.c", "a.o", "a.secret", "a.private", "lib/build/x.c", "b.log"})
            QVERIFY(wmtest::writeFile(outer, QString::fromLatin1(f), "x\n"));
        for (const char *f :
             {"b.private", "c.secret", "d.o", "build/y.c", "sub/e.private", "f.log"})
            QVERIFY(wmtest::writeFile(inner, QString::fromLatin1(f), "x\n"));

        // git, asked in the repository that owns each path.
        const auto ask = [](const QString &repo, const QStringList &paths) {
            const auto r = wmtest::run(QStringLiteral("git"),
                                       QStringList{QStringLiteral("check-ignore")} + paths, repo);
            return lines(r.out, '\n');
        };
        QCOMPARE(ask(inner, {"b.private", "c.secret", "d.o", "build/y.c", "sub/e.private"}),
                 (QSet<QString>{"b.private", "build/y.c", "sub/e.private"}));
        QCOMPARE(ask(outer, {"a.o", "a.secret", "a.private", "lib/build/x.c"}),
                 (QSet<QString>{"a.o", "a.secret"}));

        const QSet<QString> got = walked(outer);
        // What git lists as untracked and not ignored, in each repository
        // (the outer one shows the nested repository as "lib/inner/"),
        // less the .log files that only .ignore hides.
        QSet<QString> expected;
        for (const QString &f : gitUntracked(outer))
            if (!f.endsWith(QLatin1Char('/'))) expected.insert(f);
        for (const QString &f : gitUntracked(inner))
            expected.insert(QStringLiteral("lib/inner/") + f);
        expected.remove(QStringLiteral("b.log"));
        expected.remove(QStringLiteral("lib/inner/f.log"));
        QCOMPARE(got, expected);
        QCOMPARE(audited(outer), expected);
        QVERIFY(got.contains(QStringLiteral("a.private")));     // inner's exclude: inside only
        QVERIFY(got.contains(QStringLiteral("lib/build/x.c"))); // inner's "build/": inside only
        QVERIFY(got.contains(QStringLiteral("lib/inner/c.secret"))); // outer's exclude stops
        QVERIFY(got.contains(QStringLiteral("lib/inner/d.o")));      // outer's .gitignore stops
        QVERIFY(!got.contains(QStringLiteral("lib/inner/f.log")));   // .ignore applies across

        // Walking the nested repository itself gives the same view of it.
        QSet<QString> below;
        for (const QString &f : got)
            if (f.startsWith(QStringLiteral("lib/inner/"))) below.insert(f.mid(10));
        QCOMPARE(walked(inner), below);

        if (!wmtest::hasTool(QStringLiteral("rg"))) QSKIP("rg (the reference) is not installed");
        const auto rg = wmtest::run(QStringLiteral("rg"),
                                    {QStringLiteral("--files"), QStringLiteral("--hidden"),
                                     QStringLiteral("--glob"), QStringLiteral("!.git")},
                                    outer);
        QCOMPARE(got, lines(rg.out, '\n'));
    }

    // More folders than either descriptor budget (256 shared, 128 kept),
    // nested three deep, names that sort around '/' ("ab.txt" < "ab/x" <
    // "ab0"), ignore files and hidden files, and, where bind mounts are
    // allowed, one folder mounted twice (walked once, where SortedWalk walks
    // it). The parallel walk, listing ahead on four threads, gives the same
    // paths in the same order as SortedWalk; that order is rg --files sorted
    // by bytes; its sizes and mtimes are lstat(2)'s.
    void sortedWalksInRgOrder()
    {
        WM_REQUIRE_TOOL("rg");
        QTemporaryDir dir;
        const QString root = dir.path();
        for (const char *rel :
             {"ab.txt", "ab/x.txt", "ab0.txt", "ab-c/y.txt", "a b/z.txt", ".hidden.txt",
              "keep/.ignore", "keep/a.log", "keep/b.txt", "orig/o1.txt", "orig/o2/o3.txt"})
            QVERIFY(wmtest::writeFile(root, QString::fromUtf8(rel), QByteArray(rel) + '\n'));
        QVERIFY(wmtest::writeFile(root, QStringLiteral("keep/.ignore"), "*.log\n"));
        for (int i = 0; i < 300; ++i) {
            const QString d = QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0'));
            for (int k = 0; k <= i % 3; ++k)
                QVERIFY(wmtest::writeFile(root, d + QStringLiteral("/s%1/g/t.txt").arg(k),
                                          QByteArray(i % 7 + 1, 'x')));
            QVERIFY(wmtest::writeFile(root, d + QStringLiteral("/n.txt"), "n\n"));
        }
        QVERIFY(QDir(root).mkpath(QStringLiteral("dup")));
        const QByteArray orig = QFile::encodeName(root + QStringLiteral("/orig"));
        const QByteArray dup = QFile::encodeName(root + QStringLiteral("/dup"));
        const bool mounted =
            ::mount(orig.constData(), dup.constData(), nullptr, MS_BIND, nullptr) == 0;
        const auto unmount = qScopeGuard([&] {
            if (mounted) ::umount2(dup.constData(), MNT_DETACH);
        });
        WalkOptions o;
        o.root = root;
        QStringList serial;
        SortedWalk walk(o, nullptr);
        QVERIFY(walk.run(
                        [&](std::vector<WalkEntry> &&chunk) {
                            for (const WalkEntry &e : chunk)
                                serial << QFile::decodeName(e.nativeRel.c_str());
                        },
                        7)
                    .isEmpty());
        QCOMPARE(parallelWalk(o), serial);

        const auto rg = wmtest::run(
            QStringLiteral("rg"),
            {QStringLiteral("--no-config"), QStringLiteral("--files"), QStringLiteral(".")}, root);
        QList<QByteArray> ref;
        for (const QByteArray &line : rg.out.split('\n'))
            if (!line.isEmpty()) ref << line.mid(2); // "./"
        if (mounted) { // rg walks both; the sorted walks the one listed first
            const QByteArray skipped =
                serial.contains(QStringLiteral("dup/o1.txt")) ? "orig/" : "dup/";
            ref.removeIf([&](const QByteArray &p) { return p.startsWith(skipped); });
        }
        std::sort(ref.begin(), ref.end());
        QStringList want;
        for (const QByteArray &p : ref)
            want << QFile::decodeName(p);
        QCOMPARE(serial, want);
        QVERIFY(serial.size() > 600);
        if (!mounted)
            QSKIP("bind mounts are not allowed here: the folder mounted twice was not checked");
    }

private:
    // The paths of a ParallelSortedWalk, after checking each file's size
    // and mtime against lstat(2).
    static QStringList parallelWalk(const WalkOptions &o)
    {
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        ParallelSortedWalk::Settings settings;
        settings.statFiles = true;
        ParallelSortedWalk walk(o, pool, nullptr, settings);
        QStringList out;
        ParallelSortedWalk::Span span;
        ParallelSortedWalk::Next next;
        while ((next = walk.next(&span, 100)) != ParallelSortedWalk::Next::End) {
            for (size_t i = span.begin; next == ParallelSortedWalk::Next::Span && i < span.end;
                 ++i) {
                const WalkEntry &e = (*span.store)[i];
                struct stat st
                {
                };
                const QByteArray path = QFile::encodeName(o.root) + '/' + e.nativeRel.c_str();
                if (::lstat(path.constData(), &st) != 0 || e.needsStat || !e.error.isEmpty() ||
                    e.size != st.st_size ||
                    e.mtimeMs != qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000)
                    return {QStringLiteral("wrong stat: ") + e.relPath};
                out << QFile::decodeName(e.nativeRel.c_str());
            }
        }
        if (!walk.error().isEmpty()) return {walk.error()};
        return out;
    }
};

QTEST_GUILESS_MAIN(TestGitContext)
#include "tst_gitcontext.moc"
