// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Paths are bytes, checked by an independent reader: check_path_bytes.py
// drives wm with raw argv bytes and reads its JSON and CSV with Python's own
// json and csv modules and os.fsencode. The encoding itself is checked here
// against Python's surrogateescape (os.fsdecode), the scheme NativePath uses.
#include "TestSupport.h"
#include "common/ControlChars.h"
#include "io/NativePath.h"

#include <QtTest>

using namespace wm;

class TestPathBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("python3")))
            QFAIL("python3 is the reference for these checks and is not installed");
    }

    void roundTripsEveryByteLikePython()
    {
        QByteArray all;
        for (int b = 1; b < 256; ++b)
            all += char(b);
        const QList<QByteArray> samples = {all,
                                           "a\xff.txt",
                                           "\xc3\xa9t\xc3\xa9",
                                           "\xed\xa0\x80 surrogate",
                                           "\xf0\x9f\x98\x80 emoji",
                                           "\xc0\xaf overlong",
                                           "\xf4\x90\x80\x80 too high",
                                           "trail\xe2\x82"};
        for (const QByteArray &s : samples) {
            const QString decoded = NativePath::decode(s.toStdString());
            QCOMPARE(NativePath::encode(decoded), s);
            QCOMPARE(NativePath::isValidUtf8(s.toStdString()), s.isValidUtf8());
            // Python's os.fsdecode uses the same escapes: compare UTF-16 units.
            const auto py = wmtest::run(
                QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys;s=bytes.fromhex(sys.argv[1]).decode('utf-8',"
                                "'surrogateescape');print(' '.join('%04x'%ord(c) for c in s))"),
                 QString::fromLatin1(s.toHex())});
            QCOMPARE(py.exitCode, 0);
            // Python yields code points; fold our surrogate pairs the same way.
            QString joined;
            for (qsizetype i = 0; i < decoded.size(); ++i) {
                uint cp = decoded[i].unicode();
                if (decoded[i].isHighSurrogate() && i + 1 < decoded.size() &&
                    decoded[i + 1].isLowSurrogate()) {
                    cp = QChar::surrogateToUcs4(decoded[i], decoded[i + 1]);
                    ++i;
                }
                joined += (joined.isEmpty() ? QString() : QStringLiteral(" ")) +
                          QStringLiteral("%1").arg(cp, 4, 16, QLatin1Char('0'));
            }
            QCOMPARE(joined, QString::fromLatin1(py.out.trimmed()));
        }
    }

    void controlCharactersAreEscaped()
    {
        QCOMPARE(escapeControls(QStringLiteral("a\x1b[2Jb\nc")),
                 QStringLiteral("a\\x1b[2Jb\\x0ac"));
        QCOMPARE(escapeControls(QStringLiteral("plain é")), QStringLiteral("plain é"));
        QCOMPARE(escapeControls(QString(QChar(0x202E))), QStringLiteral("\\u{202e}"));
    }

    void outputIsLosslessForPython()
    {
        const auto r =
            wmtest::run(QStringLiteral("python3"),
                        {QStringLiteral(WM_SOURCE_DIR "/tests/auto/audit/check_path_bytes.py"),
                         QStringLiteral(WM_BINARY)});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.out.contains("all checks passed"));
    }
};

QTEST_GUILESS_MAIN(TestPathBytes)
#include "tst_pathbytes.moc"
