// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <memory>
#include <vector>

namespace wm::ui {

// One folder of the audited tree with the totals of everything below it.
// Children are kept in display order (largest first); only the first
// `announced` of them have been inserted into the views so far.
struct FolderNode
{
    QString name;
    QString path; // relative to the root, no trailing '/'; "" for the root
    FolderNode *parent = nullptr;
    std::vector<std::unique_ptr<FolderNode>> children;
    int row = 0;          // position among the parent's children
    int announced = 0;    // children the views know about
    bool visible = false; // this node itself has been announced
    bool touched = false; // totals changed in the current batch
    int depth = 0;
    qint64 files = 0;
    qint64 lines = 0;
    qint64 bytes = 0;
    qint64 tokens = 0;
};

} // namespace wm::ui
