// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// SafeOutputFile, the output of every command that writes a file: whole or
// not at all, an existing file that is not ours never replaced, nothing
// left behind. Writing goes to an unnamed file (O_TMPFILE) linked into
// place at commit, or, where the file system has none, to a hidden
// temporary file renamed into place; both are checked against what the
// folder holds at each step (the file system is the reference).
#include "io/SafeOutputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Before commit the folder shows nothing new, or (no O_TMPFILE) one hidden
// temporary file of ours.
bool onlyOursBesides(const QString &dir, const QStringList &before)
{
    QStringList now = entries(dir);
    for (const QString &b : before)
        now.removeOne(b);
    return now.isEmpty() || (now.size() == 1 && now.first().startsWith(QLatin1Char('.')) &&
                             now.first().endsWith(QLatin1String(".tmp")));
}

} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeOrNothing()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out.bin"));
        QByteArray data(300000, 'x');
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 7 % 251);
        wm::SafeOutputFile f;
        QVERIFY(f.open(target, {}));
        QVERIFY(f.write(data.constData(), 1000));
        QVERIFY(f.write(data.constData() + 1000, data.size() - 1000));
        QVERIFY(!QFile::exists(target)); // not before commit
        QVERIFY(onlyOursBesides(tmp.path(), {}));
        f.setPermissions(0640);
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out.bin")});
        QCOMPARE(contentOf(target), data);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640));
        QCOMPARE(st.st_nlink, nlink_t(1)); // one name: no temporary one left linked
    }

    void discardLeavesNothing()
    {
        QTemporaryDir tmp;
        {
            wm::SafeOutputFile f;
            QVERIFY(f.open(tmp.filePath(QStringLiteral("a")), {}));
            QVERIFY(f.write("abc", 3));
        }
        wm::SafeOutputFile g;
        QVERIFY(g.open(tmp.filePath(QStringLiteral("b")), {}));
        QVERIFY(g.write("abc", 3));
        g.discard();
        QVERIFY(entries(tmp.path()).isEmpty());
    }

    // A file that appears under the target's name while we write is not
    // ours: without overwrite it is kept, and commit fails.
    void appearingFileIsKept()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out"));
        wm::SafeOutputFile f;
        QVERIFY(f.open(target, {}));
        QVERIFY(f.write("ours", 4));
        {
            QFile other(target);
            QVERIFY(other.open(QIODevice::WriteOnly));
            QCOMPARE(other.write("theirs"), qint64(6));
        }
        QVERIFY(!f.commit());
        QVERIFY2(f.errorString().contains(QLatin1String("already exists")),
                 qPrintable(f.errorString()));
        QCOMPARE(contentOf(target), QByteArray("theirs"));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out")});
    }

    // Options::folder: the file named within an open folder (a descriptor
    // many outputs share) keeps every rule: a first write, an existing file
    // kept without overwrite, replaced whole with it, nothing left over.
    void namedWithinAnOpenFolder()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out"));
        const int folder =
            ::open(QFile::encodeName(tmp.path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(folder >= 0);
        wm::SafeOutputFile::Options o;
        o.folder = folder;
        o.sync = true;
        wm::SafeOutputFile f;
        QVERIFY(f.open(target, o));
        QVERIFY(f.write("one", 3));
        QVERIFY(onlyOursBesides(tmp.path(), {}));
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        QCOMPARE(contentOf(target), QByteArray("one"));
        QVERIFY(!f.open(target, o));
        QVERIFY2(f.errorString().contains(QLatin1String("already exists")),
                 qPrintable(f.errorString()));
        o.overwrite = true;
        QVERIFY(f.open(target, o));
        QVERIFY(f.write("two", 3));
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        QCOMPARE(contentOf(target), QByteArray("two"));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out")});
        ::close(folder);
    }

    // With overwrite, an existing file is replaced whole, also one that
    // appeared while we wrote.
    void overwriteReplaces()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out"));
        for (const bool appearsLater : {false, true}) {
            QFile::remove(target);
            if (!appearsLater) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("old content, longer than the new");
            }
            wm::SafeOutputFile f;
            QVERIFY(f.open(target, {true, false, false}));
            QVERIFY(f.write("new", 3));
            if (appearsLater) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("appeared meanwhile");
            }
            QVERIFY2(f.commit(), qPrintable(f.errorString()));
            QCOMPARE(contentOf(target), QByteArray("new"));
            QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out")});
        }
    }
};

QTEST_GUILESS_MAIN(TestSafeOutput)
#include "tst_safeoutput.moc"
