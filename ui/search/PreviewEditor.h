// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/SearchHit.h"

#include <QPlainTextEdit>

namespace wm::ui {

class LineNumberArea;

// The preview's read-only text: line numbers in a gutter, the hits (already
// in the document's formats) and the current hit as a selection, next and
// previous hit. The document arrives built and coloured (PreviewJob).
class PreviewEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PreviewEditor(QWidget *parent = nullptr);

    // Takes `doc` over (deleting the previous one) with its hits, in
    // document positions; scrolls to hit `current` (the first by default;
    // -1: keeps the scroll position and no hit is current).
    void showDocument(QTextDocument *doc, const QList<HitSpan> &hits, const QColor &background,
                      const QColor &text, const QColor &lineNumbers, int current = 0);
    void clearDocument();

    [[nodiscard]] const QList<HitSpan> &hits() const { return m_hits; }
    [[nodiscard]] int currentHit() const { return m_current; }
    // Selects hit `i` (wrapping around) and scrolls it into the middle.
    void goToHit(int i);
    void nextHit() { goToHit(m_current + 1); }
    void previousHit() { goToHit(m_current - 1); }

    [[nodiscard]] int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    void currentHitChanged(int index, int count);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutter(const QRect &rect, int dy);

    LineNumberArea *m_gutter;
    QList<HitSpan> m_hits;
    int m_current = -1;
    QColor m_lineNumbers;
};

} // namespace wm::ui
