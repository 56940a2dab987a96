// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Reads the six drawn lines of a hexagram back from a rendered image, by
// pixel rows, without using the widget's drawing code: a row belongs to a
// bar when the pixel at a tenth of the hexagram's width differs from the
// background, and a bar is yang when its middle is inked too.

#include <QImage>
#include <QRectF>
#include <QString>
#include <cstdlib>
#include <vector>

namespace bartest {

struct Band
{
    int top = 0; // device pixel rows, inclusive
    int bottom = 0;
    bool yang = false;
};

inline int distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
           std::abs(qBlue(a) - qBlue(b));
}

// `rect` in device pixels; `background` the colour under the drawing.
inline std::vector<Band> scan(const QImage &image, const QRect &rect, QRgb background)
{
    const int probe = rect.left() + rect.width() / 10;
    const int middle = rect.left() + rect.width() / 2;
    std::vector<Band> bands;
    bool in = false;
    for (int y = std::max(0, rect.top() - 3); y <= std::min(image.height() - 1, rect.bottom() + 3);
         ++y) {
        const bool ink = distance(image.pixel(probe, y), background) > 96;
        if (ink && !in) bands.push_back({y, y, false});
        if (ink) bands.back().bottom = y;
        in = ink;
    }
    for (Band &b : bands)
        b.yang = distance(image.pixel(middle, (b.top + b.bottom) / 2), background) > 96;
    return bands;
}

// Pixels in the probe column that are neither background nor full ink:
// blurred edges. `ink` is the bars' colour.
inline int blurred(const QImage &image, const QRect &rect, QRgb background, QRgb ink)
{
    const int probe = rect.left() + rect.width() / 10;
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const QRgb p = image.pixel(probe, y);
        if (distance(p, background) > 24 && distance(p, ink) > 24) ++n;
    }
    return n;
}

// Bottom band first, as lines are numbered; "1" yang, "0" yin.
inline QString lines(const std::vector<Band> &bands)
{
    QString s;
    for (auto it = bands.rbegin(); it != bands.rend(); ++it)
        s += it->yang ? QLatin1Char('1') : QLatin1Char('0');
    return s;
}

} // namespace bartest
