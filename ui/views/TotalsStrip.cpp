#include "TotalsStrip.h"

#include <QLocale>

namespace wm::ui {

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
    QString text = tr("%1 files · %2 · %3 lines (%4 code, %5 comments, %6 blank) · ≈ %7 tokens")
                       .arg(l.toString(t.files),
                            l.formattedDataSize(t.bytes, 1, QLocale::DataSizeTraditionalFormat),
                            l.toString(t.lines), l.toString(t.code), l.toString(t.comments),
                            l.toString(t.blanks), l.toString(t.tokens));
    if (t.binaries > 0) text += tr(" · %1 binary").arg(l.toString(t.binaries));
    if (t.errors > 0) text += tr(" · %1 unreadable").arg(l.toString(t.errors));
    if (qint64(shownRows) != t.files) text += tr(" — showing %1").arg(l.toString(shownRows));
    setText(text);
}

} // namespace wm::ui
