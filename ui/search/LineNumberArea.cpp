// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LineNumberArea.h"

#include "PreviewEditor.h"

namespace wm::ui {

LineNumberArea::LineNumberArea(PreviewEditor *editor) : QWidget(editor), m_editor(editor)
{
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(event);
}

} // namespace wm::ui
