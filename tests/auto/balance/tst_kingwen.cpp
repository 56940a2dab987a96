// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The King Wen table (core/balance/data/kingwen.tsv) against independent
// references: the Wilhelm/Baynes key chart (KingWenReference.h), the Unicode
// character names of U+2630..U+2637 and U+4DC0..U+4DFF (from Python's
// unicodedata, a separate implementation of the Unicode database), and the
// pairing rule of the sequence.
#include "KingWenReference.h"
#include "TestSupport.h"
#include "balance/Hexagram.h"
#include "balance/KingWen.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace wm;

class TestKingWen : public QObject
{
    Q_OBJECT
    QMap<uint, QString> m_unicodeNames; // code point -> Unicode name

    static QString reversed(const QString &s)
    {
        QString r;
        for (auto it = s.crbegin(); it != s.crend(); ++it)
            r += *it;
        return r;
    }
    static QString flipped(const QString &s)
    {
        QString r = s;
        for (QChar &c : r)
            c = c == u'1' ? u'0' : u'1';
        return r;
    }
    // Upper-case words, hyphens dropped first ("Break-through" = BREAKTHROUGH).
    static QStringList words(QString s)
    {
        s.remove(u'-');
        return s.toUpper().split(QRegularExpression("[^A-Z]+"), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(wmtest::hasTool("python3"),
                 "python3 (scripts/deps-debian.txt) is the Unicode reference");
        const auto r = wmtest::run(
            "python3",
            {"-c", "import unicodedata\n"
                   "for c in list(range(0x2630, 0x2638)) + list(range(0x4DC0, 0x4E00)):\n"
                   "    print('%X\\t%s' % (c, unicodedata.name(chr(c))))\n"});
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray &line : r.out.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() == 2)
                m_unicodeNames.insert(f[0].toUInt(nullptr, 16), QString::fromLatin1(f[1]));
        }
        QCOMPARE(m_unicodeNames.size(), 8 + 64);
    }

    void referenceChartIsAPermutation()
    {
        QSet<int> seen;
        for (const auto &row : kwref::kChart)
            for (int n : row)
                seen.insert(n);
        QCOMPARE(seen.size(), 64);
        QCOMPARE(*std::min_element(seen.begin(), seen.end()), 1);
        QCOMPARE(*std::max_element(seen.begin(), seen.end()), 64);
    }

    void everyHexagramMatchesTheChart()
    {
        for (int n = 1; n <= 64; ++n) {
            const auto h = Hexagram::fromNumber(n);
            QVERIFY(h);
            QCOMPARE(h->number(), n);
            QCOMPARE(h->linesString(), kwref::linesOf(n));
            QCOMPARE(h->lower().linesString(), kwref::linesOf(n).left(3));
            QCOMPARE(h->upper().linesString(), kwref::linesOf(n).mid(3));
        }
        QVERIFY(!Hexagram::fromNumber(0));
        QVERIFY(!Hexagram::fromNumber(65));
    }

    void examplesFromTheBrief()
    {
        const QList<QPair<int, QString>> known{{1, "111111"},  {2, "000000"},  {11, "111000"},
                                               {12, "000111"}, {63, "101010"}, {64, "010101"}};
        for (const auto &[n, lines] : known)
            QCOMPARE(Hexagram::fromNumber(n)->linesString(), lines);
        QCOMPARE(Hexagram::fromNumber(11)->lower().id(), Trigram::Qian); // Earth over Heaven
        QCOMPARE(Hexagram::fromNumber(11)->upper().id(), Trigram::Kun);
        QCOMPARE(Hexagram::fromNumber(12)->lower().id(), Trigram::Kun);
    }

    void allLinePatternsDistinctAndNumbered()
    {
        QSet<int> numbers;
        QSet<QString> patterns;
        for (int bits = 0; bits < 64; ++bits) {
            const Hexagram h = Hexagram::fromBits(bits);
            numbers.insert(h.number());
            patterns.insert(h.linesString());
            QCOMPARE(Hexagram::fromNumber(h.number())->bits(), bits);
        }
        QCOMPARE(numbers.size(), 64);
        QCOMPARE(patterns.size(), 64);
    }

    // Each even-numbered hexagram is the odd one before it turned upside
    // down, or, when that one is symmetric, with every line flipped.
    void pairingRule()
    {
        int flippedPairs = 0;
        for (int k = 1; k <= 63; k += 2) {
            const QString odd = Hexagram::fromNumber(k)->linesString();
            const QString even = Hexagram::fromNumber(k + 1)->linesString();
            if (reversed(odd) == odd) {
                QCOMPARE(even, flipped(odd));
                ++flippedPairs;
            } else {
                QCOMPARE(even, reversed(odd));
            }
        }
        QCOMPARE(flippedPairs, 4); // 1-2, 27-28, 29-30, 61-62
    }

    void symbolsAndEnglishNamesAgreeWithUnicode()
    {
        for (int n = 1; n <= 64; ++n) {
            const Hexagram h = *Hexagram::fromNumber(n);
            const uint cp = 0x4DC0 + uint(n) - 1;
            QCOMPARE(uint(h.codepoint()), cp);
            QCOMPARE(h.symbol(), QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1));
            QString uname = m_unicodeNames.value(cp);
            QVERIFY(uname.startsWith("HEXAGRAM FOR "));
            uname.remove(0, 13);
            const QStringList ours = words(h.english());
            // Unicode appends the trigram's image to the eight doubled
            // hexagrams ("THE CREATIVE HEAVEN"); Baynes spells "Caldron".
            const bool doubled = h.lower() == h.upper();
            for (const QString &w : words(uname)) {
                if (QStringList{"THE", "OF", "AT", "ON", "FOR"}.contains(w)) continue;
                if (doubled && w == h.lower().image().toUpper()) continue;
                const bool found = std::any_of(ours.begin(), ours.end(), [&](const QString &o) {
                    if (w == "CAULDRON") return o == "CALDRON";
                    // "DECAYED" / "Decay": one word a prefix of the other, 4+ letters.
                    const int common = int(std::min(o.size(), w.size()));
                    return o == w || (common >= 4 && o.left(common) == w.left(common));
                });
                QVERIFY2(
                    found,
                    qPrintable(
                        QString("%1: Unicode word %2 not in '%3'").arg(n).arg(w, h.english())));
            }
        }
    }

    void trigramsAgreeWithUnicodeAndTheChart()
    {
        for (int id = 0; id < Trigram::count; ++id) {
            const Trigram t = Trigram::fromId(Trigram::Id(id));
            const uint cp = 0x2630 + uint(id);
            QCOMPARE(uint(t.codepoint()), cp);
            QCOMPARE(m_unicodeNames.value(cp), "TRIGRAM FOR " + t.image().toUpper());
            // The block is ordered by the lines read bottom first as a binary
            // number with yang = 0: U+2630 + 7 - (l1 l2 l3).
            const int value = (t.isYang(1) << 2) | (t.isYang(2) << 1) | int(t.isYang(3));
            QCOMPARE(uint(0x2630 + 7 - value), cp);
            const auto pos = std::find_if(kwref::kChartOrder.begin(), kwref::kChartOrder.end(),
                                          [&](const char *k) { return t.key() == k; });
            QVERIFY(pos != kwref::kChartOrder.end());
            QCOMPARE(t.linesString(),
                     QString(kwref::kChartLines[size_t(pos - kwref::kChartOrder.begin())]));
            QCOMPARE(Trigram::fromBits(t.bits()), t);
            QCOMPARE(Trigram::fromKey(t.key().toStdString()), t);
        }
        QCOMPARE(Trigram::fromId(Trigram::Dui).linesString(), "110");
        QCOMPARE(Trigram::fromId(Trigram::Zhen).linesString(), "100");
        QCOMPARE(Trigram::fromId(Trigram::Gen).linesString(), "001");
    }

    // A doubled hexagram carries its trigram's name.
    void doubledHexagramsNamedAfterTheirTrigram()
    {
        for (int id = 0; id < Trigram::count; ++id) {
            const Trigram t = Trigram::fromId(Trigram::Id(id));
            const Hexagram h = Hexagram::fromTrigrams(t, t);
            QCOMPARE(h.chinese(), t.chinese());
            QCOMPARE(h.pinyin(), t.pinyin());
        }
    }

    void embeddedTableIsTheCheckedInFile()
    {
        const QByteArray onDisk =
            wmtest::readFile(QStringLiteral(WM_SOURCE_DIR) + "/core/balance/data/kingwen.tsv");
        QVERIFY(!onDisk.isEmpty());
        const std::string_view embedded = KingWen::embeddedTable();
        QCOMPARE(QByteArray(embedded.data(), qsizetype(embedded.size())), onDisk);
        QVERIFY(onDisk.contains("Source"));
    }

    void parserRejectsBrokenTables_data()
    {
        QTest::addColumn<QString>("edit"); // a sed-like change applied to the real table
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate number") << "s/^12\t/11\t/"
                                          << "appears twice";
        QTest::newRow("lines vs trigrams") << "s/^11\t111000/11\t111001/"
                                           << "are not";
        QTest::newRow("missing row") << "d/^64\t/"
                                     << "expected 64";
        QTest::newRow("bad lines") << "s/^11\t111000/11\t11100x/"
                                   << "six 0/1";
        QTest::newRow("unknown trigram") << "s/^11\t111000\tqian/11\t111000\tchien/"
                                         << "unknown trigram";
        QTest::newRow("columns") << "s/\tPeace$//"
                                 << "7 tab-separated";
    }

    void parserRejectsBrokenTables()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const std::string_view e = KingWen::embeddedTable();
        QStringList lines = QString::fromUtf8(e.data(), qsizetype(e.size())).split('\n');
        const QChar op = edit.at(0);
        const QStringList parts = edit.mid(2).split('/');
        const QRegularExpression re(parts.value(0));
        for (int i = lines.size() - 1; i >= 0; --i) {
            if (!re.match(lines[i]).hasMatch()) continue;
            if (op == u'd')
                lines.removeAt(i);
            else
                lines[i].replace(re, parts.value(1));
        }
        QString error;
        QVERIFY(!KingWen::parse(lines.join('\n').toStdString(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(KingWen::parse(e, &error)); // the real one parses
    }
};

QTEST_GUILESS_MAIN(TestKingWen)
#include "tst_kingwen.moc"
