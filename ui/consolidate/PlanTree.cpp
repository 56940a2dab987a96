// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PlanTree.h"

namespace wm::ui {

int PlanTree::add(Kind kind, int ref, int parent)
{
    const int id = int(nodes.size());
    const auto siblings = [this, parent]() -> std::vector<int> & {
        return parent < 0 ? top : nodes[size_t(parent)].children;
    };
    // Added before the push_back, which may move the parent's vector.
    nodes.push_back({kind, ref, parent, int(siblings().size()), {}});
    siblings().push_back(id);
    return id;
}

PlanTree PlanTree::from(const ConsolidationPlan &plan)
{
    PlanTree t;
    const auto group = [&t](GroupKind g) { return t.add(Kind::Group, int(g), -1); };
    const int archive = group(GroupKind::Archive);
    const int promote = group(GroupKind::Promote);
    const int merge = group(GroupKind::Merge);
    const int digest = group(GroupKind::Digest);
    int keep = -1;
    for (size_t i = 0; i < plan.notes.size(); ++i) {
        switch (plan.notes[i].action) {
        case NoteAction::Archive:
            t.add(Kind::Note, int(i), archive);
            break;
        case NoteAction::Promote:
            t.add(Kind::Note, int(i), promote);
            break;
        case NoteAction::Keep:
            if (keep < 0) keep = -2; // counted below, after the action groups
            break;
        case NoteAction::Merge:
            break; // under their cluster
        }
    }
    for (size_t m = 0; m < plan.merges.size(); ++m) {
        const int cluster = t.add(Kind::Cluster, int(m), merge);
        for (qsizetype member : plan.merges[m].members)
            t.add(Kind::Note, int(member), cluster);
        t.add(Kind::Result, int(m), cluster);
    }
    if (!plan.digestPath.isEmpty()) t.add(Kind::Digest, -1, digest);
    if (keep == -2) {
        keep = group(GroupKind::Keep);
        for (size_t i = 0; i < plan.notes.size(); ++i)
            if (plan.notes[i].action == NoteAction::Keep) t.add(Kind::Note, int(i), keep);
    }
    if (!plan.malformed.empty()) {
        const int bad = group(GroupKind::Malformed);
        for (size_t i = 0; i < plan.malformed.size(); ++i)
            t.add(Kind::Malformed, int(i), bad);
    }
    if (!plan.errors.isEmpty()) {
        const int problems = group(GroupKind::Problems);
        for (qsizetype i = 0; i < plan.errors.size(); ++i)
            t.add(Kind::Problem, int(i), problems);
    }
    return t;
}

} // namespace wm::ui
