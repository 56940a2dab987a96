// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace wm::ui {

// F5 and Esc for a view, while the keyboard focus is inside it, ahead of
// the main window's Rescan and Stop: those actions own the same keys, and
// two enabled actions on one key cancel each other out (Qt's "ambiguous
// shortcut"). The filter claims the key in its ShortcutOverride, so Qt
// delivers it as a key press, which runs the view's own command.
class ViewKeys : public QObject
{
    Q_OBJECT
public:
    // `cancellable`: whether Esc means something to the view now (else the
    // window keeps it, e.g. to stop an audit).
    ViewKeys(QWidget *view, std::function<void()> refresh, std::function<void()> cancel,
             std::function<bool()> cancellable);
    ~ViewKeys() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] int commandFor(QEvent *event) const; // 0 none, 1 refresh, 2 cancel

    QPointer<QWidget> m_view;
    std::function<void()> m_refresh;
    std::function<void()> m_cancel;
    std::function<bool()> m_cancellable;
};

} // namespace wm::ui
