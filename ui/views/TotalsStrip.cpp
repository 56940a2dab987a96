// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TotalsStrip.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace wm::ui {
namespace {

// tr()'s plural count is an int. A larger figure (the tokens of a huge
// tree) picks the form for INT_MAX, which is the "many" form in every
// language we ship, and is then written in full.
int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString counted(QString text, qint64 n)
{
    const QLocale l;
    if (n > std::numeric_limits<int>::max())
        text.replace(l.toString(std::numeric_limits<int>::max()), l.toString(n));
    return text;
}

} // namespace

TotalsStrip::TotalsStrip(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(true); // a narrow window gets two lines rather than a cut
    setContentsMargins(4, 2, 4, 2);
    setTotals({}, 0);
}

void TotalsStrip::setTotals(const AuditTotals &t, int shownRows)
{
    const QLocale l;
    const QString lines =
        counted(tr("%Ln line(s)", nullptr, pluralCount(t.lines)), t.lines) + QLatin1Char(' ') +
        tr("(code %1, comments %2, blank %3)")
            .arg(l.toString(t.code), l.toString(t.comments), l.toString(t.blanks));
    QStringList parts{counted(tr("%Ln file(s)", nullptr, pluralCount(t.files)), t.files),
                      l.formattedDataSize(t.bytes, 1, QLocale::DataSizeTraditionalFormat), lines,
                      counted(tr("≈ %Ln token(s)", nullptr, pluralCount(t.tokens)), t.tokens)};
    if (t.binaries > 0)
        parts << counted(tr("%Ln binary file(s)", nullptr, pluralCount(t.binaries)), t.binaries);
    if (t.errors > 0)
        parts << counted(tr("%Ln unreadable file(s)", nullptr, pluralCount(t.errors)), t.errors);
    // A narrow window wraps between the parts, never inside one ("3 /
    // Binärdateien"): spaces within a part do not break.
    for (QString &p : parts)
        p.replace(QLatin1Char(' '), QChar::Nbsp);
    QString text = parts.join(QStringLiteral(" · "));
    if (qint64(shownRows) != t.files)
        text += QStringLiteral(" — ") + tr("%Ln shown", nullptr, shownRows);
    setText(text);
}

} // namespace wm::ui
