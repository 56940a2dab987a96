// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The preview: its highlighted ranges are the engine's hit offsets and
// those an independent tool (rg) finds; F3 moves between them; the
// KSyntaxHighlighting path colours C and Markdown.
#include "SearchViewFixture.h"
#include "search/PreviewEditor.h"
#include "search/PreviewJob.h"
#include "search/SearchPreview.h"
#include "search/SyntaxColorizer.h"

#include <QElapsedTimer>
#include <QListView>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

using namespace wm::ui;
using wmuitest::SearchFixture;

namespace {

struct Range
{
    int start;
    int length;
    bool operator==(const Range &o) const { return start == o.start && length == o.length; }
};

QString describe(const QList<Range> &l)
{
    QStringList s;
    for (const Range &r : l)
        s << QStringLiteral("%1+%2").arg(r.start).arg(r.length);
    return s.join(QLatin1Char(' '));
}

// The ranges the document's formats mark as hits, joined across blocks.
QList<Range> highlighted(const QTextDocument *doc)
{
    QList<Range> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &f : b.layout()->formats()) {
            if (!f.format.boolProperty(PreviewJob::hitProperty)) continue;
            const int start = b.position() + f.start;
            if (!out.isEmpty() && out.last().start + out.last().length + 1 == start && f.start == 0)
                out.last().length += f.length + 1; // a phrase over a line break
            else
                out.append({start, f.length});
        }
    return out;
}

// Non-default formats (other than hits) in the document: syntax colouring.
int colouredRanges(const QTextDocument *doc)
{
    int n = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &f : b.layout()->formats())
            if (!f.format.boolProperty(PreviewJob::hitProperty) && f.format != QTextCharFormat() &&
                (f.format.hasProperty(QTextFormat::ForegroundBrush) ||
                 f.format.hasProperty(QTextFormat::FontWeight) ||
                 f.format.hasProperty(QTextFormat::FontItalic)))
                ++n;
    return n;
}

// rg's matches (`rg --json -w -i PATTERN`: absolute byte offsets of each
// match), mapped to UTF-16 offsets of `utf8`.
QList<Range> rgRanges(const QString &file, const QString &pattern, const QByteArray &utf8)
{
    const wmtest::ProcessResult r = wmtest::run(
        QStringLiteral("rg"),
        {QStringLiteral("--json"), QStringLiteral("--word-regexp"), QStringLiteral("--ignore-case"),
         QStringLiteral("--multiline"), pattern, file});
    QList<Range> out;
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("type")).toString() != QLatin1String("match")) continue;
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        const qint64 base = data.value(QStringLiteral("absolute_offset")).toInteger();
        for (const QJsonValue v : data.value(QStringLiteral("submatches")).toArray()) {
            const qint64 b = base + v.toObject().value(QStringLiteral("start")).toInteger();
            const qint64 e = base + v.toObject().value(QStringLiteral("end")).toInteger();
            const int start = int(QString::fromUtf8(utf8.left(b)).size());
            out.append({start, int(QString::fromUtf8(utf8.mid(b, e - b)).size())});
        }
    }
    return out;
}

} // namespace

class TstSearchPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void highlightsAreTheHitOffsets_data();
    void highlightsAreTheHitOffsets();
    void nextAndPreviousHit();
    void largeFileIsCutWithANote();
    void colouringGivesFormats_data();
    void colouringGivesFormats();

private:
    PreviewEditor *openFirstHit(const QString &query);
    SearchFixture m_fx;
    QByteArray m_notes;
};

void TstSearchPreview::initTestCase()
{
    QVERIFY(m_fx.dir.isValid() && m_fx.index.isValid());
    if (!wmtest::hasTool(QStringLiteral("rg"))) QFAIL("rg (ripgrep) is the reference here");
    // Non-ASCII before the hits: byte and UTF-16 offsets differ.
    m_notes = "Naïve café — ünïcödé 𝄞 text.\r\nAlpha here, and alpha_beta is one word, alpha.\n"
              "Beta then ALPHA; quick brown fox; quick\nbrown fox across a line.\n";
    for (int i = 0; i < 200; ++i)
        m_notes += "filler line " + QByteArray::number(i) + " with alpha at its end alpha\n";
    m_fx.write(QStringLiteral("notes.txt"), m_notes);
    m_fx.write(QStringLiteral("prog.c"),
               "#include <stdio.h>\n/* alpha comment */\nint main(void)\n{\n"
               "    printf(\"alpha %d\\n\", 42);\n    return 0;\n}\n");
    m_fx.write(QStringLiteral("readme.md"),
               "# Alpha heading\n\nSome *emphasis* and `code` about alpha.\n\n"
               "- a list item\n- [a link](http://example.org)\n");
    m_fx.open();
}

