// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The audit's file preview: the file's bytes as text (up to its limit, with
// a note past it), syntax colours from the file's name, messages for
// folders and binaries, and only the latest selection shown when the
// selection moves faster than files are read. The reference for the text is
// the file itself, read here; for colours, the formats in the document.
#include "UiTestSupport.h"
#include "bench/StallMeter.h"
#include "search/PreviewEditor.h"
#include "search/SyntaxColorizer.h"
#include "views/FilePreview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>
#include <sys/stat.h>

using namespace wm::ui;

namespace {

// Ranges whose colour is not the document's plain text.
int colouredRanges(const QTextDocument *doc)
{
    int n = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            n += r.format.hasProperty(QTextFormat::ForegroundBrush) ? 1 : 0;
    return n;
}

} // namespace

class TestFilePreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FilePreview *m_preview = nullptr;
    std::unique_ptr<FilePreview> m_owner;

    // Shows `rel` and waits until the preview says it is on screen.
    bool showAndWait(const QString &rel)
    {
        QSignalSpy shown(m_preview, &FilePreview::shown);
        m_preview->showFile(m_dir.path(), rel);
        return shown.wait(20000) && shown.last().at(0).toString() == rel;
    }

    QByteArray bytes(const QString &rel) const
    {
        QFile f(m_dir.filePath(rel));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        wmtest::setupApp();
        QVERIFY(m_dir.isValid());
        QVERIFY(wmtest::writeFile(m_dir.path(), QStringLiteral("main.c"),
                                  "/* a comment */\n#include <stdio.h>\n\nint main(void)\n"
                                  "{\n    printf(\"%d\\n\", 42); // says 42\n    return 0;\n}\n"));
        QVERIFY(wmtest::writeFile(m_dir.path(), QStringLiteral("blob.bin"),
                                  QByteArray("ELF\0\0\1\2", 7).repeated(100)));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        QByteArray big;
        for (int i = 0; big.size() <= FilePreview::maxBytes * 2; ++i)
            big += "int line_" + QByteArray::number(i) + " = " + QByteArray::number(i) +
                   "; /* of a long C file */\n";
        QVERIFY(wmtest::writeFile(m_dir.path(), QStringLiteral("big.c"), big));
        m_owner = std::make_unique<FilePreview>();
        m_preview = m_owner.get();
        m_preview->resize(600, 400);
        m_preview->show();
    }

    void sourceFileIsShownColoured()
    {
        QVERIFY(showAndWait(QStringLiteral("main.c")));
        QCOMPARE(m_preview->message(), QString());
        QCOMPARE(m_preview->text(), QString::fromUtf8(bytes(QStringLiteral("main.c"))));
        const auto *editor = m_preview->findChild<PreviewEditor *>();
        QVERIFY(editor != nullptr);
        if (SyntaxColorizer::available()) {
            QCOMPARE(m_preview->syntaxName(), QStringLiteral("C"));
            QVERIFY(colouredRanges(editor->document()) >= 3);
        } else {
            QCOMPARE(m_preview->syntaxName(), QString());
            QCOMPARE(colouredRanges(editor->document()), 0);
        }
    }

    void messagesForFoldersAndBinaries()
    {
        QVERIFY(showAndWait(QStringLiteral("sub")));
        QVERIFY2(m_preview->message().contains(QStringLiteral("is a folder")),
                 qPrintable(m_preview->message()));
        QCOMPARE(m_preview->text(), QString());
        QVERIFY(showAndWait(QStringLiteral("blob.bin")));
        QVERIFY2(m_preview->message().startsWith(QStringLiteral("Binary file")),
                 qPrintable(m_preview->message()));
        // A FIFO with no writer: shown (empty), not waited on for ever.
        QVERIFY(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(),
                         0600) == 0);
        QVERIFY(showAndWait(QStringLiteral("pipe")));
        QCOMPARE(m_preview->text(), QString());
        QVERIFY(showAndWait(QStringLiteral("missing.txt")));
        QVERIFY2(m_preview->message().startsWith(QStringLiteral("Cannot read this file")),
                 qPrintable(m_preview->message()));
    }

    void largeFileShowsItsStartAndSaysSo()
    {
        StallMeter stalls; // figures for the record; the suite never fails on time
        stalls.start();
        QVERIFY(showAndWait(QStringLiteral("big.c")));
        QTest::qWait(50); // the swapped-in document's first paint
        stalls.stop();
        qInfo("256 KiB coloured preview: longest GUI-thread gap %.1f ms (%.1f ms of its CPU)",
              stalls.maxStallMs(), stalls.maxStallCpuMs());
        const QString text = m_preview->text();
        const QString head =
            QString::fromUtf8(bytes(QStringLiteral("big.c")).left(FilePreview::maxBytes));
        QVERIFY(text.startsWith(head));
        QVERIFY2(text.mid(head.size()).contains(QStringLiteral("shown]")),
                 qPrintable(text.mid(head.size())));
        QVERIFY(text.size() < head.size() + 200);
    }

    // A burst of selections: only the last one ends on screen.
    void latestSelectionWins()
    {
        QSignalSpy shown(m_preview, &FilePreview::shown);
        for (int i = 0; i < 5; ++i) {
            m_preview->showFile(m_dir.path(), QStringLiteral("big.c"));
            m_preview->showFile(m_dir.path(), QStringLiteral("blob.bin"));
        }
        m_preview->showFile(m_dir.path(), QStringLiteral("main.c"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && shown.last().at(0).toString() == QStringLiteral("main.c"), 20000);
        QTest::qWait(200); // nothing stale lands afterwards
        QCOMPARE(shown.last().at(0).toString(), QStringLiteral("main.c"));
        QCOMPARE(m_preview->text(), QString::fromUtf8(bytes(QStringLiteral("main.c"))));
        for (const QList<QVariant> &s : shown)
            QCOMPARE(s.at(0).toString(), QStringLiteral("main.c"));

        // A file read to the end while the GUI thread was busy: its reply is
        // already queued when the selection moves on, and must not land.
        shown.clear();
        m_preview->showFile(m_dir.path(), QStringLiteral("sub"));
        QThread::msleep(300); // no event loop: the reply waits in the queue
        m_preview->showFile(m_dir.path(), QStringLiteral("blob.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QTest::qWait(200);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).toString(), QStringLiteral("blob.bin"));
    }

    void emptySelectionClears()
    {
        m_preview->showFile(m_dir.path(), QString());
        QCOMPARE(m_preview->text(), QString());
        QVERIFY(m_preview->message().contains(QStringLiteral("Select a file")));
    }

    void cleanupTestCase() { m_owner.reset(); }
};

QTEST_MAIN(TestFilePreview)
#include "tst_filepreview.moc"
