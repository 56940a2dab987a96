// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FilePreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace wm::ui {

FilePreview::FilePreview(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_message(new QLabel(this))
{
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setAcceptDrops(false); // a dropped folder goes to the window
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // the palette's dimmed text
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message, 1);
    showMessage(tr("Select a file to preview it."));
}

void FilePreview::showMessage(const QString &text)
{
    m_text->clear();
    m_text->hide();
    m_message->setText(text);
    m_message->show();
}

void FilePreview::showFile(const QString &root, const QString &relPath)
{
    if (relPath.isEmpty()) {
        m_header->clear();
        showMessage(tr("Select a file to preview it."));
        return;
    }
    const QString path = QDir(root).filePath(relPath);
    m_header->setText(QDir::toNativeSeparators(relPath));
    const QFileInfo info(path);
    if (info.isDir()) {
        showMessage(tr("%1 is a folder.").arg(relPath));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read this file: %1").arg(f.errorString()));
        return;
    }
    const QByteArray head = f.read(maxBytes);
    if (head.left(8192).contains('\0')) {
        showMessage(
            tr("Binary file (%1): no preview.").arg(QLocale().formattedDataSize(info.size())));
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(head);
    if (info.size() > maxBytes) {
        text += QLatin1String("\n\n");
        text += tr("[… the first %1 of %2 shown]")
                    .arg(QLocale().formattedDataSize(maxBytes),
                         QLocale().formattedDataSize(info.size()));
    }
    m_message->hide();
    m_text->show();
    m_text->setPlainText(text);
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