PreviewEditor *TstSearchPreview::openFirstHit(const QString &query)
{
    if (!m_fx.type(query) || m_fx.view->resultModel()->rowCount() == 0) return nullptr;
    QSignalSpy shown(m_fx.view->preview(), &SearchPreview::shown);
    m_fx.view->resultList()->setCurrentIndex(m_fx.view->resultModel()->index(0, 0));
    if (!shown.wait(20000)) return nullptr;
    return m_fx.view->preview()->editor();
}

void TstSearchPreview::highlightsAreTheHitOffsets_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("rgPattern");
    QTest::newRow("word") << QStringLiteral("path:notes alpha") << QStringLiteral("alpha");
    QTest::newRow("phrase") << QStringLiteral("path:notes \"quick brown\"")
                            << QStringLiteral("quick\\s+brown");
    QTest::newRow("unicode") << QStringLiteral("path:notes café") << QStringLiteral("café");
}

void TstSearchPreview::highlightsAreTheHitOffsets()
{
    QFETCH(QString, query);
    QFETCH(QString, rgPattern);
    PreviewEditor *editor = openFirstHit(query);
    QVERIFY(editor != nullptr);
    QCOMPARE(m_fx.view->preview()->shownPath(), QStringLiteral("notes.txt"));
    const QList<Range> shown = highlighted(editor->document());
    QList<Range> engine;
    for (const wm::HitSpan &h : editor->hits())
        engine.append({h.start, h.length});
    const QList<Range> reference =
        rgRanges(m_fx.dir.filePath(QStringLiteral("notes.txt")), rgPattern, m_notes);
    QVERIFY(!reference.isEmpty());
    QVERIFY2(shown == engine,
             qPrintable(describe(shown) + QStringLiteral(" vs ") + describe(engine)));
    QVERIFY2(shown == reference,
             qPrintable(describe(shown) + QStringLiteral(" vs rg ") + describe(reference)));
    // The document is the file's text at those offsets: each range reads the word.
    const QString text = editor->document()->toPlainText();
    const QString file = QString::fromUtf8(m_notes);
    for (const Range &r : shown)
        QCOMPARE(text.mid(r.start, r.length).simplified(),
                 file.mid(r.start, r.length).simplified());
    // Scrolled to the first hit, which is current.
    QCOMPARE(editor->currentHit(), 0);
    QCOMPARE(editor->textCursor().position(), shown.first().start);
    // The snippet's first hit is on the line the list showed.
    const wm::SearchHit &hit = m_fx.view->resultModel()->hit(0);
    if (hit.line > 0) {
        const QString word = hit.snippet.mid(hit.hits.first().start, hit.hits.first().length);
        bool found = false;
        for (const Range &r : shown)
            found =
                found || (editor->document()->findBlock(r.start).blockNumber() + 1 == hit.line &&
                          text.mid(r.start, r.length).compare(word, Qt::CaseInsensitive) == 0);
        QVERIFY2(found, qPrintable(word));
    }
}

