// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

namespace wm::ui {

class PreviewEditor;

// The gutter of the preview: line numbers, painted by the editor.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(PreviewEditor *editor);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PreviewEditor *m_editor;
};

} // namespace wm::ui
