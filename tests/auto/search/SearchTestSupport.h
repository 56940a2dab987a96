// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Helpers shared by the search suites: a deterministic fixture tree,
// indexing and searching in process, and ripgrep as the reference.

#include "SpawnProcess.h"
#include "TestSupport.h"
#include "search/IndexUpdater.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <random>

namespace wmsearchtest {

// The shared child-process runner (tests/auto/common/SpawnProcess.h).
using wmtest::killAndReap;
using wmtest::runWm;
using wmtest::spawn;
using wmtest::spawnDetached;
using wmtest::SpawnOptions;

// The sqlite3 shell's answer to one statement on `db` (standard output and
// error, trimmed): the independent reference the index tests read with.
inline QString sqliteShell(const QString &db, const QString &sql)
{
    const wmtest::ProcessResult r = spawn(QStringLiteral("sqlite3"), {db, sql});
    return QString::fromUtf8(r.out + r.err).trimmed();
}

// Bytes of every file under `root` (hidden and ignored ones too): the
// measure of how far a child indexer has got through the tree.
inline qint64 treeBytes(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

// Words of the fixture text. None of them appears in a fixture path
// ("dNN/fNNN.txt|md|c"), so searches on them only see content.
inline const QStringList &vocabulary()
{
    static const QStringList words = {
        QStringLiteral("alpha"),         QStringLiteral("bravo"),
        QStringLiteral("charlie"),       QStringLiteral("delta"),
        QStringLiteral("echo"),          QStringLiteral("foxtrot"),
        QStringLiteral("golf"),          QStringLiteral("hotel"),
        QStringLiteral("india"),         QStringLiteral("juliet"),
        QStringLiteral("kilo"),          QStringLiteral("lima"),
        QStringLiteral("mike"),          QStringLiteral("november"),
        QStringLiteral("oscar"),         QStringLiteral("papa"),
        QStringLiteral("quebec"),        QStringLiteral("romeo"),
        QStringLiteral("sierra"),        QStringLiteral("tango"),
        QStringLiteral("uniform"),       QStringLiteral("victor"),
        QStringLiteral("whiskey"),       QStringLiteral("xray"),
        QStringLiteral("yankee"),        QStringLiteral("zulu"),
        QStringLiteral("spin_lock"),     QStringLiteral("spinner"),
        QStringLiteral("spinning"),      QStringLiteral("lockdep"),
        QStringLiteral("mutex"),         QStringLiteral("mutexes"),
        QStringLiteral("kmalloc"),       QStringLiteral("kmalloc_array"),
        QStringLiteral("node42"),        QStringLiteral("x86_64"),
        QStringLiteral("café"),          QStringLiteral("naïve"),
        QStringLiteral("über"),          QStringLiteral("東京"),
        QStringLiteral("rare_word_one"), QStringLiteral("Rare"),
        QStringLiteral("ALPHA"),         QStringLiteral("Bravo"),
    };
    return words;
}

inline const QStringList &separators()
{
    static const QStringList seps = {
        QStringLiteral(" "),  QStringLiteral(" "),  QStringLiteral(" "),  QStringLiteral("\n"),
        QStringLiteral(", "), QStringLiteral(". "), QStringLiteral("("),  QStringLiteral(")"),
        QStringLiteral("-"),  QStringLiteral("::"), QStringLiteral("\t"), QStringLiteral(" \"")};
    return seps;
}

struct Fixture
{
    int textFiles = 0;
    int binaryFiles = 0;
    QStringList paths; // every file the walk should see
};

inline void backdate(const QString &path, qint64 secondsAgo = 3600)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                      QFileDevice::FileModificationTime);
}

