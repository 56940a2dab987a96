// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PreviewDocument.h"

#include <QFont>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>

namespace wm::ui::PreviewDocument {

void keepOffsets(QString &text)
{
    QChar *c = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = c[i].unicode();
        if (u == u'\r')
            c[i] = i + 1 < n && c[i + 1] == u'\n' ? u' ' : u'\n';
        else if (u == 0xFDD0 || u == 0xFDD1 || u == 0xFDEF)
            c[i] = QChar(0xFFFD); // frame marks
    }
}

std::unique_ptr<QTextDocument> build(const QString &text, const QFont &font)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc.get())); // owned by doc
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(font);
    doc->setPlainText(text);
    return doc;
}

} // namespace wm::ui::PreviewDocument
