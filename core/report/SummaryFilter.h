// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// Whether a one-line summary or description tells a reader anything: a
// lone name ("Linus"), a placeholder ("foo"), an assignment ("VERSION = 6"),
// a bare word ("Speed."), a bracketed tag ("[LICENSING]") or a line of code
// does not. The report map drops those rather than spend tokens on them.
class SummaryFilter
{
public:
    [[nodiscard]] static bool isInformative(const QString &text);
};

} // namespace wm
