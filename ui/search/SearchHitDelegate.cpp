// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchHitDelegate.h"

#include "SearchResultModel.h"

#include <QApplication>
#include <QPainter>

namespace wm::ui {
namespace {

constexpr int kPad = 4;

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

} // namespace

SearchHitDelegate::SearchHitDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

QColor SearchHitDelegate::hitBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x66);
}

QList<QTextLayout::FormatRange>
SearchHitDelegate::highlightRanges(const QList<HitSpan> &spans, int length, const QPalette &palette)
{
    QList<QTextLayout::FormatRange> out;
    QTextCharFormat f;
    f.setBackground(hitBackground(palette));
    f.setForeground(isDark(palette) ? Qt::white : Qt::black); // also on a selected row
    f.setFontWeight(QFont::Bold);
    for (const HitSpan &s : spans) {
        if (s.start < 0 || s.length <= 0 || s.start + s.length > length) continue;
        out.append({s.start, s.length, f});
    }
    return out;
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const int lh = option.fontMetrics.height();
    const bool title = !index.data(SearchResultModel::TitleRole).toString().isEmpty();
    const bool snippet = !index.data(SearchResultModel::SnippetRole).toString().isEmpty();
    const int lines = 1 + (title ? 1 : 0) + (snippet ? 1 : 0);
    return {200, lines * lh + 3 * kPad};
}

void SearchHitDelegate::drawLine(QPainter *painter, const QRect &rect, const QString &text,
                                 QList<QTextLayout::FormatRange> formats, const QFont &font,
                                 const QColor &color) const
{
    // One line, cut at the right edge (snippets are a line already).
    QTextLayout layout(text, font);
    QTextOption opt;
    opt.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(opt);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(color);
    layout.draw(painter, rect.topLeft());
    painter->restore();
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString savedText = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, focus

    const auto *model = qobject_cast<const SearchResultModel *>(index.model());
    if (model == nullptr) return;
    const SearchHit &hit = model->hit(index.row());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const int lh = opt.fontMetrics.height();
    QRect r = opt.rect.adjusted(kPad * 2, kPad, -kPad * 2, 0);
    r.setHeight(lh);

    // Line 1: name in bold, then the folder, dimmed.
    QFont bold = opt.font;
    bold.setBold(true);
    const QString name = SearchResultModel::nameOf(hit.path);
    drawLine(painter, r, name, {}, bold, text);
    const int nameWidth = QFontMetrics(bold).horizontalAdvance(name) + 3 * kPad;
    const QString folder = SearchResultModel::folderOf(hit.path);
    if (!folder.isEmpty() && nameWidth < r.width()) {
        const QString elided =
            opt.fontMetrics.elidedText(folder, Qt::ElideMiddle, r.width() - nameWidth);
        drawLine(painter, r.adjusted(nameWidth, 0, 0, 0), elided, {}, opt.font, dim);
    }
    if (!hit.title.isEmpty()) {
        r.translate(0, lh + kPad / 2);
        QFont italic = opt.font;
        italic.setItalic(true);
        drawLine(painter, r, hit.title, highlightRanges(hit.titleHits, int(hit.title.size()), pal),
                 italic, text);
    }
    if (!hit.snippet.isEmpty()) {
        r.translate(0, lh + kPad / 2);
        int indent = 0;
        if (hit.line > 0) {
            const QString no = tr("%1:").arg(hit.line);
            drawLine(painter, r, no, {}, opt.font, dim);
            indent = opt.fontMetrics.horizontalAdvance(no) + kPad;
        }
        drawLine(painter, r.adjusted(indent, 0, 0, 0), hit.snippet,
                 highlightRanges(hit.hits, int(hit.snippet.size()), pal), opt.font, text);
    }
    Q_UNUSED(savedText);
}

} // namespace wm::ui
