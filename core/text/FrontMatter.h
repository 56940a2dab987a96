// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <string_view>

namespace wm {

// The metadata block at the top of a Markdown-style document: YAML between
// "---" fences (closed by "---" or "..."), or TOML between "+++" fences.
// This is the one reader for it: the audit's summaries, the search index's
// title and tags fields and later the memory store all read it here, so a
// file means the same thing to each of them.
//
// YAML is parsed by yaml-cpp (quoted, folded and block scalars, flow and
// block lists behave as YAML says). Malformed front matter never throws:
// `error` says why it could not be read, and the document reads as if it
// had no metadata.
struct FrontMatter
{
    enum class Format
    {
        None,
        Yaml,
        Toml
    };

    Format format = Format::None;
    // Index of the first line after the closing fence; 0 without front matter.
    size_t bodyLine = 0;
    // Top-level keys in document order: scalars as QString, lists of
    // scalars as QStringList. Nested maps are left out.
    QStringList keys;
    QVariantMap fields;
    // Why the block could not be read ("line 3: ..."); empty when it could.
    QString error;

    // The `title` value, empty when absent or not a scalar.
    [[nodiscard]] QString title() const;
    // `tags`, `tag` and `keywords` (any case), in order, without duplicates;
    // a scalar value is a comma-separated list.
    [[nodiscard]] QStringList tags() const;

    // Reads the front matter at the very start of `head` (a leading UTF-8
    // BOM is skipped). An unterminated block is not front matter.
    [[nodiscard]] static FrontMatter read(std::string_view head);
};

} // namespace wm
