// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Text preparation for the index: UTF-8 repair (against Qt's decoder),
// binary detection (against git's), the content cap, titles and tags from
// the head of a file, snippets whose hit offsets point at the hits, and the
// JSON of a search against Qt's own serialiser.
#include "SearchJsonReference.h"
#include "TestSupport.h"
#include "search/DocumentFields.h"
#include "search/DocumentReader.h"
#include "search/SearchJson.h"
#include "search/SnippetBuilder.h"
#include "text/Utf8Text.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace wm;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Valid UTF-8 is exactly what Qt's decoder gives back unchanged.
bool qtValid(const std::string &bytes)
{
    const QByteArray b(bytes.data(), qsizetype(bytes.size()));
    return QString::fromUtf8(b).toUtf8() == b;
}

QString collapsed(QString text)
{
    static const QRegularExpression runs(QStringLiteral("\uFFFD+"));
    return text.replace(runs, QString(QChar(0xFFFD)));
}

WalkEntry entry(const QString &rel)
{
    WalkEntry e;
    e.relPath = rel;
    e.nativeRel = rel.toStdString();
    return e;
}

} // namespace

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8Random()
    {
        std::mt19937 rng(42);
        // Bytes biased towards the interesting ranges: ASCII, continuation
        // bytes, lead bytes, the invalid C0/C1/F5+ and surrogate leads.
        const unsigned char pool[] = {'a',  'b',  ' ',  0x7F, 0x80, 0x8F, 0x9F, 0xA0,
                                      0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1,
                                      0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
        for (int i = 0; i < 20000; ++i) {
            std::string bytes;
            const int n = int(rng() % 24);
            for (int k = 0; k < n; ++k)
                bytes.push_back(char(pool[rng() % sizeof pool]));
            const bool valid = Utf8Text::validPrefix(bytes) == bytes.size();
            QCOMPARE(valid, qtValid(bytes));
            const std::string fixed = Utf8Text::repaired(bytes);
            QVERIFY(qtValid(fixed));
            if (valid) QCOMPARE(fixed, bytes);
            // Qt's decoder keeps the same valid text; it may spend more than
            // one U+FFFD on an invalid stretch, so compare with runs collapsed.
            const QByteArray b(bytes.data(), qsizetype(bytes.size()));
            QCOMPARE(collapsed(QString::fromUtf8(QByteArray::fromStdString(fixed))),
                     collapsed(QString::fromUtf8(b)));
        }
    }

    // The worked example of the Unicode standard (ch. 3, "U+FFFD Substitution
    // of Maximal Subparts"): one U+FFFD per maximal subpart.
    void utf8StandardExample()
    {
        const std::string in = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
        const std::string want = "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                                 "b\xEF\xBF\xBD"
                                 "c\xEF\xBF\xBD\xEF\xBF\xBD"
                                 "d";
        QCOMPARE(Utf8Text::repaired(in), want);
        QCOMPARE(Utf8Text::repaired("\xED\xA0\x80"),
                 std::string("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")); // a surrogate: 3
        QCOMPARE(Utf8Text::repaired("\xC0\xAF"),
                 std::string("\xEF\xBF\xBD\xEF\xBF\xBD"));                // overlong: 2
        QCOMPARE(Utf8Text::validPrefix("ok\xF4\x90\x80\x80"), size_t(2)); // above U+10FFFF
    }

    void utf8Sanitize()
    {
        std::string text("a\0b\x01"
                         "c\x02"
                         "d\xff",
                         8);
        QVERIFY(Utf8Text::sanitize(text));
        QCOMPARE(QByteArray::fromStdString(text), QByteArray("a b c d\xEF\xBF\xBD"));
        std::string clean = "plain text";
        QVERIFY(!Utf8Text::sanitize(clean));
        const std::string euro = "ab\xE2\x82\xAC"; // "ab€"
        QCOMPARE(Utf8Text::boundaryAtOrBefore(euro, 3), size_t(2));
        QCOMPARE(Utf8Text::boundaryAtOrBefore(euro, 4), size_t(2));
        QCOMPARE(Utf8Text::boundaryAtOrBefore(euro, 5), size_t(5));
    }

    void titles_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("title");
        QTest::newRow("front matter")
            << s("md") << QByteArray("---\ntitle: \"Hello World\"\n---\n# Other\n")
            << s("Hello World");
        QTest::newRow("toml") << s("md") << QByteArray("+++\ntitle = 'Toml Title'\n+++\n")
                              << s("Toml Title");
        QTest::newRow("atx") << s("md") << QByteArray("intro\n\n## The Heading ##\ntext\n")
                             << s("The Heading");
        QTest::newRow("after front matter")
            << s("md") << QByteArray("---\ndate: 2024\n---\n# Real\n") << s("Real");
        QTest::newRow("setext") << s("markdown") << QByteArray("My Title\n========\n\nBody\n")
                                << s("My Title");
        QTest::newRow("fenced code skipped")
            << s("md") << QByteArray("```\n# not a heading\n```\n# Yes\n") << s("Yes");
        QTest::newRow("hash without space")
            << s("md") << QByteArray("#hashtag\n# Heading\n") << s("Heading");
        QTest::newRow("bom") << s("md") << QByteArray("\xEF\xBB\xBF# Bom Title\n")
                             << s("Bom Title");
        QTest::newRow("rst") << s("rst") << QByteArray("Project\n=======\n") << s("Project");
        QTest::newRow("asciidoc") << s("adoc") << QByteArray("= Doc Title\nAuthor\n")
                                  << s("Doc Title");
        QTest::newRow("org") << s("org") << QByteArray("#+TITLE: Org Title\n* Head\n")
                             << s("Org Title");
        QTest::newRow("html") << s("html")
                              << QByteArray("<html><head><title>Page &amp; <b>X</b></title>")
                              << s("Page &amp; X");
        QTest::newRow("python comment is no heading")
            << s("py") << QByteArray("# comment\nprint(1)\n") << QString();
        QTest::newRow("c file") << s("c") << QByteArray("/* hello */\nint x;\n") << QString();
        QTest::newRow("code with front matter")
            << s("txt") << QByteArray("---\ntitle: Any\n---\n") << s("Any");
    }

    void titles()
    {
        QFETCH(QString, ext);
        QFETCH(QByteArray, head);
        QFETCH(QString, title);
        QCOMPARE(
            DocumentFields::title(std::string_view(head.constData(), size_t(head.size())), ext),
            title);
    }

    void tags_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("flow") << QByteArray("---\ntags: [a, \"b c\", 'd']\n---\n")
                              << QStringList{s("a"), s("b c"), s("d")};
        QTest::newRow("comma") << QByteArray("---\ntags: x, y\n---\n")
                               << QStringList{s("x"), s("y")};
        QTest::newRow("block") << QByteArray("---\ntags:\n  - one\n  - \"two\"\ntitle: t\n---\n")
                               << QStringList{s("one"), s("two")};
        QTest::newRow("toml") << QByteArray("+++\ntags = [\"p\", \"q\"]\n+++\n")
                              << QStringList{s("p"), s("q")};
        QTest::newRow("keywords and tag")
            << QByteArray("---\nkeywords: k\ntag: t\n---\n") << QStringList{s("k"), s("t")};
        QTest::newRow("duplicates")
            << QByteArray("---\ntags: [a, a]\n---\n") << QStringList{s("a")};
        QTest::newRow("no front matter") << QByteArray("tags: [a]\n") << QStringList{};
        QTest::newRow("unterminated") << QByteArray("---\ntags: [a]\n") << QStringList{};
    }

    void tags()
    {
        QFETCH(QByteArray, head);
        QFETCH(QStringList, tags);
        QCOMPARE(DocumentFields::tags(std::string_view(head.constData(), size_t(head.size()))),
                 tags);
    }

    // Binary or text: git's verdict (numstat prints "-" for binary files).
    void binaryLikeGit()
    {
        if (!wmtest::hasTool(QStringLiteral("git"))) QSKIP("git is the reference");
        QTemporaryDir dir;
        std::mt19937 rng(3);
        const DocumentReader reader(dir.path().toStdString(), 0);
        for (int i = 0; i < 40; ++i) {
            QByteArray data(int(rng() % 20000), 'x');
            for (char &c : data)
                c = char('a' + rng() % 26);
            if (i % 2 == 0 && !data.isEmpty()) data[int(rng() % quint32(data.size()))] = '\0';
            const QString rel = QStringLiteral("f%1").arg(i);
            QVERIFY(wmtest::writeFile(dir.path(), rel, data));
            const wmtest::ProcessResult git = wmtest::run(
                QStringLiteral("git"),
                {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--numstat"),
                 QStringLiteral("/dev/null"), dir.filePath(rel)});
            const bool gitBinary = git.out.startsWith("-\t-\t");
            const PreparedDoc doc = reader.read(entry(rel));
            QCOMPARE(doc.kind == PreparedDoc::Kind::Binary, gitBinary);
        }
    }

    void contentCap()
    {
        QTemporaryDir dir;
        // 3000 two-byte characters: a 4097-byte cap falls inside one.
        QByteArray text;
        for (int i = 0; i < 3000; ++i)
            text += "\xC3\xA9";
        text += " tailword";
        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("big.txt"), text));
        const PreparedDoc capped =
            DocumentReader(dir.path().toStdString(), 4097).read(entry(QStringLiteral("big.txt")));
        QVERIFY(capped.truncated);
        QCOMPARE(capped.content.size(), size_t(4096));
        QVERIFY(!capped.repaired); // cut on a character boundary, nothing to repair
        const PreparedDoc whole =
            DocumentReader(dir.path().toStdString(), 0).read(entry(QStringLiteral("big.txt")));
        QVERIFY(!whole.truncated);
        QCOMPARE(QByteArray::fromStdString(whole.content), text);
        QCOMPARE(whole.size, qint64(text.size()));
        // A file exactly at the cap is not truncated.
        const PreparedDoc exact = DocumentReader(dir.path().toStdString(), text.size())
                                      .read(entry(QStringLiteral("big.txt")));
        QVERIFY(!exact.truncated);
        const PreparedDoc missing =
            DocumentReader(dir.path().toStdString(), 0).read(entry(QStringLiteral("nope.txt")));
        QCOMPARE(missing.kind, PreparedDoc::Kind::Unreadable);
        QVERIFY(!missing.error.isEmpty());
        QCOMPARE(DocumentReader::extensionOf(s("a.TAR.GZ")), s("gz"));
        QCOMPARE(DocumentReader::extensionOf(s(".bashrc")), QString());
        QCOMPARE(DocumentReader::extensionOf(s("Makefile")), QString());
        QCOMPARE(DocumentReader::extensionOf(s("x.")), QString());
    }

    // Whatever the text, each hit span covers exactly a hit.
    void snippetSpans()
    {
        std::mt19937 rng(11);
        const char *words[] = {"alpha", "beta", "GAMMA", "delta", "é",
                               "東京",  "x",    "\n",    "  ",    "\t"};
        for (int round = 0; round < 500; ++round) {
            std::string text;
            const int n = int(rng() % 120);
            for (int i = 0; i < n; ++i) {
                text += words[rng() % 10];
                text += ' ';
            }
            std::vector<SnippetBuilder::Range> hits;
            const size_t count = SnippetBuilder::findAll(text, {"gamma", "delta"}, hits);
            QCOMPARE(count, hits.size());
            const SnippetBuilder::Snippet sn =
                SnippetBuilder::build(text, hits, 60 + int(rng() % 100));
            QVERIFY(!sn.text.contains(QLatin1Char('\n')));
            QVERIFY(sn.text.size() <= 400);
            for (const HitSpan &h : sn.hits) {
                const QString hit = sn.text.mid(h.start, h.length).toLower();
                QVERIFY2(hit == QLatin1String("gamma") || hit == QLatin1String("delta"),
                         qPrintable(sn.text));
            }
            if (!hits.empty()) {
                QVERIFY(!sn.hits.isEmpty());
                QVERIFY(sn.line >= 1);
                const auto firstShown = sn.hits.first();
                Q_UNUSED(firstShown);
            }
        }
    }

    void snippetMarks()
    {
        std::string plain;
        std::vector<SnippetBuilder::Range> hits;
        SnippetBuilder::unmark("a \x01"
                               "big\x02 cat \x01"
                               "é\x02",
                               plain, hits);
        QCOMPARE(plain, std::string("a big cat é"));
        QCOMPARE(hits.size(), size_t(2));
        QCOMPARE(hits[0], SnippetBuilder::Range(2, 5));
        const QList<HitSpan> spans = SnippetBuilder::spans(plain, hits);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[1].start, 10);
        QCOMPARE(spans[1].length, 1);
        // Line of the first hit, and the ellipses where the text was cut.
        std::string text =
            "one\ntwo\n" + std::string(300, 'z') + " needle " + std::string(300, 'y');
        hits = {{text.find("needle"), text.find("needle") + 6}};
        const SnippetBuilder::Snippet sn = SnippetBuilder::build(text, hits, 80);
        QCOMPARE(sn.line, 3);
        QVERIFY(sn.text.startsWith(QChar(0x2026)));
        QVERIFY(sn.text.endsWith(QChar(0x2026)));
        QCOMPARE(sn.text.mid(sn.hits[0].start, sn.hits[0].length), s("needle"));
    }

    // `wm search --json` writes its text directly (SearchJson::toJsonText);
    // it must be byte for byte what QJsonDocument makes of the same document
    // (SearchJsonReference), whatever the strings and numbers hold.
    void jsonTextAsQtWritesIt()
    {
        SearchQuery q;
        q.text = s("content:\"a\\b\" \t\x01 é 😀 \x7f");
        q.limit = 7;
        q.offset = 100000;
        q.substring = true;
        SearchResult r;
        r.expression = s("{content} : \"x\"\r\n\b\f/");
        r.total = (qint64(1) << 40) + 3;
        r.elapsedMs = 0.000012345;
        for (const double score : {2.1757731033747807, 0.0, -3.0, 1e21, 1e-7, 123456.5}) {
            SearchHit h;
            h.path = s("dir/naïve 😀\x1f.txt");
            h.score = score;
            h.snippet = s("…é😀 needle\t\"q\" ") + QChar(0xD800) + s("x needle ") + QChar(0xDFFF);
            h.hits = {{4, 6}, {17, 6}, {24, 1}};
            h.line = 12;
            h.size = 1234567890123;
            h.mtimeMs = score == 0.0 ? -1 : 1700000000123;
            h.truncated = score < 0;
            if (score > 1e20) {
                h.title = s("Title 😀");
                h.titleHits = {{0, 5}};
                h.pathBytes = QByteArray("dir/na\xefve.txt");
            }
            r.hits.push_back(h);
        }
        const QByteArray qt =
            QJsonDocument(test::SearchJsonReference::toJson(q, r)).toJson(QJsonDocument::Indented);
        QCOMPARE(SearchJson::toJsonText(q, r), qt);
        // Modification times across the calendar (SearchJson formats them
        // itself): the epoch, leap days, the last millisecond Qt writes as
        // a four-digit year and the first it does not.
        r.hits.resize(1);
        for (const qint64 ms :
             {qint64(0), qint64(951782400000), qint64(951868799999), qint64(4107542400001),
              qint64(253402300799999), qint64(253402300800000), qint64(8640000000000000)}) {
            r.hits[0].mtimeMs = ms;
            QCOMPARE(SearchJson::toJsonText(q, r),
                     QJsonDocument(test::SearchJsonReference::toJson(q, r))
                         .toJson(QJsonDocument::Indented));
        }
        r.hits.clear(); // the empty results array
        QCOMPARE(
            SearchJson::toJsonText(q, r),
            QJsonDocument(test::SearchJsonReference::toJson(q, r)).toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
