// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QColor>
#include <QString>
#include <memory>

class QTextDocument;

namespace wm {
class CancelToken;
}

namespace wm::ui {

// Syntax colouring for the preview, computed off the GUI thread: walks the
// blocks of a document that is not shown yet and stores each line's
// formats in its QTextLayout (what QSyntaxHighlighter does on the GUI
// thread, line by line as text changes — a preview's text never changes,
// so colouring it once on a worker is enough).
//
// With KSyntaxHighlighting (WM_HAVE_KSYNTAXHIGHLIGHTING=1) the syntax comes
// from the file name, the theme from the palette (its default light or dark
// theme). Without it the preview is plain text; hits are highlighted either way.
// Not thread-safe: one colorizer per worker, used by one run at a time.
class SyntaxColorizer
{
public:
    struct Colors
    {
        QColor background;
        QColor text;
        QColor lineNumbers;
        QColor currentLine;
        QString themeName;
    };

    SyntaxColorizer();
    ~SyntaxColorizer();
    SyntaxColorizer(const SyntaxColorizer &) = delete;
    SyntaxColorizer &operator=(const SyntaxColorizer &) = delete;

    // Whether syntax colouring was built in, and which library did it.
    [[nodiscard]] static bool available();
    [[nodiscard]] static QString backendName();

    // The editor colours of the theme matching a light or dark palette.
    Colors colors(bool dark);
    // Colours every block of `doc` by the syntax of `fileName`; returns the
    // syntax's name, empty when none applies (or when not built in).
    // Stops early (returning what it has) when `cancel` is set.
    QString colorize(QTextDocument &doc, const QString &fileName, bool dark,
                     const CancelToken *cancel);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace wm::ui
