// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Language-specific line rules (issue 10, items 4-6) on hand-written
// fixtures: Perl POD and __END__, Ruby =begin, Python docstrings, Batch rem,
// JavaScript regex literals, Lua long brackets, shell heredocs, Pascal
// directives, yacc and lex. The expected counts are worked out by hand (see
// the comment beside each line). Each fixture is also fed one line per
// piece, as FileAnalyzer streams a file. Where cloc handles the construct,
// the fixture is written to a file and cloc must agree; where cloc is known
// to differ, the row says so (README, "What is counted, exactly").
#include "TestSupport.h"
#include "audit/Language.h"
#include "audit/LanguageDetector.h"
#include "audit/SourceCounter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

namespace {
struct LineKinds
{
    qint64 code = 0, comments = 0, blanks = 0;
};

LineKinds count(const Language *lang, const QByteArray &text, bool linePieces)
{
    SourceCounter c(lang);
    if (linePieces) {
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype nl = text.indexOf('\n', start);
            const qsizetype end = nl < 0 ? text.size() : nl + 1;
            c.feed(text.constData() + start, size_t(end - start));
            start = end;
        }
    } else {
        c.feed(text.constData(), size_t(text.size()));
    }
    c.finish();
    return {c.code(), c.comments(), c.blanks()};
}

// cloc's code/comment/blank for one file; false when cloc did not count it.
bool clocCounts(const QString &path, LineKinds &out)
{
    const wmtest::ProcessResult r =
        wmtest::run(QStringLiteral("cloc"), {QStringLiteral("--by-file"), QStringLiteral("--csv"),
                                             QStringLiteral("--quiet"), path});
    for (const QByteArray &line : r.out.split('\n')) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() < 5 || f[0] == "language" || f[0] == "SUM") continue;
        out = {f[4].toLongLong(), f[3].toLongLong(), f[2].toLongLong()};
        return true;
    }
    return false;
}
} // namespace

class TestSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("cloc")))
            QFAIL("cloc is not installed (scripts/deps-debian.txt lists it)");
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("code");
        QTest::addColumn<qint64>("comments");
        QTest::addColumn<qint64>("blanks");
        QTest::addColumn<bool>("clocAgrees");
        const auto row = [](const char *tag, const char *lang, const char *file, const char *text,
                            qint64 code, qint64 comments, qint64 blanks, bool cloc) {
            QTest::newRow(tag) << QString::fromUtf8(lang) << QString::fromUtf8(file)
                               << QByteArray(text) << code << comments << blanks << cloc;
        };
        row("perl head1 and __END__", "Perl", "a.pm",
            "#!/usr/bin/perl\n"     // comment
            "use strict;\n"         // code
            "\n"                    // blank
            "=head1 NAME\n"         // comment
            "\n"                    // blank
            "A - thing\n"           // comment
            "=cut\n"                // comment
            "my $v =pod_level();\n" // code: =pod mid-line is not POD
            "my $w = 3; # note\n"   // code
            "__END__\n"             // comment: cloc drops __END__ and all after it
            "some data\n"           // comment
            "\n"                    // blank
            "print 1;\n",           // comment
            3, 7, 3, true);
        row("perl other pod commands", "Perl", "b.pm",
            "use strict;\n"    // code
            "=pod\n"           // comment (cloc: code, it knows only =head1)
            "\n"               // blank
            "Docs.\n"          // comment
            "=cut\n"           // comment
            "my $x = 1;\n"     // code
            "=over 4\n"        // comment
            "=item foo\n"      // comment
            "=back\n"          // comment
            "=cut\n"           // comment
            "=encoding utf8\n" // comment
            "=cut\n"           // comment
            "__DATA__\n"       // comment
            "x\n",             // comment
            2, 11, 1, false);
        row("ruby begin end at column 0", "Ruby", "a.rb",
            "x = 1\n"          // code
            "=begin\n"         // comment
            "# doc\n"          // comment
            "\n"               // blank
            "=end\n"           // comment
            "v =begin_value\n" // code: not at column 0
            "w = 2\n",         // code
            3, 3, 1, true);
        row("python docstrings", "Python", "a.py",
            "#!/usr/bin/env python3\n"         // comment
            "\"\"\"Module doc.\n"              // comment: module docstring
            "\n"                               // blank
            "More.\n"                          // comment
            "\"\"\"\n"                         // comment
            "import os\n"                      // code
            "class A:\n"                       // code
            "    '''Class doc.'''\n"           // comment: class docstring
            "    x = \"\"\"not doc\"\"\"\n"    // code
            "    def f(self,\n"                // code
            "          a=(1, 2)):\n"           // code
            "        # c\n"                    // comment
            "        r\"\"\"Raw doc\n"         // comment: function docstring
            "        two\"\"\"\n"              // comment
            "        return \"\"\"\n"          // code: a string, not a docstring
            "# text\n"                         // code
            "\"\"\"\n"                         // code
            "def g(): return 'x'\n"            // code
            "\"\"\"not first\"\"\"\n"          // code (cloc: comment)
            "async def h():\n"                 // code
            "    \"single\"\n"                 // comment
            "def k():\n"                       // code
            "    b'bytes are no docstring'\n", // code
            13, 9, 1, false);
        row("batch rem as a command", "Batch", "a.bat",
            "@echo off\n"      // code
            "rem comment\n"    // comment
            "REM Comment\n"    // comment
            "  rem indented\n" // comment
            ":: label style\n" // comment
            "echo premium\n"   // code: rem inside a word
            "set remote=1\n"   // code
            "echo a::b\n",     // code
            4, 4, 0, true);
        row("batch rem details", "Batch", "b.bat",
            "@rem quiet\n"  // comment (cloc: code)
            "rem\n"         // comment
            "rename a b\n", // code (cloc: comment, its rule is ^\s*rem)
            1, 2, 0, false);
        row("javascript regex literals", "JavaScript", "a.js",
            "var re = /\\/*/;\n"           // code
            "var n = 1;\n"                 // code
            "var c = /[/*]/g;\n"           // code
            "var d = a / b / c;\n"         // code: division
            "// real comment\n"            // comment
            "x = y /*c*/ / 2;\n"           // code
            "if (/^\\/*$/.test(s)) f();\n" // code
            "/* block */\n",               // comment
            6, 2, 0, false);
        row("lua long bracket comments", "Lua", "a.lua",
            "--[==[\n"    // comment
            "]]  still\n" // comment: level 2 closes only at ]==]
            "]==]\n"      // comment
            "x = 1\n"     // code
            "--[[ a ]]\n" // comment
            "-- b\n",     // comment
            1, 5, 0, true);
        row("lua long strings", "Lua", "b.lua",
            "local s = [[\n"          // code
            "-- not a comment\n"      // code (cloc: comment)
            "]]\n"                    // code
            "local u = [=[ ]] ]=]\n"  // code
            "local t = a[b[1]]\n"     // code
            "x = 1 --[[ c ]] y = 2\n" // code
            "-- plain\n",             // comment
            6, 1, 0, false);
        row("shell heredoc", "Shell", "a.sh",
            "#!/bin/sh\n"        // comment
            "cat <<EOF\n"        // code
            "# not a comment\n"  // code (cloc: comment)
            "EOF\n"              // code
            "# comment\n"        // comment
            "cat <<-'END' > f\n" // code
            "\t# tabbed\n"       // code
            "\tEND\n"            // code
            "echo $((1 << 2))\n" // code: a shift, not a heredoc
            "# after\n",         // comment
            7, 3, 0, false);
        row("pascal directives", "Pascal", "a.pas",
            "{$mode objfpc}\n" // code
            "{ comment }\n"    // comment
            "program P;\n"     // code
            "{$IFDEF X}\n"     // code
            "begin end.\n",    // code
            4, 1, 0, true);
        row("pascal paren directive", "Pascal", "b.pas",
            "(*$I inc.pas*)\n" // code (cloc: comment)
            "(* comment *)\n", // comment
            1, 1, 0, false);
        row("yacc", "Yacc", "a.y",
            "%{\n"                  // code
            "/* prologue */\n"      // comment
            "#include <stdio.h>\n"  // code
            "%}\n"                  // code
            "%%\n"                  // code
            "input: /* empty */\n"  // code
            "  | input line // x\n" // code
            "  ;\n"                 // code
            "// c++ comment\n"      // comment
            "%%\n",                 // code
            8, 2, 0, true);
        row("lex", "Lex", "a.l",
            "%{\n"        // code
            "/* c */\n"   // comment
            "%}\n"        // code
            "%%\n"        // code
            "[a-z]+  ;\n" // code
            "\n"          // blank
            "%%\n",       // code
            5, 1, 1, true);
    }

    void fixtures()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, text);
        QFETCH(qint64, code);
        QFETCH(qint64, comments);
        QFETCH(qint64, blanks);
        QFETCH(bool, clocAgrees);
        const Language *lang = LanguageDetector::detect(fileName.toStdString(), {});
        QVERIFY(lang);
        QCOMPARE(QString::fromLatin1(lang->name.data(), qsizetype(lang->name.size())), language);
        for (const bool pieces : {false, true}) {
            const LineKinds c = count(lang, text, pieces);
            QCOMPARE(c.code, code);
            QCOMPARE(c.comments, comments);
            QCOMPARE(c.blanks, blanks);
        }
        if (!clocAgrees) return;
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), fileName, text));
        LineKinds cloc;
        QVERIFY(clocCounts(dir.filePath(fileName), cloc));
        // cloc counts a script's first-line shebang as code; WhiteMagic (and
        // Python's tokenize) count it as a comment.
        if (text.startsWith("#!")) {
            --cloc.code;
            ++cloc.comments;
        }
        QCOMPARE(cloc.code, code);
        QCOMPARE(cloc.comments, comments);
        QCOMPARE(cloc.blanks, blanks);
    }
};

QTEST_GUILESS_MAIN(TestSyntax)
#include "tst_syntax.moc"
