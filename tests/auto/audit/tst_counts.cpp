// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Line and word counts against wc(1), on generated files and on a real
// tree. The documented line rule: wc -l counts newline bytes; WhiteMagic
// adds one for a final line without a newline.
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "audit/QuietScan.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

class TestCounts : public QObject
{
    Q_OBJECT

    struct Wc
    {
        qint64 lines = 0;
        qint64 words = 0;
    };

    // wc -lw over every file of `root`, in a UTF-8 locale.
    static QHash<QString, Wc> wcCounts(const QString &root, const QStringList &rel)
    {
        QHash<QString, Wc> out;
        QByteArray input;
        for (const QString &r : rel)
            input += QFile::encodeName(r) + '\0';
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(root);
        p.start(QStringLiteral("wc"), {QStringLiteral("-lw"), QStringLiteral("--files0-from=-")});
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(300000);
        QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        if (rel.size() > 1 && !lines.isEmpty()) lines.removeLast(); // the "total" line
        static const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s(.*)$"));
        for (const QByteArray &line : lines) {
            const auto m = row.match(QString::fromUtf8(line));
            if (!m.hasMatch()) continue;
            out.insert(m.captured(3), {m.captured(1).toLongLong(), m.captured(2).toLongLong()});
        }
        return out;
    }

    // "Ordinary text" in the documented sense: valid UTF-8 without control
    // characters or non-ASCII spaces. Elsewhere wc's locale rules (an invalid
    // byte or a control character is not part of a word; U+2003 separates
    // words) differ from the byte rule on purpose.
    static bool isOrdinaryText(const QString &path)
    {
        const QByteArray bytes = wmtest::readFile(path);
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') ||
                c == 0x7f)
                return false;
        }
        QStringDecoder dec(QStringDecoder::Utf8);
        const QString text = dec(bytes);
        if (dec.hasError()) return false;
        for (const QChar c : text)
            if (c.unicode() > 0x7f && (c.isSpace() || c.category() == QChar::Other_Format ||
                                       c.category() == QChar::Other_Control))
                return false;
        return true;
    }

    static bool endsWithoutNewline(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() == 0) return false;
        f.seek(f.size() - 1);
        return f.read(1) != "\n";
    }

    static void compareWithWc(const QString &root, qint64 *checked = nullptr)
    {
        AuditOptions o;
        o.walk.root = root;
        o.walk.noIgnore = true;
        const AuditResult r = AuditEngine::run(o);
        QStringList rel;
        for (const FileRecord &f : r.files)
            if (!f.hasError() && !f.binary) rel << f.path;
        const auto wc = wcCounts(root, rel);
        QCOMPARE(wc.size(), rel.size());
        qint64 n = 0, skippedWords = 0;
        for (const FileRecord &f : r.files) {
            if (f.hasError() || f.binary) continue;
            const Wc w = wc.value(f.path);
            const qint64 expectedLines =
                w.lines + (endsWithoutNewline(root + QLatin1Char('/') + f.path) ? 1 : 0);
            QVERIFY2(f.lines == expectedLines, qPrintable(QStringLiteral("%1: lines %2, wc says %3")
                                                              .arg(f.path)
                                                              .arg(f.lines)
                                                              .arg(expectedLines)));
            if (!isOrdinaryText(root + QLatin1Char('/') + f.path)) {
                ++skippedWords;
                continue;
            }
            QVERIFY2(f.words == w.words, qPrintable(QStringLiteral("%1: words %2, wc says %3")
                                                        .arg(f.path)
                                                        .arg(f.words)
                                                        .arg(w.words)));
            QCOMPARE(f.code + f.comments + f.blanks, f.lines);
            ++n;
        }
        if (checked) *checked = n;
        qInfo() << "words compared on" << n << "files;" << skippedWords
                << "files are not ordinary text";
    }

