// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
// Checks the KSyntaxHighlighting that wm_syntax links (KF6 from the system,
// or the Qt 6 build of 5.103 from scripts/build-deps.sh): definitions for
// the file types the preview shows, and real formats on a C and a Markdown
// document. With WM_WITH_KSYNTAXHIGHLIGHTING=OFF it checks the fallback
// label instead and says so.
#include <QGuiApplication>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#if WM_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
// 5.x names the macros SyntaxHighlighting_*, KF6 KSYNTAXHIGHLIGHTING_*.
#ifdef KSYNTAXHIGHLIGHTING_VERSION_STRING
#define WM_KSH_HEADER_VERSION KSYNTAXHIGHLIGHTING_VERSION_STRING
#else
#define WM_KSH_HEADER_VERSION SyntaxHighlighting_VERSION_STRING
#endif
#endif

class tst_SyntaxDependency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionLabel();
    void definitions();
    void colouring_data();
    void colouring();
};

void tst_SyntaxDependency::versionLabel()
{
#if WM_HAVE_KSYNTAXHIGHLIGHTING
    // The label `whitemagic --version` prints comes from CMake's
    // find_package; the header comes from the library itself.
    QCOMPARE(QStringLiteral(WM_SYNTAX_HIGHLIGHTING_VERSION),
             QStringLiteral("KSyntaxHighlighting " WM_KSH_HEADER_VERSION));
#else
    QCOMPARE(QStringLiteral(WM_SYNTAX_HIGHLIGHTING_VERSION), QStringLiteral("plain-text fallback"));
    QSKIP("built with WM_WITH_KSYNTAXHIGHLIGHTING=OFF: plain-text preview, nothing else to check");
#endif
}

void tst_SyntaxDependency::definitions()
{
#if WM_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repo;
    // shared/vendor/README: 5.103.0 bundles 359 definitions (newer: more).
    if (QStringLiteral(WM_KSH_HEADER_VERSION) == QLatin1String("5.103.0"))
        QCOMPARE(repo.definitions().size(), 359);
    else
        QVERIFY(repo.definitions().size() >= 359);
    QCOMPARE(repo.definitionForFileName(QStringLiteral("main.c")).name(), QStringLiteral("C"));
    QCOMPARE(repo.definitionForFileName(QStringLiteral("README.md")).name(),
             QStringLiteral("Markdown"));
    QCOMPARE(repo.definitionForFileName(QStringLiteral("CMakeLists.txt")).name(),
             QStringLiteral("CMake"));
    QVERIFY(repo.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).isValid());
#else
    QSKIP("built with WM_WITH_KSYNTAXHIGHLIGHTING=OFF");
#endif
}

void tst_SyntaxDependency::colouring_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::newRow("C") << "x.c"
                       << "#include <stdio.h>\nint main(void) { return 0; } /* done */\n";
    QTest::newRow("Markdown") << "x.md"
                              << "# Title\n\nSome *emphasis* and `code`.\n";
}

void tst_SyntaxDependency::colouring()
{
#if WM_HAVE_KSYNTAXHIGHLIGHTING
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    KSyntaxHighlighting::Repository repo;
    QTextDocument doc(text);
    KSyntaxHighlighting::SyntaxHighlighter highlighter(&doc);
    highlighter.setTheme(repo.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter.setDefinition(repo.definitionForFileName(fileName));
    highlighter.rehighlight();
    // A document coloured by a real definition has several styles
    // (keyword, comment, preprocessor, heading, ...); without a definition
    // every range has the theme's one normal-text style.
    QSet<QString> styles;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            styles.insert(r.format.foreground().color().name() +
                          QString::number(r.format.fontWeight()) +
                          QString::number(r.format.fontItalic()));
    }
    QVERIFY2(styles.size() >= 3,
             qPrintable(QStringLiteral("only %1 distinct styles").arg(styles.size())));
#else
    QSKIP("built with WM_WITH_KSYNTAXHIGHLIGHTING=OFF");
#endif
}

QTEST_MAIN(tst_SyntaxDependency)
#include "tst_syntaxdependency.moc"
