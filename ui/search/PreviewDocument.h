// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <memory>

class QFont;
class QTextDocument;

namespace wm::ui::PreviewDocument {

// QTextDocument turns "\r\n" and a lone "\r" into one block break, which
// would shift every later offset; a CR before LF becomes an (invisible)
// trailing space instead, a lone CR a line break, so positions in the
// document stay the engine's offsets.
void keepOffsets(QString &text);

// A plain-text document for a preview, built off the GUI thread (the
// caller moves it to the GUI thread before handing it over).
std::unique_ptr<QTextDocument> build(const QString &text, const QFont &font);

} // namespace wm::ui::PreviewDocument
