// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// One-line summaries: front matter title, first heading, first meaningful
// line, licence headers skipped, 120 characters at most.
#include "audit/LanguageDetector.h"
#include "audit/Summarizer.h"

#include <QtTest>

using namespace wm;

class TestSummarizer : public QObject
{
    Q_OBJECT
    static QString sum(const char *lang, const QByteArray &text)
    {
        return Summarizer::summarize(text.toStdString(),
                                     lang ? LanguageDetector::byName(lang) : nullptr);
    }
private Q_SLOTS:
    void frontMatterTitleWins()
    {
        QCOMPARE(sum("Markdown", "---\ntags: [a]\ntitle: \"Memory: the plan\"\n---\n# Heading\n"),
                 QStringLiteral("Memory: the plan"));
        QCOMPARE(sum("Markdown", "+++\ntitle = 'Toml title'\n+++\nbody\n"),
                 QStringLiteral("Toml title"));
    }
    void firstHeading()
    {
        QCOMPARE(sum("Markdown", "---\ndate: 2024\n---\n\nSome intro\n\n## The heading\n"),
                 QStringLiteral("The heading"));
        QCOMPARE(sum("Markdown", "Setext title\n============\n\ntext\n"),
                 QStringLiteral("Setext title"));
        QCOMPARE(sum("reStructuredText", "Kernel docs\n===========\n"),
                 QStringLiteral("Kernel docs"));
    }
    void noHeadingMeansFirstLine()
    {
        QCOMPARE(sum("Markdown", "\n\n   plain first line  \nsecond\n"),
                 QStringLiteral("plain first line"));
    }
    void unterminatedFrontMatterIsText()
    {
        QCOMPARE(sum("Markdown", "---\ntitle: x\nno end\n"), QStringLiteral("title: x"));
    }
    // The inputs below are other projects' licence headers, not this file's
    // (REUSE-IgnoreStart/End keep `reuse lint` from reading them as such).
    // REUSE-IgnoreStart
    void licenceHeaderSkipped()
    {
        QCOMPARE(sum("C",
                     "// SPDX-License-Identifier: GPL-2.0\n/*\n * Copyright (C) 2020 Someone\n *\n "
                     "* This program is free software\n */\n\n"
                     "#include <linux/module.h>\n\n/* Driver for the frobnicator */\nint x;\n"),
                 QStringLiteral("Driver for the frobnicator"));
        QCOMPARE(sum("Python", "#!/usr/bin/env python3\n# Copyright 2020 X\n# Licensed under "
                               "MIT\n\n\"\"\"Tool that does things.\"\"\"\nimport os\n"),
                 QStringLiteral("Tool that does things."));
    }
    // REUSE-IgnoreEnd
    void docCommentMarkersStripped()
    {
        QCOMPARE(sum("Rust", "//! Crate level docs.\nfn main() {}\n"),
                 QStringLiteral("Crate level docs."));
        QCOMPARE(sum("C++", "/**\n * @brief\n * Parses things.\n */\n"),
                 QStringLiteral("Parses things."));
    }
    void clippedTo120()
    {
        const QString s = sum("Plain Text", QByteArray(300, 'a') + "\n");
        QCOMPARE(s.size(), Summarizer::maxChars);
        QVERIFY(s.endsWith(QChar(0x2026)));
        // Never split a surrogate pair.
        QByteArray emoji;
        for (int i = 0; i < 100; ++i)
            emoji += "🙂";
        const QString e = sum("Plain Text", emoji);
        QVERIFY(e.size() <= Summarizer::maxChars);
        QVERIFY(!e.at(e.size() - 2).isHighSurrogate() || e.at(e.size() - 1).isLowSurrogate());
    }
    void invalidUtf8IsRepaired()
    {
        const QString s = sum("Plain Text", "caf\xe9 au lait\n");
        QVERIFY(s.contains(QStringLiteral("au lait")));
    }
    void emptyAndBoilerplateOnly()
    {
        QCOMPARE(sum("C", ""), QString());
        QCOMPARE(sum("C", "#include <a.h>\n#include <b.h>\n{\n}\n"), QString());
    }
};

QTEST_GUILESS_MAIN(TestSummarizer)
#include "tst_summarizer.moc"
