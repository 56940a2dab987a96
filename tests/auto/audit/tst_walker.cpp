// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The walk and the audit engine on awkward trees: symlink loops, unreadable
// folders, odd names, files that vanish mid-walk (the engine itself:
// tst_auditengine).
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "audit/FileAnalyzer.h"
#include "concurrency/CancelToken.h"
#include "io/UniqueFd.h"
#include "walk/FileWalker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace wm;

class TestWalker : public QObject
{
    Q_OBJECT

    static QStringList paths(const std::vector<WalkEntry> &v)
    {
        QStringList out;
        for (const auto &e : v)
            out << e.relPath;
        return out;
    }

private Q_SLOTS:
    void symlinkLoopWithoutFollowing()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "a/b/file.txt", "x\n"));
        QVERIFY(QFile::link(dir.path() + "/a", dir.path() + "/a/b/loop"));
        WalkOptions o;
        o.root = dir.path();
        QCOMPARE(paths(FileWalker(o).list(2)), QStringList{"a/b/file.txt"});
    }

    void symlinkLoopWhenFollowing()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "a/b/file.txt", "x\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "c/other.txt", "y\n"));
        QVERIFY(QFile::link(dir.path() + "/a", dir.path() + "/a/b/loop"));
        QVERIFY(QFile::link(dir.path(), dir.path() + "/c/root"));
        QVERIFY(QFile::link(dir.path() + "/c/other.txt", dir.path() + "/a/link.txt"));
        WalkOptions o;
        o.root = dir.path();
        o.followLinks = true;
        const std::vector<WalkEntry> entries = FileWalker(o).list(4);
        // Each directory is entered once, by its real path; links to folders
        // already listed are link rows; the file link is a file of its own.
        QCOMPARE(paths(entries), (QStringList{"a/b/file.txt", "a/b/loop/", "a/link.txt",
                                              "c/other.txt", "c/root/"}));
        QCOMPARE(entries[1].linkTarget, QStringLiteral("a/"));
        QCOMPARE(entries[4].linkTarget, QStringLiteral("."));
    }

    // A link that sorts before its target must not steal the target's files:
    // "alink -> d" is met first in path order, yet d/f.txt is reported as
    // d/f.txt and alink as a link row, on every run and thread count.
    void followLinksPrefersTheRealPath()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "d/f.txt", "x\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "d/e/g.txt", "y\n"));
        QVERIFY(QFile::link(dir.path() + "/d", dir.path() + "/alink"));
        QVERIFY(QDir().mkpath(dir.path() + "/b"));
        QVERIFY(QFile::link(dir.path() + "/d/e", dir.path() + "/b/elink"));
        QVERIFY(QFile::link(dir.path() + "/d", dir.path() + "/zlink"));
        WalkOptions o;
        o.root = dir.path();
        o.followLinks = true;
        const QStringList want = {"alink/", "b/elink/", "d/e/g.txt", "d/f.txt", "zlink/"};
        for (int threads : {1, 2, 7})
            for (int run = 0; run < 5; ++run)
                QCOMPARE(paths(FileWalker(o).list(threads)), want);
        AuditOptions ao;
        ao.walk = o;
        const AuditResult r = AuditEngine::run(ao);
        QCOMPARE(r.totals.files, 2);
        QCOMPARE(r.totals.linkedFolders, 3);
        QCOMPARE(r.totals.errors, 0);
    }

    void neverLeavesRootUnlessFollowing()
    {
        QTemporaryDir outside, dir;
        QVERIFY(wmtest::writeFile(outside.path(), "secret.txt", "x\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "in.txt", "x\n"));
        QVERIFY(QFile::link(outside.path(), dir.path() + "/out"));
        WalkOptions o;
        o.root = dir.path();
        QCOMPARE(paths(FileWalker(o).list(2)), QStringList{"in.txt"});
        o.followLinks = true;
        QCOMPARE(paths(FileWalker(o).list(2)), (QStringList{"in.txt", "out/secret.txt"}));
    }

    void brokenLinkIsAnErrorRowWhenFollowing()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(dir.path() + "/missing", dir.path() + "/dangling"));
        AuditOptions o;
        o.walk.root = dir.path();
        o.walk.followLinks = true;
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.files.size(), size_t(1));
        QCOMPARE(r.files[0].error, QStringLiteral("broken symbolic link"));
        QCOMPARE(r.totals.errors, 1);
    }

    void hiddenEntries()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), ".hidden/x.txt", "x"));
        QVERIFY(wmtest::writeFile(dir.path(), ".env", "x"));
        QVERIFY(wmtest::writeFile(dir.path(), ".git/config", "x"));
        QVERIFY(wmtest::writeFile(dir.path(), "v.txt", "x"));
        WalkOptions o;
        o.root = dir.path();
        QCOMPARE(paths(FileWalker(o).list(2)), QStringList{"v.txt"});
        o.hidden = true;
        QCOMPARE(paths(FileWalker(o).list(2)), (QStringList{".env", ".hidden/x.txt", "v.txt"}));
    }

    void oddNames()
    {
        QTemporaryDir dir;
        const QStringList names = {"with space.txt", "ünïcödé/日本語.md", "emoji 🙂.txt",
                                   "-dash.txt",      "new\nline.txt",     "tab\tname.txt",
                                   "quote\"'.txt",   "back\\slash.txt"};
        for (const QString &n : names)
            QVERIFY(wmtest::writeFile(dir.path(), n, "one two\n"));
        // A name that is not valid UTF-8.
        const QByteArray raw = QFile::encodeName(dir.path()) + "/bad\xff\xfe.txt";
        FILE *f = std::fopen(raw.constData(), "w");
        QVERIFY(f);
        std::fputs("a b c\n", f);
        std::fclose(f);
        AuditOptions o;
        o.walk.root = dir.path();
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.totals.files, qint64(names.size() + 1));
        QCOMPARE(r.totals.errors, 0);
        QCOMPARE(r.totals.words, qint64(2 * names.size() + 3));
        QSet<QString> got;
        for (const auto &rec : r.files)
            got.insert(rec.path);
        for (const QString &n : names)
            QVERIFY2(got.contains(n), qPrintable(n));
    }

    void unreadableDirectoryIsARow()
    {
#if defined(__SANITIZE_THREAD__)
        QSKIP("QProcess cannot fork under ThreadSanitizer");
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
        QSKIP("QProcess cannot fork under ThreadSanitizer");
#endif
#endif
        // As root every folder is readable, so run wm as 'nobody' then.
        if (!wmtest::hasTool(QStringLiteral("setpriv")) && geteuid() == 0)
            QSKIP("needs setpriv to drop root");
        QTemporaryDir base(QStringLiteral("/tmp/wm-unreadable-XXXXXX"));
        QFile::setPermissions(base.path(), QFileDevice::Permissions(0x7777));
        QVERIFY(wmtest::writeFile(base.path(), "ok/a.txt", "a\n"));
        QVERIFY(wmtest::writeFile(base.path(), "locked/b.txt", "b\n"));
        QVERIFY(wmtest::writeFile(base.path(), "secret.txt", "c\n"));
        for (const char *p : {"", "/ok", "/ok/a.txt", "/locked/b.txt"})
            QFile::setPermissions(base.path() + QLatin1String(p), QFileDevice::Permissions(0x7755));
        QVERIFY(::chmod(QFile::encodeName(base.path() + "/locked").constData(), 0) == 0);
        QVERIFY(::chmod(QFile::encodeName(base.path() + "/secret.txt").constData(), 0) == 0);
        QStringList args = {"audit", base.path(), "--format", "csv"};
        QString program = QStringLiteral(WM_BINARY);
        if (geteuid() == 0) {
            args.prepend(program);
            args = QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", "--"} + args;
            program = QStringLiteral("setpriv");
        }
        const auto res = wmtest::run(program, args);
        const auto restore = qScopeGuard(
            [&] { ::chmod(QFile::encodeName(base.path() + "/locked").constData(), 0755); });
        QCOMPARE(res.exitCode, 1); // finished, with unreadable entries
        const QString csv = QString::fromUtf8(res.out);
        QVERIFY2(csv.contains("locked/,") && csv.contains("permission denied"), qPrintable(csv));
        QVERIFY2(csv.contains("secret.txt,"), qPrintable(csv));
        QVERIFY2(csv.contains("ok/a.txt,2,"), qPrintable(csv));
        // The folder is a row, but not a file (issue 10: it was counted as one).
        args[args.indexOf(QStringLiteral("csv"))] = QStringLiteral("json");
        const auto js = wmtest::run(program, args);
        const QJsonObject totals =
            QJsonDocument::fromJson(js.out).object().value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("unreadableFolders")).toInt(), 1);
    }

    void vanishedFileIsARow()
    {
        QTemporaryDir dir;
        WalkEntry e;
        e.relPath = "gone.txt";
        e.nativeRel = "gone.txt";
        e.size = 10;
        const FileRecord r =
            FileAnalyzer(QFile::encodeName(dir.path()).toStdString(), {}).analyze(e);
        QCOMPARE(r.error, QStringLiteral("vanished during the audit"));
    }

    // A file or a folder swapped for a link after the walk is not read from
    // outside the root when links are not followed (issue 10, item 14).
    void swappedForLinkIsNotRead()
    {
        QTemporaryDir outside, dir;
        QVERIFY(wmtest::writeFile(outside.path(), "f.txt", "secret\nsecret\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "f.txt", "mine\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "d/f.txt", "mine\n"));
        WalkOptions o;
        o.root = dir.path();
        const std::vector<WalkEntry> entries = FileWalker(o).list(2);
        QCOMPARE(paths(entries), (QStringList{"d/f.txt", "f.txt"}));
        QVERIFY(QFile::remove(dir.path() + "/f.txt"));
        QVERIFY(QFile::link(outside.path() + "/f.txt", dir.path() + "/f.txt"));
        QVERIFY(QDir(dir.path()).rename("d", "d.old"));
        QVERIFY(QFile::link(outside.path(), dir.path() + "/d"));
        const FileAnalyzer analyzer(QFile::encodeName(dir.path()).toStdString(), {});
        for (const WalkEntry &e : entries) {
            const FileRecord r = analyzer.analyze(e);
            QVERIFY2(r.hasError(), qPrintable(e.relPath));
            QCOMPARE(r.lines, 0);
            QVERIFY2(r.error.contains(QStringLiteral("symbolic link")), qPrintable(r.error));
        }
        // Following links, the same entries are read through the links.
        FileAnalyzer::Options follow;
        follow.followLinks = true;
        const FileAnalyzer following(QFile::encodeName(dir.path()).toStdString(), follow);
        QCOMPARE(following.analyze(entries[1]).lines, 2);
    }

    // Files deleted while the audit runs: it finishes, and every file is
    // either analysed or reported with a reason.
    void filesVanishDuringTheWalk()
    {
        QTemporaryDir dir;
        const int n = 3000;
        for (int i = 0; i < n; ++i)
            QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("d%1/f%2.txt").arg(i % 30).arg(i),
                                      "word\n"));
        std::atomic<bool> stop{false};
        std::thread deleter([&] {
            for (int i = n - 1; i >= 0 && !stop; i -= 2)
                QFile::remove(dir.path() + QStringLiteral("/d%1/f%2.txt").arg(i % 30).arg(i));
        });
        AuditOptions o;
        o.walk.root = dir.path();
        o.threads = 4;
        const AuditResult r = AuditEngine::run(o);
        stop = true;
        deleter.join();
        QVERIFY(r.fatalError.isEmpty());
        int vanished = 0;
        for (const FileRecord &f : r.files) {
            if (f.hasError()) {
                QVERIFY2(f.error.startsWith(QStringLiteral("vanished during the")),
                         qPrintable(f.error));
                ++vanished;
            } else {
                QCOMPARE(f.lines, 1);
            }
        }
        QCOMPARE(r.totals.files, qint64(r.files.size()));
        QVERIFY(r.files.size() < size_t(n)); // the deleter removed some before they were found
    }

    // Files found by the walk, deleted before they are read: each one is a
    // "vanished" row, and the test sees that it happened. The walk lists a
    // folder whole before it hands over any of its files, so with one
    // folder every file is found before the first progress report (on this
    // thread, while workers read), which deletes every file.
    void filesVanishAfterTheyWereFound()
    {
        QTemporaryDir dir;
        const int n = 2000;
        for (int i = 0; i < n; ++i)
            QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("d/f%1.txt").arg(i),
                                      QByteArray(2000, 'w') + "\n"));
        AuditOptions o;
        o.walk.root = dir.path();
        o.threads = 1;
        o.maxFiles = n;
        o.batchIntervalMs = 1;
        bool deleted = false;
        AuditEngine::Callbacks cb;
        cb.onProgress = [&](const AuditProgress &) {
            if (deleted) return;
            deleted = true;
            for (int i = 0; i < n; ++i)
                QFile::remove(dir.path() + QStringLiteral("/d/f%1.txt").arg(i));
        };
        const AuditResult r = AuditEngine::run(o, nullptr, cb);
        QCOMPARE(r.files.size(), size_t(n));
        qint64 vanished = 0;
        for (const FileRecord &f : r.files) {
            if (!f.hasError()) continue;
            QCOMPARE(f.error, QStringLiteral("vanished during the audit"));
            ++vanished;
        }
        QVERIFY2(vanished > 0, "nothing vanished: the test did not test");
        QCOMPARE(r.totals.errors, vanished);
    }

    // A path of 5,000 characters ("name too long" for open(2)) is walked
    // and read: folders and files open relative to their parent.
    void veryLongPathIsWalked()
    {
        QTemporaryDir dir;
        std::string rel;
        const std::string part(200, 'p');
        const QByteArray root = QFile::encodeName(dir.path());
        UniqueFd at(::open(root.constData(), O_RDONLY | O_DIRECTORY));
        for (int i = 0; i < 25; ++i) {
            const std::string name = part + std::to_string(i);
            QVERIFY(::mkdirat(at.get(), name.c_str(), 0755) == 0);
            at.reset(::openat(at.get(), name.c_str(), O_RDONLY | O_DIRECTORY));
            QVERIFY(at.valid());
            rel += (rel.empty() ? "" : "/") + name;
        }
        const int fd = ::openat(at.get(), "deep.txt", O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QVERIFY(::write(fd, "one two\n", 8) == 8);
        ::close(fd);
        QVERIFY(rel.size() > 5000);
        AuditOptions o;
        o.walk.root = dir.path();
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.files.size(), size_t(1));
        QVERIFY2(!r.files[0].hasError(), qPrintable(r.files[0].error));
        QCOMPARE(r.files[0].pathBytes, QByteArray::fromStdString(rel + "/deep.txt"));
        QCOMPARE(r.files[0].words, 2);
        // Removing it needs the same care (rm -rf copes, QDir may not).
        wmtest::run(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()});
    }
};

QTEST_GUILESS_MAIN(TestWalker)
#include "tst_walker.moc"
