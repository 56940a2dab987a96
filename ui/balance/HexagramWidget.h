// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "HexagramLayout.h"
#include "LineTransition.h"
#include "balance/Casting.h"

#include <QWidget>
#include <optional>

namespace wm::ui {

class BalanceModel;

// The hexagram of the balance model, drawn with QPainter: six bars bottom to
// top (yang solid, yin broken), changing lines in the accent colour with a
// mark (○ old yang, × old yin), the hexagram they lead to drawn smaller
// beside it, and the symbol, King Wen number, Chinese name, pinyin, English
// name and both trigrams. Each line's tooltip gives its signal's value and
// threshold. Repaints only when the cast changes or while a line animates.
class HexagramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HexagramWidget(const BalanceModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    // The geometry at the current size (tests check the drawn bars against it).
    [[nodiscard]] HexagramLayout currentLayout() const;
    [[nodiscard]] const LineTransition &transition() const { return m_transition; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onModelChanged();
    bool animate() const;
    void paintPlaceholder(QPainter &p, const QRectF &area) const;
    void paintHexagram(QPainter &p, const QRectF &rect, const Casting &c, bool live) const;
    void paintMarks(QPainter &p, const HexagramLayout &l, const Casting &c) const;
    void paintArrow(QPainter &p, const QRectF &rect) const;
    void paintText(QPainter &p, const HexagramLayout &l, const Casting &c) const;
    [[nodiscard]] QRectF contentRect() const;

    const BalanceModel &m_model;
    LineTransition m_transition;
    std::optional<Casting> m_shown;
};

} // namespace wm::ui
