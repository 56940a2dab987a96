// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>

struct LZ4F_dctx_s;

namespace wm {

// How the index stores each file's text: one LZ4 frame per body, in the
// format of the `lz4` tool (so `lz4 -d` reads a body the sqlite3 shell
// wrote out with writefile()). Source text compresses to about a third,
// and the bodies were two thirds of an index. The frame records the text's
// length (readers allocate once) and a checksum of the text (damage is
// reported as damage). Blocks of 64 KiB, linked: a reader that needs the
// first kilobytes of a 4 MiB file (BodyBlob, for HitWindow) decodes only
// as far as it needs.
//
// registerOn() adds the SQL function wm_body(frame) → text to a
// connection. The views `bodytext` and `docview` use it, so FTS5's
// external content, highlight(), 'delete' and 'rebuild' see the text; a
// connection without it (the sqlite3 shell) can still read every table
// but not the text through those views.
class BodyCodec
{
public:
    struct DctxFree
    {
        void operator()(LZ4F_dctx_s *dctx) const;
    };
    using Decompressor = std::unique_ptr<LZ4F_dctx_s, DctxFree>;

    // `text` as a frame, in `out` (replaced).
    static void compress(std::string_view text, std::string &out);
    // The text's length from a frame's header: -1 when `head` (the first
    // bytes of a frame, 19 are enough) is no frame of ours.
    static long long textSize(std::string_view head);
    // The whole text of `frame` in `out` (replaced). False when the frame
    // is damaged (bad header, data, length or checksum).
    static bool decompress(std::string_view frame, std::string &out);
    static bool decompress(LZ4F_dctx_s *dctx, std::string_view frame, char *out, size_t size);
    static Decompressor makeDecompressor();

    // wm_body() on `db`: deterministic and innocuous (usable in views
    // whatever trusted_schema says). A damaged frame is SQLITE_CORRUPT.
    static int registerOn(sqlite3 *db);
};

} // namespace wm
