// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// core/memory and the merge: note names, front matter read by the one
// reader (malformed notes with their reason), entries rewritten byte for
// byte, and the merged note of a cluster.
#include "consolidate/NoteMerger.h"
#include "memory/FrontMatterBlock.h"
#include "memory/MemoryNote.h"
#include "memory/NoteName.h"

#include <QTest>

using namespace wm;

class TstMemoryNotes : public QObject
{
    Q_OBJECT

    static MemoryNote note(const char *rel, const QByteArray &text)
    {
        return MemoryNote::parse(QString::fromUtf8(rel), NoteTier::ShortTerm, text);
    }

private Q_SLOTS:
    void names()
    {
        const auto n = NoteName::parse(u"20261201_093000_cache-rules.md");
        QVERIFY(n);
        QCOMPARE(n->slug, QStringLiteral("cache-rules"));
        QCOMPARE(n->stamp, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(!NoteName::parse(u"20261301_093000_x.md"));  // month 13
        QVERIFY(!NoteName::parse(u"20261201_093000_.md"));   // no slug
        QVERIFY(!NoteName::parse(u"20261201_093000_x.txt")); // not Markdown
        QVERIFY(!NoteName::parse(u"notes.md"));
        QCOMPARE(NoteName::make(n->stamp, QStringLiteral("a-b")),
                 QStringLiteral("20261201_093000_a-b.md"));
        QCOMPARE(NoteName::slugify(QStringLiteral("Über Caches: the RULES!")),
                 QStringLiteral("ber-caches-the-rules"));
        QCOMPARE(NoteName::slugify(QStringLiteral("???")), QStringLiteral("note"));
    }

    void validNote()
    {
        const QByteArray text = "---\ntitle: \"Cache rules\"\ncreated: 2026-11-20T08:00:00Z\n"
                                "tags:\n  - insight\n  - perf\nsource: s-1\n---\n\nBody one.\n";
        const MemoryNote n = note("short_term/20261120_080000_cache-rules.md", text);
        QVERIFY2(n.isValid(), qPrintable(n.problem));
        QCOMPARE(n.title, QStringLiteral("Cache rules"));
        QCOMPARE(n.created, QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
        QCOMPARE(n.tags, QStringList({QStringLiteral("insight"), QStringLiteral("perf")}));
        QVERIFY(n.hasTag(QStringLiteral("INSIGHT")));
        QCOMPARE(n.rawBody, QByteArray("\nBody one.\n"));
        QCOMPARE(n.rawFrontMatter,
                 QByteArray("title: \"Cache rules\"\ncreated: 2026-11-20T08:00:00Z\n"
                            "tags:\n  - insight\n  - perf\nsource: s-1\n"));
        QCOMPARE(n.size, text.size());
        // A time without a zone is UTC; without `created` the name's stamp is used.
        const MemoryNote local = note("short_term/20261120_080000_x.md",
                                      "---\ntitle: x\ncreated: 2026-11-20T10:00:00\n---\n");
        QCOMPARE(local.created, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        const MemoryNote stamp = note("short_term/20261120_080000_x.md", "---\ntitle: x\n---\n");
        QCOMPARE(stamp.created, QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        // The generator's kinds (tests/data/gen-memory-store.py), then others.
        QTest::newRow("unterminated quote")
            << QByteArray(
                   "---\ntitle: \"Cache\ncreated: 2026-11-20T08:00:00Z\ntags: [a, b]\n---\nx\n")
            << QStringLiteral("front matter: line ");
        QTest::newRow("tab indentation")
            << QByteArray("---\ntitle: x\ntags:\n\t- a\ncreated: 2026-11-20T08:00:00Z\n---\n")
            << QStringLiteral("front matter: line ");
        QTest::newRow("unclosed flow list")
            << QByteArray("---\ntitle: x\ntags: [a, b\ncreated: 2026-11-20T08:00:00Z\n---\n")
            << QStringLiteral("front matter: line ");
        QTest::newRow("bad mapping") << QByteArray("---\ntitle: x: : x\n  - y\n---\n")
                                     << QStringLiteral("front matter: line ");
        QTest::newRow("missing closing fence")
            << QByteArray("---\ntitle: x\ncreated: 2026-11-20T08:00:00Z\ntags: [a]\n")
            << QStringLiteral("front matter not closed");
        QTest::newRow("none") << QByteArray("Just text.\n") << QStringLiteral("no front matter");
        QTest::newRow("toml") << QByteArray("+++\ntitle = \"x\"\n+++\n")
                              << QStringLiteral("TOML front matter");
        QTest::newRow("list") << QByteArray("---\n- a\n- b\n---\n")
                              << QStringLiteral("front matter is not a list of key");
        QTest::newRow("bad time") << QByteArray("---\ntitle: x\ncreated: last tuesday\n---\n")
                                  << QStringLiteral("front matter: created 'last tuesday'");
        QTest::newRow("tags map") << QByteArray("---\ntitle: x\ntags:\n  a: b\n---\n")
                                  << QStringLiteral("front matter: tags is neither");
        QTest::newRow("empty") << QByteArray("---\nsource: x\n---\n")
                               << QStringLiteral("front matter has neither");
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const MemoryNote n = note("short_term/20261120_080000_x.md", text);
        QVERIFY(!n.isValid());
        QVERIFY2(n.problem.startsWith(reason), qPrintable(n.problem));
        QCOMPARE(n.bytes, text); // read, never changed
    }

    void blockKeepsBytes()
    {
        const QByteArray raw = "title: 'A: b'   # quoted\ntags: [x, y]\n# about the source\n"
                               "source: |\n  line one\n  line two\ncontext:\n  turn: 3\n";
        FrontMatterBlock b = FrontMatterBlock::split(raw);
        QCOMPARE(b.text(), raw);
        QCOMPARE(b.entries().size(), 4);
        QVERIFY(b.contains("context"));
        b.set("tags",
              FrontMatterBlock::listEntry("tags", {QStringLiteral("x"), QStringLiteral("true"),
                                                   QStringLiteral("a \"q\"")}));
        QCOMPARE(b.text(), QByteArray("title: 'A: b'   # quoted\ntags:\n  - x\n  - \"true\"\n"
                                      "  - \"a \\\"q\\\"\"\n# about the source\nsource: |\n"
                                      "  line one\n  line two\ncontext:\n  turn: 3\n"));
    }

    void merge()
    {
        const MemoryNote a = note("short_term/20261101_080000_cache.md",
                                  "---\ntitle: \"Cache\"\ncreated: 2026-11-01T08:00:00Z\ntags:\n"
                                  "  - perf\nsource: s-1\ncontext:\n  turn: 3\n---\n\n"
                                  "First paragraph.\n\nSecond one.\n");
        const MemoryNote b = note("long_term/20261102_080000_cache.md",
                                  "---\ntitle: Cache again\ncreated: 2026-11-02T08:00:00Z\n"
                                  "tags: [Perf, insight]\nconfidence: high\n---\n"
                                  "first PARAGRAPH!\n\nA third paragraph.\n");
        QVERIFY(a.isValid() && b.isValid());
        const NoteMerger::Result r = NoteMerger::merge({&a, &b});
        QCOMPARE(r.tags, QStringList({QStringLiteral("perf"), QStringLiteral("insight")}));
        QCOMPARE(r.paragraphsKept, 3);
        QCOMPARE(r.paragraphsDropped, 1);
        QCOMPARE(r.text,
                 QByteArray("---\ntitle: \"Cache\"\ncreated: 2026-11-01T08:00:00Z\ntags:\n"
                            "  - perf\n  - insight\nsource: s-1\ncontext:\n  turn: 3\n"
                            "merged_from:\n  - short_term/20261101_080000_cache.md\n"
                            "  - long_term/20261102_080000_cache.md\nconfidence: high\n"
                            "---\n\nFirst paragraph.\n\nSecond one.\n\nA third paragraph.\n"));
        // The merged note reads back as a valid note with the union of tags.
        const MemoryNote m = note("long_term/20261201_120000_cache.md", r.text);
        QVERIFY2(m.isValid(), qPrintable(m.problem));
        QCOMPARE(m.mergedFrom.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstMemoryNotes)
#include "tst_memorynotes.moc"