private Q_SLOTS:
    void generatedFiles()
    {
        QTemporaryDir dir;
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator r(seed);
        qInfo() << "seed" << seed;
        const QByteArray alphabet[] = {"a", "b", "Z", "0", "_", ".", "é", "日本", "🙂", " ", "  ",
                                       "\t", "\n", "\n", "\r\n", "\v", "\f", "//", "/*", "*/", "#",
                                       "\"", "'",
                                       // tokens of the per-language rules
                                       "/", "[[", "]]", "[=[", "--", "<<", "{$", "\n=pod", "\n=cut",
                                       "\n__END__", "\"\"\"", "\ndef f():", "\nrem ", "/ a /"};
        const char *exts[] = {".txt", ".c",   ".py", ".md", ".sh",  ".rs",  ".html", "",
                              ".js",  ".lua", ".pl", ".rb", ".bat", ".pas", ".y",    ".l"};
        for (int i = 0; i < 400; ++i) {
            QByteArray content;
            const int tokens = int(r.bounded(400));
            for (int t = 0; t < tokens; ++t)
                content += alphabet[r.bounded(int(std::size(alphabet)))];
            const QString name =
                QStringLiteral("f%1%2").arg(i).arg(QLatin1String(exts[i % std::size(exts)]));
            QVERIFY(wmtest::writeFile(dir.path(), name, content));
        }
        QVERIFY(wmtest::writeFile(dir.path(), "empty.txt", ""));
        QVERIFY(wmtest::writeFile(dir.path(), "only-newline.txt", "\n"));
        QVERIFY(wmtest::writeFile(dir.path(), "no-final-newline.txt", "a b\nc"));
        QVERIFY(wmtest::writeFile(dir.path(), "crlf.txt", "a\r\nb\r\n"));
        compareWithWc(dir.path());
    }

    void longLinesAcrossBuffers()
    {
        QTemporaryDir dir;
        QByteArray big;
        for (int i = 0; i < 200000; ++i)
            big += "word ";
        big += "\nshort\n";
        big += QByteArray(700000, 'x'); // one line longer than the read buffer
        QVERIFY(wmtest::writeFile(dir.path(), "long.txt", big));
        compareWithWc(dir.path());
    }

    void realTree()
    {
        const QString tree = QStringLiteral("/usr/include");
        if (!QFileInfo(tree).isDir()) QSKIP("no /usr/include");
        qint64 checked = 0;
        compareWithWc(tree, &checked);
        qInfo() << "checked" << checked << "files of" << tree << "against wc";
        QVERIFY(checked > 100);
    }

    // The vector scan against its table loop, on random bytes biased toward
    // white space, newlines and trigger bytes, at every offset and length,
    // so every mask edge (event at lane 0 or 15, a word across lanes) is hit.
    void quietScanMatchesTableLoop()
    {
        QRandomGenerator rng(15);
        const QByteArray alphabet(" \t\n\v\f\rab/*\"'\\#\x80\xff", 17);
        for (int round = 0; round < 300; ++round) {
            QuietScan scan;
            unsigned char specials[QuietScan::maxSpecials + 1];
            const int count = int(rng.bounded(QuietScan::maxSpecials + 2));
            for (int k = 0; k < count; ++k)
                specials[k] = static_cast<unsigned char>(alphabet[int(rng.bounded(17))]);
            scan.setSpecials(specials, count);
            QByteArray data(int(rng.bounded(200)), Qt::Uninitialized);
            for (char &c : data)
                c = rng.bounded(4) == 0 ? char(rng.bounded(256)) : alphabet[int(rng.bounded(17))];
            const auto *u = reinterpret_cast<const unsigned char *>(data.constData());
            for (size_t from = 0; from < size_t(data.size()); from += 1 + rng.bounded(7)) {
                for (bool word : {false, true}) {
                    bool wordA = word, wordB = word;
                    QuietScan::Run a, b;
                    const size_t endA = scan.scan(u, from, size_t(data.size()), wordA, a);
                    const size_t endB = scan.scanScalar(u, from, size_t(data.size()), wordB, b);
                    QCOMPARE(endA, endB);
                    QCOMPARE(a.words, b.words);
                    QCOMPARE(a.nonSpace, b.nonSpace);
                    QCOMPARE(wordA, wordB);
                }
            }
        }
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "e.txt", ""));
        AuditOptions o;
        o.walk.root = dir.path();
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.files.at(0).lines, 0);
        QCOMPARE(r.files.at(0).words, 0);
        QCOMPARE(r.files.at(0).tokens, 0);
    }

    void binaryDetection()
    {
        QTemporaryDir dir;
        QByteArray bin("ELF");
        bin += '\0';
        bin += QByteArray(100, 'a');
        QVERIFY(wmtest::writeFile(dir.path(), "prog", bin));
        QByteArray lateNul(9000, 'a');
        lateNul += '\0';
        QVERIFY(wmtest::writeFile(dir.path(), "late.txt", lateNul)); // beyond git's 8000-byte probe
        QVERIFY(wmtest::writeFile(dir.path(), "bad-utf8.txt", "caf\xe9 \xff\xfe ok\n"));
        AuditOptions o;
        o.walk.root = dir.path();
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.files.size(), size_t(3));
        QCOMPARE(r.files[0].path, QStringLiteral("bad-utf8.txt"));
        QVERIFY(!r.files[0].binary);
        QCOMPARE(r.files[0].words, 3);
        QVERIFY(!r.files[1].binary);
        QVERIFY(r.files[2].binary);
        QCOMPARE(r.files[2].lines, 0);
        QCOMPARE(r.totals.binaries, 1);
    }
};

QTEST_GUILESS_MAIN(TestCounts)
#include "tst_counts.moc"
