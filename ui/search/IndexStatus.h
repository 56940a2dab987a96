// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/IndexStats.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace wm::ui {

// The search index's progress in the status bar: what the background
// update has done so far, with its rate; hidden when idle.
class IndexStatus : public QWidget
{
    Q_OBJECT
public:
    explicit IndexStatus(QWidget *parent = nullptr);
    void begin(const QString &root);
    void update(const IndexStats &stats);
    // `text` says how it ended; shown for a while, then hidden.
    void finish(const QString &text);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QElapsedTimer m_clock;
};

} // namespace wm::ui
