// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

// The one place errno becomes words. Messages users see in reports,
// warnings and exit-1 errors all come from here, so the same failure reads
// the same in every command.

// The system's message for `err` (strerror, decoded from the locale).
[[nodiscard]] QString errnoText(int err);
// The same for the current errno.
[[nodiscard]] QString lastErrnoText();
// Plain words for the errors users meet on files (permission denied, is a
// directory, symbolic link loop, name too long); ENOENT reads `vanished`,
// which names when the file went away ("vanished during the walk").
[[nodiscard]] QString fileErrorText(int err, const QString &vanished);

} // namespace wm
