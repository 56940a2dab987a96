// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Language detection and code/comment/blank classification on fixtures
// whose counts were worked out by hand (see the comments beside each).
#include "audit/Language.h"
#include "audit/LanguageDetector.h"
#include "audit/SourceCounter.h"

#include <QSet>
#include <QtTest>

using namespace wm;

namespace {
struct LineKinds
{
    qint64 code, comments, blanks;
};
LineKinds count(const char *language, const QByteArray &text)
{
    SourceCounter c(LanguageDetector::byName(language));
    c.feed(text.constData(), size_t(text.size()));
    c.finish();
    return {c.code(), c.comments(), c.blanks()};
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detection_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("language");
        const struct
        {
            const char *name, *head, *lang;
        } rows[] = {
            {"main.c", "", "C"},
            {"x.h", "", "C Header"},
            {"a.cpp", "", "C++"},
            {"a.hpp", "", "C++"},
            {"A.java", "", "Java"},
            {"m.go", "", "Go"},
            {"lib.rs", "", "Rust"},
            {"s.py", "", "Python"},
            {"w.js", "", "JavaScript"},
            {"t.ts", "", "TypeScript"},
            {"r.rb", "", "Ruby"},
            {"Makefile", "", "Makefile"},
            {"Makefile.am", "", "Makefile"},
            {"CMakeLists.txt", "", "CMake"},
            {"Dockerfile", "", "Dockerfile"},
            {"Kconfig", "", "Kconfig"},
            {"Kconfig.debug", "", "Kconfig"},
            {"Makefile-os-Linux", "", "Makefile"},
            {"Makefile.", "", "Makefile"},
            {"x.dts", "", "Device Tree"},
            {"entry.S", "", "Assembly"},
            {"README.md", "", "Markdown"},
            {"doc.rst", "", "reStructuredText"},
            {"a.json", "", "JSON"},
            {"c.yaml", "", "YAML"},
            {"c.toml", "", "TOML"},
            {"q.sql", "", "SQL"},
            {"i.html", "", "HTML"},
            {"s.css", "", "CSS"},
            {"x.kt", "", "Kotlin"},
            {"x.swift", "", "Swift"},
            {"x.cs", "", "C#"},
            {"x.php", "", "PHP"},
            {"x.lua", "", "Lua"},
            {"x.hs", "", "Haskell"},
            {"x.ml", "", "OCaml"},
            {"x.erl", "", "Erlang"},
            {"x.ex", "", "Elixir"},
            {"x.clj", "", "Clojure"},
            {"x.scala", "", "Scala"},
            {"x.dart", "", "Dart"},
            {"x.zig", "", "Zig"},
            {"x.jl", "", "Julia"},
            {"x.R", "", "R"},
            {"x.pl", "", "Perl"},
            {"x.ps1", "", "PowerShell"},
            {"x.bat", "", "Batch"},
            {"x.tex", "", "TeX"},
            {"x.vim", "", "Vim script"},
            {"x.f90", "", "Fortran"},
            {"x.pas", "", "Pascal"},
            {"x.proto", "", "Protocol Buffers"},
            {"x.qml", "", "QML"},
            {"X.TXT", "", "Plain Text"},
            {"x.tf", "", "HCL"},
            {"run", "#!/usr/bin/env python3\nprint(1)\n", "Python"},
            {"run", "#!/bin/bash\n", "Shell"},
            {"run", "#!/usr/bin/perl -w\n", "Perl"},
            {"run", "#!/usr/bin/env -S node --x\n", "JavaScript"},
            {"run", "#!/usr/bin/python3.11\n", "Python"},
            {"run", "no shebang\n", ""},
            // Emacs modelines on the first or second line decide .cfg files
            // and extensionless headers (libstdc++, NSPR).
            {"_linux.cfg", "/* -*- Mode: C++; tab-width: 4 -*- */\n/* licence */\n", "C++"},
            {"prcpucfg.cfg", "\n/* -*- C -*- */\n", "C Header"},
            {"setup.cfg", "[metadata]\nname = x\n", "INI"},
            {"late.cfg", "a=1\nb=2\n// -*- C++ -*-\n", "INI"},
            {"vector", "// <vector> -*- C++ -*-\n\n", "C++"},
            {"config", "/* -*- mode: c -*- */\n", "C Header"},
            {"tool", "#!/bin/sh\n# -*- C++ -*-\n", "Shell"},
            {"dbus-bus.inc", "{ -*- mode: C; c-file-style: \"gnu\" -*- }\n", ""},
            {"gram.y", "", "Yacc"},
            {"scan.l", "", "Lex"},
            {"data.bin", "", ""},
        };
        for (const auto &r : rows)
            QTest::addRow("%s %s", r.name, r.lang)
                << QString::fromUtf8(r.name) << QByteArray(r.head) << QString::fromUtf8(r.lang);
    }
    void detection()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, language);
        const Language *l = LanguageDetector::detect(name.toStdString(), head.toStdString());
        QCOMPARE(l ? QString::fromLatin1(l->name.data(), qsizetype(l->name.size())) : QString(),
                 language);
    }

    void atLeastFortyLanguages() { QVERIFY(LanguageDetector::languageCount() >= 40); }

    void cFixture()
    {
        // 1 comment, 2 comment, 3 code, 4 blank, 5 code (trailing comment),
        // 6 code (comment markers inside a string), 7 code (code after a
        // block comment), 8 blank, 9 comment, 10 code.
        const LineKinds c =
            count("C", "/* licence\n * more */\n#include <stdio.h>\n\nint main(void) { // entry\n"
                       "    const char *s = \"/* not a comment */\";\n    /* block */ return 0;\n\n"
                       "    // only comment\n}\n");
        QCOMPARE(c.code, 5);
        QCOMPARE(c.comments, 3);
        QCOMPARE(c.blanks, 2);
    }

    void escapedQuoteDoesNotEndString()
    {
        // The string holds an escaped quote and then "//": all code.
        const LineKinds c = count("C", "char *s = \"a\\\" // b\";\n// real\n");
        QCOMPARE(c.code, 1);
        QCOMPARE(c.comments, 1);
    }

    void charLiteralWithQuote()
    {
        // '"' must not open a string that swallows the comment after it.
        const LineKinds c = count("C", "c = '\"';\n/* x */\n");
        QCOMPARE(c.code, 1);
        QCOMPARE(c.comments, 1);
    }

    void pythonFixture()
    {
        // shebang and comment: 2 comments; the triple-quoted string spans
        // lines 4-6, its '#' line is string, so code; one blank.
        const LineKinds c =
            count("Python", "#!/usr/bin/env python3\n# comment\nx = \"# not comment\"\ns = '''\n"
                            "# inside triple string\n'''\n\ndef f():  # trailing\n    pass\n");
        QCOMPARE(c.code, 6);
        QCOMPARE(c.comments, 2);
        QCOMPARE(c.blanks, 1);
    }

    void nestedBlockComments()
    {
        // Rust block comments nest: line 1 stays comment to its end; line 2
        // is still inside the outer comment; line 3 is code.
        const LineKinds c =
            count("Rust", "/* outer /* inner */ still\n comment */\nfn main() {}\n");
        QCOMPARE(c.comments, 2);
        QCOMPARE(c.code, 1);
        // C does not nest: the first */ closes, the rest is code.
        const LineKinds cc = count("C", "/* a /* b */ int x; */\n");
        QCOMPARE(cc.code, 1);
    }

    void htmlFixture()
    {
        const LineKinds c = count("HTML", "<!-- c -->\n<p>x</p>\n<!--\nmulti\n\n-->\n");
        QCOMPARE(c.comments, 4);
        QCOMPARE(c.code, 1);
        QCOMPARE(c.blanks, 1); // blank lines inside a comment count as blank
    }

    void shellHashNeedsBoundary()
    {
        // "$#" is not a comment, so the quote after it opens a string and the
        // "# x" inside the string is code; the last line is a comment.
        const LineKinds c = count("Shell", "echo $#\necho \"# x\"\n  # only\n");
        QCOMPARE(c.code, 2);
        QCOMPARE(c.comments, 1);
    }

    void luaAndSql()
    {
        QCOMPARE(count("Lua", "-- c\n--[[ block\nstill ]]\nx = 1\n").comments, 3);
        QCOMPARE(count("SQL", "SELECT 1; -- c\n-- c\n").comments, 1);
    }

    void proseIsCode()
    {
        const LineKinds c = count("Markdown", "# Title\n\ntext <!-- note -->\n<!-- only -->\n");
        QCOMPARE(c.code, 2);
        QCOMPARE(c.comments, 1);
        QCOMPARE(c.blanks, 1);
    }

    void unknownLanguageHasNoComments()
    {
        SourceCounter c(nullptr);
        const QByteArray t = "# x\n// y\n\n";
        c.feed(t.constData(), size_t(t.size()));
        c.finish();
        QCOMPARE(c.code(), 2);
        QCOMPARE(c.comments(), 0);
        QCOMPARE(c.blanks(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