void TstSearchPreview::nextAndPreviousHit()
{
    PreviewEditor *editor = openFirstHit(QStringLiteral("path:notes alpha"));
    QVERIFY(editor != nullptr);
    const int n = int(editor->hits().size());
    QVERIFY(n > 40);
    m_fx.view->activateWindow();
    m_fx.view->resultList()->setFocus();
    QTest::keyClick(m_fx.view->resultList(), Qt::Key_F3);
    QCOMPARE(editor->currentHit(), 1);
    QCOMPARE(editor->textCursor().position(), editor->hits().at(1).start);
    QTest::keyClick(m_fx.view->resultList(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(m_fx.view->resultList(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(editor->currentHit(), n - 1); // wraps around
    // The last hit is far down: the view scrolled there.
    QVERIFY(editor->cursorForPosition(QPoint(0, 0)).blockNumber() > 100);
}

void TstSearchPreview::largeFileIsCutWithANote()
{
    // 3 MiB of C: indexed whole (under the 4 MiB cap), previewed up to 2 MiB.
    QByteArray big;
    int lines = 0;
    while (big.size() < (3 << 20)) {
        big += "static int fn_" + QByteArray::number(lines) + "(int x) { return x * " +
               QByteArray::number(lines) + "; } /* omega */\n";
        ++lines;
    }
    m_fx.write(QStringLiteral("big.c"), big);
    QSignalSpy done(m_fx.view.get(), &SearchView::indexFinished);
    m_fx.view->updateIndex();
    QVERIFY(done.wait(60000));
    QElapsedTimer t;
    t.start();
    PreviewEditor *editor = openFirstHit(QStringLiteral("path:big omega"));
    QVERIFY(editor != nullptr);
    qInfo("3 MiB file: preview shown in %lld ms", qlonglong(t.elapsed()));
    const QString note = m_fx.view->preview()->note();
    QVERIFY2(note.contains(QStringLiteral("first")), qPrintable(note));
    const int shownChars = editor->document()->characterCount();
    QVERIFY(shownChars <= int(PreviewJob::maxBytes) + 1 &&
            shownChars > int(PreviewJob::maxBytes) - 200);
    // Every hit in the shown part is highlighted, none beyond it.
    const QList<Range> shown = highlighted(editor->document());
    QCOMPARE(int(shown.size()), int(editor->hits().size()));
    const QString text = editor->document()->toPlainText();
    QCOMPARE(int(shown.size()), int(text.count(QStringLiteral("omega"))));
    QVERIFY(shown.last().start + shown.last().length <= text.size());
    // Shown plain at first, then coloured in place.
    SearchPreview *preview = m_fx.view->preview();
    QVERIFY(QTest::qWaitFor([&] { return preview->syntaxName() == QLatin1String("C"); }, 60000) ||
            !SyntaxColorizer::available());
    QVERIFY(!preview->note().contains(QStringLiteral("Colouring")));
    QCOMPARE(int(highlighted(preview->editor()->document()).size()), int(shown.size()));
    if (SyntaxColorizer::available()) QVERIFY(colouredRanges(preview->editor()->document()) > 1000);
}

void TstSearchPreview::colouringGivesFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("syntax");
    QTest::newRow("C") << QStringLiteral("prog.c") << QStringLiteral("C");
    QTest::newRow("Markdown") << QStringLiteral("readme.md") << QStringLiteral("Markdown");
}

void TstSearchPreview::colouringGivesFormats()
{
    QFETCH(QString, file);
    QFETCH(QString, syntax);
    if (!SyntaxColorizer::available())
        QSKIP("built without KSyntaxHighlighting (WM_WITH_KSYNTAXHIGHLIGHTING=OFF): plain text");
    // The colorizer alone, on a document of the file's text...
    QFile f(m_fx.dir.filePath(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QTextDocument doc;
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    doc.setPlainText(QString::fromUtf8(f.readAll()));
    QCOMPARE(colouredRanges(&doc), 0);
    SyntaxColorizer colorizer;
    QCOMPARE(colorizer.colorize(doc, file, false, nullptr), syntax);
    QVERIFY(colouredRanges(&doc) >= 3);
    // ...and through the whole preview path (worker, hand-over, editor).
    PreviewEditor *editor = openFirstHit(
        QStringLiteral("path:") + file.section(QLatin1Char('.'), 0, 0) + QStringLiteral(" alpha"));
    QVERIFY(editor != nullptr);
    QCOMPARE(m_fx.view->preview()->syntaxName(), syntax);
    QVERIFY(colouredRanges(editor->document()) >= 3);
    QVERIFY(!highlighted(editor->document()).isEmpty());
}

QTEST_MAIN(TstSearchPreview)
#include "tst_searchpreview.moc"
