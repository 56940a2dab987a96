// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>
#include <string_view>

namespace wm {

// The searchable fields a file's head provides besides its text: a title
// (front matter `title:`, else the document's first heading in the formats
// that have headings) and tags (front matter `tags:`/`tag:`/`keywords:`, as
// a YAML flow list, a block list, a comma list or a TOML array).
class DocumentFields
{
public:
    // Only this many leading bytes are looked at.
    static constexpr size_t headBytes = 16 * 1024;

    // `ext` is the lower-case extension without the dot.
    [[nodiscard]] static QString title(std::string_view head, const QString &ext);
    [[nodiscard]] static QStringList tags(std::string_view head);

private:
    static QString firstHeading(std::string_view head, const QString &ext);
};

} // namespace wm