// `files` text files of random vocabulary, plus: a binary file, a file with
// invalid UTF-8, Markdown with front matter, an empty file, an ignored and
// a hidden file (which neither rg nor the index see). All mtimes are an
// hour in the past, so no file is "racy".
inline Fixture makeFixture(const QString &root, int files, quint32 seed, int wordsPerFile = 60)
{
    std::mt19937 rng(seed);
    const auto pick = [&](const QStringList &l) { return l.at(int(rng() % quint32(l.size()))); };
    Fixture fx;
    const char *exts[] = {"txt", "md", "c"};
    for (int i = 0; i < files; ++i) {
        QString text;
        const int n = 5 + int(rng() % quint32(wordsPerFile));
        for (int w = 0; w < n; ++w) {
            text += pick(vocabulary());
            text += pick(separators());
        }
        const QString rel = QStringLiteral("d%1/f%2.%3")
                                .arg(i % 7, 2, 10, QLatin1Char('0'))
                                .arg(i, 3, 10, QLatin1Char('0'))
                                .arg(QLatin1String(exts[i % 3]));
        wmtest::writeFile(root, rel, text.toUtf8());
        fx.paths << rel;
        ++fx.textFiles;
    }
    wmtest::writeFile(root, QStringLiteral("d01/blob.bin"),
                      QByteArray("\0\0\x01 alpha bravo binary", 22));
    fx.paths << QStringLiteral("d01/blob.bin");
    ++fx.binaryFiles;
    // Invalid UTF-8 between words, and (touching.txt) touching them.
    wmtest::writeFile(root, QStringLiteral("d02/broken.txt"),
                      QByteArray("echo \xff delta \xc3 golf \xe2\x82 hotel \xed\xa0\x80 india\n"));
    fx.paths << QStringLiteral("d02/broken.txt");
    ++fx.textFiles;
    wmtest::writeFile(root, QStringLiteral("d02/touching.txt"),
                      QByteArray("edgeone\xff"
                                 "edgetwo \xc3"
                                 "edgethree\xe2\x82"
                                 "edgefour\xed\xa0\x80"
                                 "edgefive\n"));
    fx.paths << QStringLiteral("d02/touching.txt");
    ++fx.textFiles;
    wmtest::writeFile(root, QStringLiteral("d03/notes.md"),
                      "---\ntitle: Tango Notes\ntags: [zulu, \"yankee papa\"]\n---\n# Ignored "
                      "heading\nsierra tango\n");
    fx.paths << QStringLiteral("d03/notes.md");
    ++fx.textFiles;
    wmtest::writeFile(root, QStringLiteral("d04/empty.txt"), QByteArray());
    fx.paths << QStringLiteral("d04/empty.txt");
    ++fx.textFiles;
    // Not a git repository: .ignore (a .gitignore here would not count, as in rg).
    wmtest::writeFile(root, QStringLiteral(".ignore"), "*.log\nbuild/\n");
    wmtest::writeFile(root, QStringLiteral("d05/skip.log"), "alpha bravo ignored\n");
    wmtest::writeFile(root, QStringLiteral("build/out.txt"), "alpha bravo ignored\n");
    wmtest::writeFile(root, QStringLiteral(".hidden/secret.txt"), "alpha hidden\n");
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        backdate(it.next());
    return fx;
}

// Index `root` into `db` in process; returns the run's statistics.
// followLinks takes the unordered parallel walk, diffed against every
// stored file held in memory (StoredDocs) instead of the sorted merge.
inline wm::IndexStats indexFolder(const QString &root, const QString &db, bool substring = false,
                                  const wm::CancelToken *cancel = nullptr, int batchChanges = 2000,
                                  bool followLinks = false)
{
    wm::SearchIndex index;
    wm::SearchIndex::OpenOptions o;
    o.userPath = true;
    const QString canon = wm::SearchIndex::canonicalRoot(root);
    QString message;
    if (index.open(db, canon, o, &message) == wm::SearchIndex::Status::Failed) {
        wm::IndexStats failed; // callers check fatalError
        failed.fatalError = message.isEmpty() ? QStringLiteral("cannot open the index") : message;
        return failed;
    }
    wm::IndexOptions io;
    io.walk.root = canon;
    io.walk.followLinks = followLinks;
    io.threads = 2;
    io.batchChanges = batchChanges;
    if (substring) io.substring = wm::IndexOptions::Substring::Enable;
    return wm::IndexUpdater::run(index, io, cancel);
}

// Index `root` into `db`, then open that index in `index` for searching.
inline bool indexAndOpen(const QString &root, const QString &db, wm::SearchIndex &index,
                         bool substring = false)
{
    if (!indexFolder(root, db, substring).fatalError.isEmpty()) return false;
    wm::SearchIndex::OpenOptions o;
    o.userPath = true;
    return index.open(db, wm::SearchIndex::canonicalRoot(root), o, nullptr) ==
           wm::SearchIndex::Status::Opened;
}

