// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Code/comment/blank counts of real files against independent references:
// Perl modules of /usr/share/perl5 against cloc, Python modules of
// /usr/lib/python3.11 against Python's own tokenize and ast
// (python_line_kinds.py). Each check runs the audit engine, as `wm audit`
// does, on a fixed sorted sample, so it stays fast and repeatable.
#include "TestSupport.h"
#include "audit/AuditEngine.h"

#include <QDirIterator>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace wm;

namespace {
struct LineKinds
{
    qint64 code = 0, comments = 0, blanks = 0;
    bool operator==(const LineKinds &) const = default;
};

QString describe(const LineKinds &c)
{
    return QStringLiteral("code %1 comment %2 blank %3").arg(c.code).arg(c.comments).arg(c.blanks);
}

// Regular files named *suffix under root, sorted by path (byte order).
QStringList sortedFiles(const QString &root, const QString &suffix)
{
    QStringList out;
    QDirIterator it(root, {QLatin1Char('*') + suffix}, QDir::Files | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    std::sort(out.begin(), out.end());
    return out;
}

// The audit engine's counts for every file of `root`, by relative path.
QHash<QString, LineKinds> wmCounts(const QString &root)
{
    AuditOptions o;
    o.walk.root = root;
    o.walk.noIgnore = true;
    const AuditResult r = AuditEngine::run(o);
    QHash<QString, LineKinds> out;
    for (const FileRecord &f : r.files)
        if (!f.hasError() && !f.binary) out.insert(f.path, {f.code, f.comments, f.blanks});
    return out;
}

// cloc's rule for Perl POD knows only =head1 as an opening command (its
// filter is remove_below_above('^=head1', '^=cut')): a block opened by
// =pod, =head2, =over, =item, =begin, =for or =encoding is code to cloc.
// Perl itself (perlpod, perlsyn) starts POD at any =identifier, so the copy
// cloc reads has those opening lines prefixed with "=head1"; line kinds do
// not change otherwise.
QByteArray clocPodNormalised(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    bool inPod = false;
    for (QByteArray &line : lines) {
        const bool command = line.size() > 1 && line[0] == '=' && std::isalpha(uchar(line[1]));
        if (!command) continue;
        const bool cut = line.startsWith("=cut");
        if (!inPod && !cut && !line.startsWith("=head1")) line.prepend("=head1");
        inPod = !cut;
    }
    return lines.join('\n');
}
} // namespace

class TestCountRefs : public QObject
{
    Q_OBJECT

    // All differing files at once: one file's numbers rarely tell the rule.
    static void reportMismatches(const QStringList &bad)
    {
        if (bad.isEmpty()) return;
        QFAIL(qPrintable(QStringLiteral("%1 files differ:\n").arg(bad.size()) +
                         bad.mid(0, 40).join(QLatin1Char('\n'))));
    }
private Q_SLOTS:
    void perlAgainstCloc()
    {
        const QString corpus = QStringLiteral("/usr/share/perl5");
        if (!wmtest::hasTool(QStringLiteral("cloc")))
            QFAIL("cloc is not installed (scripts/deps-debian.txt lists it)");
        if (!QFileInfo(corpus).isDir()) QSKIP("no /usr/share/perl5 (Debian's perl-base)");
        QStringList files = sortedFiles(corpus, QStringLiteral(".pm"));
        files = files.mid(0, 200);
        QVERIFY2(files.size() >= 100, "too few Perl modules for a meaningful sample");

        QTemporaryDir ours, theirs;
        for (const QString &path : files) {
            const QString rel = QDir(corpus).relativeFilePath(path);
            const QByteArray text = wmtest::readFile(path);
            QVERIFY(wmtest::writeFile(ours.path(), rel, text));
            QVERIFY(wmtest::writeFile(theirs.path(), rel, clocPodNormalised(text)));
        }
        const QHash<QString, LineKinds> wm = wmCounts(ours.path());
        const wmtest::ProcessResult r = wmtest::run(
            QStringLiteral("cloc"),
            {QStringLiteral("--by-file"), QStringLiteral("--csv"), QStringLiteral("--quiet"),
             QStringLiteral("--skip-uniqueness"), QStringLiteral(".")},
            theirs.path(), {}, 300000);
        QCOMPARE(r.exitCode, 0);
        int compared = 0;
        QStringList bad;
        for (const QByteArray &line : r.out.split('\n')) {
            const QList<QByteArray> f = line.split(',');
            if (f.size() < 5 || f[0] != "Perl") continue;
            QString rel = QString::fromUtf8(f[1]);
            if (rel.startsWith(QLatin1String("./"))) rel = rel.mid(2);
            LineKinds cloc{f[4].toLongLong(), f[3].toLongLong(), f[2].toLongLong()};
            // cloc counts a first-line shebang of a script as code; Python's
            // tokenize, tokei and WhiteMagic count it as a comment.
            if (wmtest::readFile(ours.path() + QLatin1Char('/') + rel).startsWith("#!")) {
                --cloc.code;
                ++cloc.comments;
            }
            QVERIFY2(wm.contains(rel), qPrintable(rel));
            if (wm.value(rel) != cloc)
                bad << QStringLiteral("%1: wm %2, cloc %3")
                           .arg(rel, describe(wm.value(rel)), describe(cloc));
            ++compared;
        }
        qInfo() << "compared" << compared << "Perl modules with cloc";
        reportMismatches(bad);
        QCOMPARE(compared, files.size());
    }

    void pythonAgainstTokenize()
    {
        const QString corpus = QStringLiteral("/usr/lib/python3.11");
        if (!wmtest::hasTool(QStringLiteral("python3"))) QFAIL("python3 is not installed");
        if (!QFileInfo(corpus).isDir()) QSKIP("no /usr/lib/python3.11 (Debian 12's python3.11)");
        const QStringList all = sortedFiles(corpus, QStringLiteral(".py"));
        QStringList files;
        for (qsizetype i = 0; i < all.size(); i += 2) // every second file: ~330 of 668
            files << all[i];
        QVERIFY2(files.size() >= 200, "too few Python modules for a meaningful sample");

        QTemporaryDir ours;
        QByteArray list;
        for (const QString &path : files) {
            const QString rel = QDir(corpus).relativeFilePath(path);
            QVERIFY(wmtest::writeFile(ours.path(), rel, wmtest::readFile(path)));
            list += QFile::encodeName(rel) + '\n';
        }
        const QHash<QString, LineKinds> wm = wmCounts(ours.path());
        const wmtest::ProcessResult r =
            wmtest::run(QStringLiteral("python3"),
                        {QStringLiteral(WM_SOURCE_DIR "/tests/auto/audit/python_line_kinds.py")},
                        ours.path(), list, 300000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int compared = 0, skipped = 0;
        QStringList bad;
        for (const QByteArray &line : r.out.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() < 3) continue;
            if (f[0] == "skip") {
                ++skipped;
                continue;
            }
            const QString rel = QString::fromUtf8(f[3]);
            const LineKinds ref{f[0].toLongLong(), f[1].toLongLong(), f[2].toLongLong()};
            if (wm.value(rel) != ref)
                bad << QStringLiteral("%1: wm %2, Python %3")
                           .arg(rel, describe(wm.value(rel)), describe(ref));
            ++compared;
        }
        qInfo() << "compared" << compared << "Python modules with tokenize/ast;" << skipped
                << "Python cannot parse";
        reportMismatches(bad);
        QVERIFY(compared >= 200);
    }
};

QTEST_GUILESS_MAIN(TestCountRefs)
#include "tst_countrefs.moc"
