// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QTreeView>

namespace wm::ui {

class ErrorListModel;

// Every unreadable or skipped file with its reason.
class ErrorsPanel : public QTreeView
{
    Q_OBJECT
public:
    explicit ErrorsPanel(ErrorListModel *model, QWidget *parent = nullptr);
};

} // namespace wm::ui
