// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FilePreviewJob.h"

#include <QWidget>

class QLabel;

namespace wm::ui {

class PreviewEditor;

// Read-only view of the audit's selected file: its first part with line
// numbers and syntax colours (read and coloured by FilePreviewJob, off the
// GUI thread), or a clear message for binaries, folders and files that
// cannot be read.
class FilePreview : public QWidget
{
    Q_OBJECT
public:
    explicit FilePreview(QWidget *parent = nullptr);

    // `relPath` relative to `root`; empty clears the preview. The file
    // appears when it is read (shown() then).
    void showFile(const QString &root, const QString &relPath);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString syntaxName() const { return m_syntax; }

    static constexpr qint64 maxBytes = FilePreviewJob::maxBytes;

Q_SIGNALS:
    // The selected file's text or message is on screen (tests wait for it).
    void shown(const QString &relPath);

private:
    void showMessage(const QString &text);
    void onReady(const FilePreviewReplyPtr &reply);

    FilePreviewJob *m_job;
    QLabel *m_header;
    PreviewEditor *m_text;
    QLabel *m_message;
    quint64 m_generation = 0;
    QString m_syntax;
};

} // namespace wm::ui
