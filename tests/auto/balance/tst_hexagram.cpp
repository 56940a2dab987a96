// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Hexagram operations and casting with changing lines. Expected values come
// from the definitions applied to line strings here and from the reference
// chart (KingWenReference.h), not from the library's own bit arithmetic, plus
// facts from the I Ching literature (the 16 nuclear hexagrams).
#include "KingWenReference.h"
#include "balance/Casting.h"
#include "balance/Hexagram.h"

#include <QSet>
#include <QtTest>
#include <cmath>

using namespace wm;

class TestHexagram : public QObject
{
    Q_OBJECT

    static QString reversed(const QString &s)
    {
        QString r;
        for (auto it = s.crbegin(); it != s.crend(); ++it)
            r += *it;
        return r;
    }

private Q_SLOTS:
    void inverseOppositeNuclearByDefinition()
    {
        for (int n = 1; n <= 64; ++n) {
            const Hexagram h = *Hexagram::fromNumber(n);
            const QString l = kwref::linesOf(n);
            QString flipped = l;
            for (QChar &c : flipped)
                c = c == u'1' ? u'0' : u'1';
            // Nuclear: lines 2-4 below, lines 3-5 above (1-based, bottom first).
            const QString nuclear = l.mid(1, 3) + l.mid(2, 3);
            QCOMPARE(h.inverse().number(), kwref::numberOf(reversed(l)));
            QCOMPARE(h.opposite().number(), kwref::numberOf(flipped));
            QCOMPARE(h.nuclear().number(), kwref::numberOf(nuclear));
            QCOMPARE(h.inverse().inverse(), h);
            QCOMPARE(h.opposite().opposite(), h);
        }
        QCOMPARE(Hexagram::fromNumber(11)->nuclear().number(), 54); // Tai -> Marrying Maiden
        QCOMPARE(Hexagram::fromNumber(11)->inverse().number(), 12);
        QCOMPARE(Hexagram::fromNumber(11)->opposite().number(), 12);
        QCOMPARE(Hexagram::fromNumber(3)->inverse().number(), 4);
        QCOMPARE(Hexagram::fromNumber(1)->opposite().number(), 2);
    }

    // Known since the Song dynasty: the nuclear hexagrams are 16 of the 64,
    // and repeating the step ends at 1, 2 or the pair 63/64.
    void nuclearHexagramFacts()
    {
        QSet<int> nuclear;
        for (int n = 1; n <= 64; ++n) {
            nuclear.insert(Hexagram::fromNumber(n)->nuclear().number());
            Hexagram h = *Hexagram::fromNumber(n);
            for (int i = 0; i < 4; ++i)
                h = h.nuclear();
            QVERIFY(QSet<int>({1, 2, 63, 64}).contains(h.number()));
        }
        QCOMPARE(nuclear.size(), 16);
        QCOMPARE(Hexagram::fromNumber(63)->nuclear().number(), 64);
        QCOMPARE(Hexagram::fromNumber(64)->nuclear().number(), 63);
    }

    void balanceAndRatio()
    {
        int balanced = 0;
        for (int n = 1; n <= 64; ++n) {
            const Hexagram h = *Hexagram::fromNumber(n);
            const int yang = int(kwref::linesOf(n).count(u'1'));
            QCOMPARE(h.yangCount(), yang);
            QCOMPARE(h.yinCount(), 6 - yang);
            QCOMPARE(h.isBalanced(), yang == 3);
            balanced += h.isBalanced();
            if (yang > 0) QCOMPARE(h.yinYangRatio(), double(6 - yang) / yang);
        }
        QCOMPARE(balanced, 20); // C(6,3)
        QVERIFY(std::isinf(Hexagram::fromNumber(2)->yinYangRatio()));
        QCOMPARE(Hexagram::fromNumber(1)->yinYangRatio(), 0.0);
        QVERIFY(Hexagram::fromNumber(63)->isBalanced());
    }

    void lineDigits()
    {
        QCOMPARE(Line::fromDigit(u'6'), (Line{false, true}));
        QCOMPARE(Line::fromDigit(u'7'), (Line{true, false}));
        QCOMPARE(Line::fromDigit(u'8'), (Line{false, false}));
        QCOMPARE(Line::fromDigit(u'9'), (Line{true, true}));
        QCOMPARE(Line::fromDigit(u'1'), (Line{true, false}));
        QCOMPARE(Line::fromDigit(u'0'), (Line{false, false}));
        for (QChar c : QString("2345a -"))
            QVERIFY(!Line::fromDigit(c));
        QCOMPARE(Line::fromDigit(u'9')->changed(), (Line{false, false}));
        QCOMPARE(Line::fromDigit(u'6')->changed(), (Line{true, false}));
        QCOMPARE(Line::fromDigit(u'7')->changed(), (Line{true, false}));
        for (QChar c : QString("6789"))
            QCOMPARE(Line::fromDigit(c)->traditionalValue(), c.digitValue());
    }

    void castingWithChangingLines_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("primaryLines");
        QTest::addColumn<QString>("resultLines");
        QTest::addColumn<QList<int>>("changing");
        QTest::newRow("no change") << "111000"
                                   << "111000"
                                   << "111000" << QList<int>{};
        QTest::newRow("traditional") << "976888"
                                     << "110000"
                                     << "011000" << QList<int>{1, 3};
        QTest::newRow("all old yang") << "999999"
                                      << "111111"
                                      << "000000" << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("all old yin") << "666666"
                                     << "000000"
                                     << "111111" << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("top only") << "878789"
                                  << "010101"
                                  << "010100" << QList<int>{6};
        QTest::newRow("mixed forms") << "170869"
                                     << "110001"
                                     << "110010" << QList<int>{5, 6};
    }

    void castingWithChangingLines()
    {
        QFETCH(QString, digits);
        QFETCH(QString, primaryLines);
        QFETCH(QString, resultLines);
        QFETCH(QList<int>, changing);
        QString error;
        const auto c = Casting::parse(digits, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->primary().number(), kwref::numberOf(primaryLines));
        QCOMPARE(c->relating().number(), kwref::numberOf(resultLines));
        QCOMPARE(c->changingLines(), changing);
        QCOMPARE(c->hasChanges(), !changing.isEmpty());
    }

    void castingRejects_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << "11100"
                               << "six digits";
        QTest::newRow("long") << "1110001"
                              << "six digits";
        QTest::newRow("empty") << ""
                               << "six digits";
        QTest::newRow("letter") << "11a000"
                                << "'a' (line 3)";
        QTest::newRow("two") << "111002"
                             << "'2' (line 6)";
        QTest::newRow("five") << "511000"
                              << "'5' (line 1)";
    }

    void castingRejects()
    {
        QFETCH(QString, digits);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Casting::parse(digits, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void unchangingRoundTrip()
    {
        for (int bits = 0; bits < 64; ++bits) {
            const Hexagram h = Hexagram::fromBits(bits);
            const Casting c = Casting::unchanging(h);
            QCOMPARE(c.primary(), h);
            QCOMPARE(c.relating(), h);
            QVERIFY(!c.hasChanges());
            QCOMPARE(Casting::parse(h.linesString())->primary(), h);
            QString traditional = h.linesString();
            traditional.replace(u'1', u'7').replace(u'0', u'8');
            QCOMPARE(c.traditionalDigits(), traditional);
        }
    }
};

QTEST_GUILESS_MAIN(TestHexagram)
#include "tst_hexagram.moc"
