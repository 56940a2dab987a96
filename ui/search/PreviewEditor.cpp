// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PreviewEditor.h"

#include "LineNumberArea.h"

#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace wm::ui {

PreviewEditor::PreviewEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new LineNumberArea(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &PreviewEditor::updateGutter);
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

int PreviewEditor::lineNumberWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void PreviewEditor::showDocument(QTextDocument *doc, const QList<HitSpan> &hits,
                                 const QColor &background, const QColor &text,
                                 const QColor &lineNumbers, int current)
{
    const int scroll = verticalScrollBar()->value();
    // Ours to delete only when we made it; the editor's first document is
    // deleted by setDocument() itself (so it must not be looked at after).
    QTextDocument *old = document();
    const bool ours = old != nullptr && old->parent() == this;
    doc->setParent(this);
    setDocument(doc);
    if (ours) old->deleteLater();
    if (palette().color(QPalette::Base) != background || palette().color(QPalette::Text) != text) {
        QPalette p = palette();
        p.setColor(QPalette::Base, background);
        p.setColor(QPalette::Text, text);
        setPalette(p);
    }
    m_lineNumbers = lineNumbers;
    m_hits = hits;
    m_current = -1;
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
    if (m_hits.isEmpty() || current < 0) {
        setExtraSelections({});
        Q_EMIT currentHitChanged(-1, int(m_hits.size()));
    } else {
        goToHit(current);
        verticalScrollBar()->setValue(current == 0 ? verticalScrollBar()->value() : scroll);
    }
}

void PreviewEditor::clearDocument()
{
    auto *doc = new QTextDocument(this);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setDefaultFont(font());
    showDocument(doc, {}, palette().color(QPalette::Base), palette().color(QPalette::Text),
                 m_lineNumbers);
}

void PreviewEditor::goToHit(int i)
{
    if (m_hits.isEmpty()) return;
    const int n = int(m_hits.size());
    m_current = ((i % n) + n) % n;
    const HitSpan &h = m_hits[m_current];
    QTextCursor c(document());
    c.setPosition(h.start);
    c.setPosition(h.start + h.length, QTextCursor::KeepAnchor);
    // The current hit stands out from the others: the selection colours.
    QTextEdit::ExtraSelection sel;
    sel.cursor = c;
    sel.format.setBackground(palette().color(QPalette::Highlight));
    sel.format.setForeground(palette().color(QPalette::HighlightedText));
    setExtraSelections({sel});
    QTextCursor caret(document());
    caret.setPosition(h.start);
    setTextCursor(caret);
    centerCursor();
    Q_EMIT currentHitChanged(m_current, n);
}

void PreviewEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberWidth(), cr.height()));
}

void PreviewEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void PreviewEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    painter.setPen(m_lineNumbers.isValid() ? m_lineNumbers
                                           : palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lh = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0, top, m_gutter->width() - 6, lh, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        top += height;
        block = block.next();
    }
}

} // namespace wm::ui
