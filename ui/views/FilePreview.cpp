// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FilePreview.h"

#include "search/PreviewEditor.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace wm::ui {

FilePreview::FilePreview(QWidget *parent)
    : QWidget(parent), m_job(new FilePreviewJob(this)), m_header(new QLabel(this)),
      m_text(new PreviewEditor(this)), m_message(new QLabel(this))
{
    qRegisterMetaType<FilePreviewReplyPtr>();
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAcceptDrops(false); // a dropped folder goes to the window
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // the palette's dimmed text
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message, 1);
    connect(m_job, &FilePreviewJob::ready, this, &FilePreview::onReady);
    showMessage(tr("Select a file to preview it."));
}

void FilePreview::showMessage(const QString &text)
{
    m_text->clearDocument();
    m_text->hide();
    m_syntax.clear();
    m_message->setText(text);
    m_message->show();
}

void FilePreview::showFile(const QString &root, const QString &relPath)
{
    ++m_generation;
    if (relPath.isEmpty()) {
        m_header->clear();
        showMessage(tr("Select a file to preview it."));
        return;
    }
    m_header->setText(QDir::toNativeSeparators(relPath));
    // Until the file is read: the previous file's text stays (no flicker
    // while arrowing through rows), a previous message does not.
    m_message->clear();
    FilePreviewRequest request;
    request.root = root;
    request.relPath = relPath;
    request.dark = palette().color(QPalette::Base).lightness() < 128;
    request.font = m_text->font();
    request.generation = m_generation;
    m_job->submit(request);
}

void FilePreview::onReady(const FilePreviewReplyPtr &reply)
{
    using Kind = FilePreviewReply::Kind;
    if (reply->request.generation != m_generation || reply->kind == Kind::Cancelled) return;
    const QString &rel = reply->request.relPath;
    const QLocale loc;
    switch (reply->kind) {
    case Kind::Folder:
        showMessage(tr("%1 is a folder.").arg(rel));
        break;
    case Kind::Unreadable:
        showMessage(tr("Cannot read this file: %1").arg(reply->error));
        break;
    case Kind::Binary:
        showMessage(tr("Binary file (%1): no preview.").arg(loc.formattedDataSize(reply->size)));
        break;
    case Kind::Text: {
        QTextDocument *doc = reply->document.release();
        if (reply->cut) {
            QTextCursor end(doc);
            end.movePosition(QTextCursor::End);
            end.insertText(QLatin1String("\n\n") + tr("[… the first %1 of %2 shown]")
                                                       .arg(loc.formattedDataSize(maxBytes),
                                                            loc.formattedDataSize(reply->size)));
        }
        m_message->hide();
        m_text->show();
        m_text->showDocument(doc, {}, reply->colors.background, reply->colors.text,
                             reply->colors.lineNumbers);
        m_syntax = reply->syntax;
        m_header->setText(QDir::toNativeSeparators(rel) +
                          (m_syntax.isEmpty() ? QString() : QStringLiteral("  ·  ") + m_syntax));
        break;
    }
    case Kind::Cancelled:
        return;
    }
    Q_EMIT shown(rel);
}

QString FilePreview::text() const
{
    return m_text->isVisible() || !m_text->document()->isEmpty() ? m_text->toPlainText()
                                                                 : QString();
}

QString FilePreview::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace wm::ui
