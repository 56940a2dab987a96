// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SyntaxColorizer.h"

#include "concurrency/CancelToken.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <unordered_map>

#if WM_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace wm::ui {

#if WM_HAVE_KSYNTAXHIGHLIGHTING
namespace ksh = KSyntaxHighlighting;

namespace {

// Collects a line's formats instead of painting them.
class LineFormatter : public ksh::AbstractHighlighter
{
public:
    QList<QTextLayout::FormatRange> ranges;

    ksh::State line(QStringView text, const ksh::State &state)
    {
        ranges.clear();
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme())) return;
        ranges.append({offset, length, charFormat(format)});
    }

private:
    QTextCharFormat charFormat(const ksh::Format &format)
    {
        const auto it = m_cache.find(format.id());
        if (it != m_cache.end()) return it->second;
        const ksh::Theme t = theme();
        QTextCharFormat f;
        if (format.hasTextColor(t)) f.setForeground(format.textColor(t));
        if (format.hasBackgroundColor(t)) f.setBackground(format.backgroundColor(t));
        if (format.isBold(t)) f.setFontWeight(QFont::Bold);
        if (format.isItalic(t)) f.setFontItalic(true);
        if (format.isUnderline(t)) f.setFontUnderline(true);
        if (format.isStrikeThrough(t)) f.setFontStrikeOut(true);
        m_cache.emplace(format.id(), f);
        return f;
    }

    std::unordered_map<quint16, QTextCharFormat> m_cache;
};

} // namespace

struct SyntaxColorizer::Impl
{
    ksh::Repository repository; // loads the syntax index once per colorizer
    ksh::Theme theme(bool dark)
    {
        return repository.defaultTheme(dark ? ksh::Repository::DarkTheme
                                            : ksh::Repository::LightTheme);
    }
};

SyntaxColorizer::SyntaxColorizer() : d(std::make_unique<Impl>())
{
}

bool SyntaxColorizer::available()
{
    return true;
}

SyntaxColorizer::Colors SyntaxColorizer::colors(bool dark)
{
    const ksh::Theme t = d->theme(dark);
    Colors c;
    c.background = QColor::fromRgba(t.editorColor(ksh::Theme::BackgroundColor));
    c.text = QColor::fromRgba(t.textColor(ksh::Theme::Normal));
    c.lineNumbers = QColor::fromRgba(t.editorColor(ksh::Theme::LineNumbers));
    c.currentLine = QColor::fromRgba(t.editorColor(ksh::Theme::CurrentLine));
    c.themeName = t.name();
    return c;
}

QString SyntaxColorizer::colorize(QTextDocument &doc, const QString &fileName, bool dark,
                                  const CancelToken *cancel)
{
    const ksh::Definition def = d->repository.definitionForFileName(fileName);
    if (!def.isValid()) return {};
    LineFormatter f;
    f.setDefinition(def);
    f.setTheme(d->theme(dark));
    ksh::State state;
    int n = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if ((++n & 1023) == 0 && isCancelled(cancel)) break;
        const QString text = b.text();
        state = f.line(text, state);
        if (!f.ranges.isEmpty()) b.layout()->setFormats(f.ranges);
    }
    return def.name();
}

#else // plain-text fallback

struct SyntaxColorizer::Impl
{
};

SyntaxColorizer::SyntaxColorizer() = default;

bool SyntaxColorizer::available()
{
    return false;
}

SyntaxColorizer::Colors SyntaxColorizer::colors(bool dark)
{
    const QPalette p;
    Colors c;
    c.background = p.color(QPalette::Base);
    c.text = p.color(QPalette::Text);
    c.lineNumbers = p.color(QPalette::PlaceholderText);
    c.currentLine = p.color(QPalette::AlternateBase);
    c.themeName = dark ? QStringLiteral("palette (dark)") : QStringLiteral("palette (light)");
    return c;
}

QString SyntaxColorizer::colorize(QTextDocument &, const QString &, bool, const CancelToken *)
{
    return {};
}

#endif

SyntaxColorizer::~SyntaxColorizer() = default;

QString SyntaxColorizer::backendName()
{
    return QStringLiteral(WM_SYNTAX_HIGHLIGHTING_VERSION);
}

} // namespace wm::ui
