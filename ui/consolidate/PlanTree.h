// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "consolidate/ConsolidationPlan.h"

#include <vector>

namespace wm::ui {

// The shape of a consolidation plan as a tree: a group per action (archive,
// promote, merge, digest; then keep, malformed and unreadable when there
// are any), merge clusters under "merge" with their notes and the merged
// result, notes under the other groups. Nodes refer into the plan by index.
struct PlanTree
{
    enum class Kind
    {
        Group,     // ref: a GroupKind
        Note,      // ref: index into plan.notes
        Cluster,   // ref: index into plan.merges
        Result,    // ref: index into plan.merges (the merged note)
        Digest,    // the digest note
        Malformed, // ref: index into plan.malformed
        Problem    // ref: index into plan.errors
    };
    enum class GroupKind
    {
        Archive,
        Promote,
        Merge,
        Digest,
        Keep,
        Malformed,
        Problems
    };
    struct Node
    {
        Kind kind;
        int ref = -1;
        int parent = -1; // -1: top level
        int row = 0;     // among its parent's children
        std::vector<int> children;
    };
    std::vector<Node> nodes;
    std::vector<int> top; // the groups

    [[nodiscard]] static PlanTree from(const ConsolidationPlan &plan);

private:
    int add(Kind kind, int ref, int parent);
};

} // namespace wm::ui