// Paths of every file matching `query` (all pages).
inline QSet<QString> searchPaths(const QString &root, const QString &db, const QString &query,
                                 bool substring = false, wm::SearchResult::Status *status = nullptr)
{
    wm::SearchIndex index;
    wm::SearchIndex::OpenOptions o;
    o.create = false;
    o.userPath = true;
    index.open(db, wm::SearchIndex::canonicalRoot(root), o, nullptr);
    wm::SearchEngine engine(index.db());
    wm::SearchQuery q;
    q.text = query;
    q.substring = substring;
    q.limit = 100000;
    const wm::SearchResult r = engine.search(q);
    if (status) *status = r.status;
    QSet<QString> out;
    for (const wm::SearchHit &h : r.hits)
        out.insert(h.path);
    return out;
}

// A tree to index (`root`) and its index (`db`) in one temporary folder:
// the fixture of the suites that build a tree, index it and check what the
// index then holds, in process or through `wm`.
struct IndexedTree
{
    // User-provided (not `= default`): clang only lets a `const IndexedTree`
    // be default-initialised then.
    IndexedTree() : tmp() {}
    explicit IndexedTree(const QString &templatePath) : tmp(templatePath) {}

    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("tree"));
    const QString db = tmp.filePath(QStringLiteral("i.db"));

    // Indexes (or updates) the tree in process.
    wm::IndexStats index() const { return indexFolder(root, db); }

    // makeFixture() in the tree, indexed; false when the run failed.
    [[nodiscard]] bool indexFixture(int files, quint32 seed, int wordsPerFile = 60) const
    {
        makeFixture(root, files, seed, wordsPerFile);
        return index().fatalError.isEmpty();
    }

    // Generated file i: "dF/fN.txt", F = i % folders, N = i zero-padded to
    // `width` digits (0: no padding).
    [[nodiscard]] static QString numbered(int i, int folders, int width = 0)
    {
        return QStringLiteral("d%1/f%2.txt").arg(i % folders).arg(i, width, 10, QLatin1Char('0'));
    }

    // Files 0 to count-1 (numbered()), each holding `text` and ten minutes
    // old (not racy), then indexed: the run's statistics.
    [[nodiscard]] wm::IndexStats indexNumbered(int count, int folders, int width,
                                               const QByteArray &text) const
    {
        for (int i = 0; i < count; ++i) {
            const QString rel = numbered(i, folders, width);
            if (!wmtest::writeFile(root, rel, text)) {
                wm::IndexStats failed;
                failed.fatalError = QStringLiteral("cannot write ") + rel;
                qWarning("%s", qPrintable(failed.fatalError));
                return failed;
            }
            backdate(root + QLatin1Char('/') + rel, 600);
        }
        return index();
    }

    // `wm search ROOT ARGS --db DB`, as a user runs it.
    [[nodiscard]] wmtest::ProcessResult wmSearch(const QStringList &args) const
    {
        return runWm(QStringList{QStringLiteral("search"), root} + args +
                     QStringList{QStringLiteral("--db"), db});
    }

    // The document wmSearch(ARGS --json) prints.
    [[nodiscard]] QJsonObject wmSearchJson(const QStringList &args) const
    {
        const wmtest::ProcessResult r = wmSearch(args + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0) qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
};

// ripgrep with its defaults: .gitignore only inside git repositories, as the walker.
// The explicit "." keeps rg from reading its (piped) standard input.
inline QSet<QString> rgFiles(const QString &root, const QStringList &args)
{
    const wmtest::ProcessResult r =
        spawn(QStringLiteral("rg"),
              QStringList{QStringLiteral("--no-config")} + args + QStringList{QStringLiteral(".")},
              {root, {}});
    QSet<QString> out;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.isEmpty())
            out.insert(QString::fromUtf8(line.startsWith("./") ? line.mid(2) : line));
    return out;
}

inline QString describeDiff(const QSet<QString> &ours, const QSet<QString> &ref)
{
    QStringList onlyOurs(ours.cbegin(), ours.cend()), onlyRef(ref.cbegin(), ref.cend());
    onlyOurs.erase(std::remove_if(onlyOurs.begin(), onlyOurs.end(),
                                  [&](const QString &p) { return ref.contains(p); }),
                   onlyOurs.end());
    onlyRef.erase(std::remove_if(onlyRef.begin(), onlyRef.end(),
                                 [&](const QString &p) { return ours.contains(p); }),
                  onlyRef.end());
    return QStringLiteral("only wm: %1; only rg: %2")
        .arg(onlyOurs.join(QLatin1Char(' ')), onlyRef.join(QLatin1Char(' ')));
}

} // namespace wmsearchtest
