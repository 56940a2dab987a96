// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SideBySideDiff.h"

#include "jobs/ThreadBudget.h"

#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QtConcurrent/QtConcurrentRun>

namespace wm::ui {

SideBySideDiff::SideBySideDiff(QWidget *parent)
    : QWidget(parent), m_leftTitle(new QLabel(this)), m_rightTitle(new QLabel(this)),
      m_left(new QPlainTextEdit(this)), m_right(new QPlainTextEdit(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("sideBySideDiff"));
    for (QLabel *l : {m_leftTitle, m_rightTitle, m_summary}) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Long paths must not widen the panel: the titles are cut, the tooltip
    // has them whole.
    for (QLabel *l : {m_leftTitle, m_rightTitle})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_leftTitle->setObjectName(QStringLiteral("diffLeftTitle"));
    m_rightTitle->setObjectName(QStringLiteral("diffRightTitle"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    for (QPlainTextEdit *e : {m_left, m_right}) {
        e->setReadOnly(true);
        e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        e->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_left->setAccessibleName(tr("Left text"));
    m_right->setAccessibleName(tr("Right text"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->addWidget(m_summary, 2, 0, 1, 2);
    grid->setRowStretch(1, 1);
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_left, m_right); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_right, m_left); });
    connect(&m_watcher, &QFutureWatcher<Prepared>::finished, this, &SideBySideDiff::onPrepared);
    clear();
}

SideBySideDiff::~SideBySideDiff()
{
    // The task only touches its own copies; waiting keeps the pool tidy.
    m_watcher.waitForFinished();
}

void SideBySideDiff::clear(const QString &hint)
{
    ++m_generation;
    m_diff = {};
    m_leftTitle->clear();
    m_rightTitle->clear();
    m_left->clear();
    m_right->clear();
    m_summary->setText(hint);
}

void SideBySideDiff::showTexts(const QString &leftTitle, const QString &left,
                               const QString &rightTitle, const QString &right)
{
    setTitles(leftTitle, rightTitle);
    run([left, right] {
        Prepared p;
        p.left = left;
        p.right = right;
        p.diff = TextDiff::compare(left, right);
        return p;
    });
}

void SideBySideDiff::showFiles(const QString &leftTitle, const QByteArray &leftPath,
                               const QString &rightTitle, const QByteArray &rightPath)
{
    setTitles(leftTitle, rightTitle);
    run([leftPath, rightPath] {
        Prepared p;
        p.left = readText(leftPath, &p.leftCut, &p.leftError);
        p.right = readText(rightPath, &p.rightCut, &p.rightError);
        if (p.leftError.isEmpty() && p.rightError.isEmpty())
            p.diff = TextDiff::compare(p.left, p.right);
        return p;
    });
}

void SideBySideDiff::setTitles(const QString &left, const QString &right)
{
    m_leftTitle->setText(left);
    m_leftTitle->setToolTip(left);
    m_rightTitle->setText(right);
    m_rightTitle->setToolTip(right);
}

void SideBySideDiff::run(std::function<Prepared()> work)
{
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Comparing…"));
    // A comparison still running finishes on the pool; its result is
    // dropped by generation. QFutureWatcher follows the newest future.
    m_watcher.setFuture(QtConcurrent::run(ThreadBudget::pool(), [work, generation] {
        Prepared p = work();
        p.generation = generation;
        return p;
    }));
}

QString SideBySideDiff::readText(const QByteArray &path, bool *cut, QString *error)
{
    QFile f(QFile::decodeName(path));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    const QByteArray bytes = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError) *error = f.errorString();
    *cut = bytes.size() > maxBytes;
    return QString::fromUtf8(bytes.left(maxBytes)); // invalid UTF-8 becomes U+FFFD
}

void SideBySideDiff::onPrepared()
{
    if (m_watcher.future().resultCount() == 0) return;
    const Prepared p = m_watcher.result();
    if (p.generation != m_generation) return;
    m_diff = p.diff;
    m_left->setPlainText(p.leftError.isEmpty() ? p.left : tr("Cannot read: %1").arg(p.leftError));
    m_right->setPlainText(p.rightError.isEmpty() ? p.right
                                                 : tr("Cannot read: %1").arg(p.rightError));
    applyHighlights();
    m_summary->setText(summaryText(p));
    Q_EMIT diffShown();
}

QString SideBySideDiff::summaryText(const Prepared &p) const
{
    if (!p.leftError.isEmpty() || !p.rightError.isEmpty())
        return tr("The files could not be compared.");
    QString text = p.diff.identical()
                       ? tr("Identical.")
                       : tr("%Ln word(s) only on the left", nullptr, p.diff.removedWords) +
                             QStringLiteral(" · ") +
                             tr("%Ln word(s) only on the right", nullptr, p.diff.addedWords);
    if (p.diff.coarse) text += QStringLiteral(" · ") + tr("compared line by line (large change)");
    if (p.leftCut || p.rightCut)
        text += QStringLiteral(" · ") + tr("shown up to the first %1 KiB").arg(maxBytes / 1024);
    return text;
}

void SideBySideDiff::applyHighlights()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor removed = dark ? QColor(0x6b, 0x25, 0x25) : QColor(0xff, 0xcc, 0xc7);
    const QColor added = dark ? QColor(0x1f, 0x55, 0x2e) : QColor(0xc6, 0xf2, 0xcf);
    const auto paint = [](QPlainTextEdit *edit, const std::vector<TextDiff::Range> &ranges,
                          const QColor &colour) {
        QList<QTextEdit::ExtraSelection> list;
        const int n = std::min<int>(int(ranges.size()), maxHighlights);
        list.reserve(n);
        for (int i = 0; i < n; ++i) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(edit->document());
            s.cursor.setPosition(ranges[size_t(i)].start);
            s.cursor.setPosition(ranges[size_t(i)].start + ranges[size_t(i)].length,
                                 QTextCursor::KeepAnchor);
            s.format.setBackground(colour);
            list.push_back(s);
        }
        edit->setExtraSelections(list);
    };
    paint(m_left, m_diff.removed, removed);
    paint(m_right, m_diff.added, added);
}

void SideBySideDiff::syncScroll(QPlainTextEdit *from, QPlainTextEdit *to)
{
    if (m_syncing) return;
    m_syncing = true;
    const QScrollBar *a = from->verticalScrollBar();
    QScrollBar *b = to->verticalScrollBar();
    if (a->maximum() > 0)
        b->setValue(int(double(a->value()) / double(a->maximum()) * double(b->maximum()) + 0.5));
    m_syncing = false;
}

void SideBySideDiff::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyHighlights();
}

} // namespace wm::ui
