// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "PreviewJob.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace wm::ui {

class PreviewEditor;

// The preview pane: the selected hit's file at its first hit, with the
// hit counter, next/previous-hit buttons (F3 / Shift+F3, wired by the
// Search view) and a note when the preview is partial or out of date.
class SearchPreview : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPreview(QWidget *parent = nullptr);

    // Loads `request` in the background; the pane says so meanwhile.
    void load(const PreviewRequest &request);
    void clear();
    void nextHit();
    void previousHit();

    [[nodiscard]] PreviewEditor *editor() const { return m_editor; }
    [[nodiscard]] QString note() const;
    [[nodiscard]] QString syntaxName() const { return m_syntax; }
    [[nodiscard]] QString shownPath() const { return m_shownPath; }

Q_SIGNALS:
    // A preview is on screen (tests and the benchmark wait for it).
    void shown(const QString &path);

private:
    void onReady(const PreviewReplyPtr &reply);
    void setNote(const QString &text);

    PreviewJob *m_job;
    QLabel *m_title;
    QLabel *m_counter;
    QToolButton *m_prev;
    QToolButton *m_next;
    PreviewEditor *m_editor;
    QLabel *m_note;
    quint64 m_generation = 0;
    QString m_syntax;
    QString m_shownPath;
    bool m_interim = false; // the text shown waits for its colours
};

} // namespace wm::ui
