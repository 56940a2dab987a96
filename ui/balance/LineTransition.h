// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "balance/Line.h"

#include <QObject>
#include <QVariantAnimation>
#include <array>

namespace wm::ui {

// How the six drawn lines move from one cast to the next. Each line has a
// gap, 0 for a solid (yang) line and 1 for a broken (yin) one; a line that
// turns eases its gap open or shut, and a line that starts changing splits
// into its opposite and back, once, so the eye catches which line is about
// to turn. One QVariantAnimation drives all six for durationMs; when it
// ends nothing runs until the next cast brings a difference.
class LineTransition : public QObject
{
    Q_OBJECT
public:
    static constexpr int durationMs = 300;
    using Lines = std::array<Line, 6>;

    explicit LineTransition(QObject *parent = nullptr);

    // Animates from what is drawn now to `to`; returns false, starting
    // nothing, when no line's state differs.
    bool moveTo(const Lines &to);
    // Shows `to` at once (hidden widget, animations off, first cast).
    void jumpTo(const Lines &to);

    [[nodiscard]] const Lines &target() const { return m_to; }
    // 0 solid ... 1 broken, at this moment of the animation. line 1..6.
    [[nodiscard]] double gap(int line) const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QVariantAnimation &animation() { return m_animation; }

Q_SIGNALS:
    void frame(); // a new moment to draw

private:
    QVariantAnimation m_animation;
    std::array<double, 6> m_fromGap{};
    std::array<bool, 6> m_pulse{};
    Lines m_to{};
    double m_t = 1; // eased progress, 0..1
};

} // namespace wm::ui
