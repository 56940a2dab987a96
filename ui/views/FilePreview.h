// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace wm::ui {

// Read-only view of the selected file: the first part of a large file, a
// clear message for binaries, folders and files that cannot be read.
class FilePreview : public QWidget
{
    Q_OBJECT
public:
    explicit FilePreview(QWidget *parent = nullptr);

    // `relPath` relative to `root`; empty clears the preview.
    void showFile(const QString &root, const QString &relPath);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString message() const;

    static constexpr qint64 maxBytes = 128 * 1024; // laid out on the GUI thread

private:
    void showMessage(const QString &text);

    QLabel *m_header;
    QPlainTextEdit *m_text;
    QLabel *m_message;
};

} // namespace wm::ui
