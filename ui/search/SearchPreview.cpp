// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchPreview.h"

#include "PreviewEditor.h"
#include "SearchUiLogging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <ctime>

namespace wm::ui {

SearchPreview::SearchPreview(QWidget *parent)
    : QWidget(parent), m_job(new PreviewJob(this)), m_title(new QLabel(this)),
      m_counter(new QLabel(this)), m_prev(new QToolButton(this)), m_next(new QToolButton(this)),
      m_editor(new PreviewEditor(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("searchPreview"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prev->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_prev->setToolTip(tr("Previous hit (Shift+F3)"));
    m_next->setToolTip(tr("Next hit (F3)"));
    m_prev->setAutoRaise(true);
    m_next->setAutoRaise(true);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_counter);
    head->addWidget(m_prev);
    head->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    connect(m_prev, &QToolButton::clicked, this, &SearchPreview::previousHit);
    connect(m_next, &QToolButton::clicked, this, &SearchPreview::nextHit);
    connect(m_job, &PreviewJob::ready, this, &SearchPreview::onReady);
    connect(m_editor, &PreviewEditor::currentHitChanged, this, [this](int i, int n) {
        m_counter->setText(n == 0 ? tr("no hits in the text")
                                  : tr("hit %1 of %2").arg(i + 1).arg(QLocale().toString(n)));
        m_prev->setEnabled(n > 1);
        m_next->setEnabled(n > 1);
    });
    clear();
}

void SearchPreview::load(const PreviewRequest &request)
{
    PreviewRequest r = request;
    r.generation = ++m_generation;
    r.dark = palette().color(QPalette::Base).lightness() < 128;
    r.font = m_editor->font();
    m_title->setText(QDir::toNativeSeparators(request.path));
    m_counter->setText(tr("loading…"));
    m_job->submit(r);
}

void SearchPreview::clear()
{
    ++m_generation;
    m_title->setText(tr("Select a result to preview it."));
    m_counter->clear();
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
    setNote({});
    m_shownPath.clear();
    m_editor->clearDocument();
}

void SearchPreview::nextHit()
{
    m_editor->nextHit();
}

void SearchPreview::previousHit()
{
    m_editor->previousHit();
}

QString SearchPreview::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void SearchPreview::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void SearchPreview::onReady(const PreviewReplyPtr &reply)
{
    if (reply->request.generation != m_generation) return; // a later selection won
    if (!reply->doc.ok() || !reply->document) {
        if (reply->doc.status == DocumentText::Status::Cancelled) return;
        m_editor->clearDocument();
        m_counter->clear();
        setNote(reply->doc.error.isEmpty() ? tr("Cannot preview this file.") : reply->doc.error);
        return;
    }
    QStringList notes;
    const QLocale loc;
    if (reply->doc.cut)
        notes << tr("Showing the first %1 of %2 indexed; hits further on are not shown.")
                     .arg(loc.formattedDataSize(PreviewJob::maxBytes),
                          loc.formattedDataSize(reply->doc.indexedBytes));
    if (reply->doc.truncated)
        notes << tr("Only the first %1 of this %2 file is indexed.")
                     .arg(loc.formattedDataSize(reply->doc.indexedBytes),
                          loc.formattedDataSize(reply->doc.size));
    if (reply->changedOnDisk)
        notes << tr("The file changed since it was indexed: this is the indexed text; the index "
                    "is brought up to date in the background.");
    // The coloured version of a large file replaces its interim plain one
    // where the user is: same hit, same scroll position.
    const bool sameFile = m_shownPath == reply->request.path && m_interim;
    const int current = sameFile ? std::max(0, m_editor->currentHit()) : 0;
    if (reply->interim) notes << tr("Colouring…");
    setNote(notes.join(QLatin1Char(' ')));
    m_interim = reply->interim;
    m_syntax = reply->syntax;
    m_shownPath = reply->request.path;
    QElapsedTimer t;
    t.start();
    timespec cpu0{}, cpu1{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
    m_editor->showDocument(reply->document.release(), reply->doc.hits, reply->colors.background,
                           reply->colors.text, reply->colors.lineNumbers, current);
    m_title->setText(QDir::toNativeSeparators(reply->request.path) +
                     (m_syntax.isEmpty() ? QString() : QStringLiteral("  ·  ") + m_syntax));
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
    qCDebug(lcUiSearch) << "preview of" << m_shownPath << "swapped in in" << t.nsecsElapsed() / 1e6
                        << "ms, CPU"
                        << double(cpu1.tv_sec - cpu0.tv_sec) * 1e3 +
                               double(cpu1.tv_nsec - cpu0.tv_nsec) / 1e6
                        << "ms";
    Q_EMIT shown(m_shownPath);
}

} // namespace wm::ui
