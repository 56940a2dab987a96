// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// --include/--exclude globs against git's pathspec glob magic, an
// independent implementation of the same glob dialect: a glob with a '/'
// is `:(glob)GLOB` over the whole path, one without is `:(glob)**/GLOB`.
#include "TestSupport.h"
#include "walk/FileWalker.h"
#include "walk/GlobFilter.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

class TestGlobFilter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSet<QString> gitMatches(const QString &glob, bool icase)
    {
        const QString magic = icase ? QStringLiteral(":(glob,icase)") : QStringLiteral(":(glob)");
        const QString spec =
            magic + (glob.contains(QLatin1Char('/')) ? glob : QStringLiteral("**/") + glob);
        const auto r = wmtest::run(QStringLiteral("git"),
                                   {QStringLiteral("ls-files"), QStringLiteral("-z"),
                                    QStringLiteral("--others"), QStringLiteral("--"), spec},
                                   m_dir.path());
        QSet<QString> out;
        for (const QByteArray &p : r.out.split('\0'))
            if (!p.isEmpty()) out.insert(QString::fromUtf8(p));
        return out;
    }

    QSet<QString> walk(const QStringList &includes, const QStringList &excludes, bool icase)
    {
        WalkOptions o;
        o.root = m_dir.path();
        o.includes = includes;
        o.excludes = excludes;
        o.caseInsensitiveGlobs = icase;
        QSet<QString> out;
        for (const WalkEntry &e : FileWalker(o).list(2))
            out.insert(e.relPath);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("git"))) QSKIP("git is not installed");
        QVERIFY(wmtest::run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")},
                            m_dir.path())
                    .exitCode == 0);
        for (const char *f :
             {"README", "README.md", "readme.txt", "Readme.MD", "docs/a.txt", "docs/b.md",
              "x/docs/c.txt", "x/y/docs/d.txt", "x/y/docs/e/f.txt", "src/main.c", "src/docs.txt",
              "notes/2024/jan.md", "notes/2025/feb.MD", "a.tar.lz4"})
            QVERIFY(wmtest::writeFile(m_dir.path(), QString::fromLatin1(f), "x\n"));
    }

    void includeMatchesGit_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<bool>("icase");
        for (const char *g : {"*.md", "**/docs/*.txt", "README*", "docs/*", "*.lz4", "notes/**",
                              "x/*/docs/*.txt", "*.MD", "src/*.c", "[rR]eadme*"}) {
            QTest::addRow("%s", g) << QString::fromLatin1(g) << false;
            QTest::addRow("%s icase", g) << QString::fromLatin1(g) << true;
        }
    }
    void includeMatchesGit()
    {
        QFETCH(QString, glob);
        QFETCH(bool, icase);
        QCOMPARE(walk({glob}, {}, icase), gitMatches(glob, icase));
    }

    void excludeIsTheComplement()
    {
        const QSet<QString> all = walk({}, {}, false);
        const QSet<QString> md = gitMatches(QStringLiteral("*.md"), false);
        QCOMPARE(walk({}, {QStringLiteral("*.md")}, false), all - md);
    }

    void excludePrunesDirectories()
    {
        const QSet<QString> got = walk({}, {QStringLiteral("docs")}, false);
        for (const QString &p : got)
            QVERIFY2(!p.split(QLatin1Char('/')).contains(QStringLiteral("docs")), qPrintable(p));
        QVERIFY(got.contains(QStringLiteral("src/docs.txt")));
    }

    void includeAndExcludeCombine()
    {
        const QSet<QString> got = walk({QStringLiteral("*.txt")}, {QStringLiteral("x/**")}, false);
        QCOMPARE(got, gitMatches(QStringLiteral("*.txt"), false) -
                          gitMatches(QStringLiteral("x/**"), false));
    }
};

QTEST_GUILESS_MAIN(TestGlobFilter)
#include "tst_globfilter.moc"
