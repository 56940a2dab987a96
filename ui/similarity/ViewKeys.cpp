// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ViewKeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace wm::ui {

ViewKeys::ViewKeys(QWidget *view, std::function<void()> refresh, std::function<void()> cancel,
                   std::function<bool()> cancellable)
    : QObject(view), m_view(view), m_refresh(std::move(refresh)), m_cancel(std::move(cancel)),
      m_cancellable(std::move(cancellable))
{
    qApp->installEventFilter(this);
}

ViewKeys::~ViewKeys()
{
    qApp->removeEventFilter(this);
}

int ViewKeys::commandFor(QEvent *event) const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!m_view || !m_view->isVisible() || !focus ||
        (focus != m_view && !m_view->isAncestorOf(focus)))
        return 0;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Refresh)) return 1;
    if (key->matches(QKeySequence::Cancel) && m_cancellable()) return 2;
    return 0;
}

bool ViewKeys::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ShortcutOverride && type != QEvent::KeyPress) || !watched->isWidgetType())
        return false;
    const int command = commandFor(event);
    if (command == 0) return false;
    if (type == QEvent::ShortcutOverride) {
        event->accept(); // the key press comes to us, not to the window's action
        return true;
    }
    if (command == 1)
        m_refresh();
    else
        m_cancel();
    return true;
}

} // namespace wm::ui
