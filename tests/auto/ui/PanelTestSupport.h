// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Small helpers of tst_balancepanel: signal sets, progress ticks, a dark
// palette and a paint-event counter.

#include "audit/AuditProgress.h"
#include "balance/BalanceSignals.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>
#include <array>

namespace paneltest {

inline wm::BalanceSignals signalSet(std::array<double, 6> v)
{
    wm::BalanceSignals s;
    s.values = v;
    return s;
}

// Counts paint events of a widget and everything inside it.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *root)
    {
        root->installEventFilter(this);
        for (QWidget *w : root->findChildren<QWidget *>())
            w->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) ++count;
        return false;
    }
};

inline wm::AuditProgress progressAt(qint64 done)
{
    wm::AuditProgress p;
    p.found = done + 100;
    p.done = done;
    p.threads = 2;
    p.recommendedThreads = 3;
    return p;
}

inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x4e, 0x9a, 0xe6));
    return p;
}

} // namespace paneltest
