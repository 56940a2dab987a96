// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BodyCodec.h"

#include <lz4frame.h>
#include <new>

namespace wm {
namespace {

LZ4F_preferences_t preferences(size_t size)
{
    LZ4F_preferences_t p = LZ4F_INIT_PREFERENCES;
    p.frameInfo.blockSizeID = LZ4F_max64KB;
    p.frameInfo.blockMode = LZ4F_blockLinked;
    p.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
    p.frameInfo.contentSize = size;
    p.compressionLevel = 0; // the fast mode: compressing must not slow the index build
    return p;
}

// Texts are capped at a few MiB; anything claiming more is damage.
constexpr long long maxText = 1LL << 30;

void wmBody(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    sqlite3_value *arg = argv[0];
    if (sqlite3_value_type(arg) == SQLITE_NULL) return; // NULL in, NULL out
    if (sqlite3_value_type(arg) != SQLITE_BLOB) {
        sqlite3_result_error(ctx, "wm_body: not a stored body", -1);
        sqlite3_result_error_code(ctx, SQLITE_CORRUPT);
        return;
    }
    const auto *data = static_cast<const char *>(sqlite3_value_blob(arg));
    const std::string_view frame(data, size_t(sqlite3_value_bytes(arg)));
    const long long size = BodyCodec::textSize(frame);
    auto *dctx = static_cast<LZ4F_dctx *>(sqlite3_user_data(ctx));
    char *text =
        size >= 0 ? static_cast<char *>(sqlite3_malloc64(sqlite3_uint64(size) + 1)) : nullptr;
    if (size >= 0 && text == nullptr) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (size < 0 || !BodyCodec::decompress(dctx, frame, text, size_t(size))) {
        sqlite3_free(text);
        sqlite3_result_error(ctx, "a stored text of the index is damaged", -1);
        sqlite3_result_error_code(ctx, SQLITE_CORRUPT);
        return;
    }
    sqlite3_result_text64(ctx, text, sqlite3_uint64(size), sqlite3_free, SQLITE_UTF8);
}

} // namespace

void BodyCodec::DctxFree::operator()(LZ4F_dctx_s *dctx) const
{
    LZ4F_freeDecompressionContext(dctx);
}

BodyCodec::Decompressor BodyCodec::makeDecompressor()
{
    LZ4F_dctx *dctx = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&dctx, LZ4F_VERSION))) throw std::bad_alloc();
    return Decompressor(dctx);
}

void BodyCodec::compress(std::string_view text, std::string &out)
{
    const LZ4F_preferences_t prefs = preferences(text.size());
    out.resize(LZ4F_compressFrameBound(text.size(), &prefs));
    const size_t n = LZ4F_compressFrame(out.data(), out.size(), text.data(), text.size(), &prefs);
    // Only a too small buffer fails, and compressFrameBound rules that out.
    if (LZ4F_isError(n)) throw std::bad_alloc();
    out.resize(n);
}

long long BodyCodec::textSize(std::string_view head)
{
    // Magic (4), flags (2), content size (8), header checksum (1); an empty
    // text has no size field (LZ4F writes 0 as "unknown").
    if (head.size() < 7) return -1;
    const auto *u = reinterpret_cast<const unsigned char *>(head.data());
    if (u[0] != 0x04 || u[1] != 0x22 || u[2] != 0x4D || u[3] != 0x18) return -1;
    if ((u[4] & 0x08) == 0) return 0;
    if (head.size() < 15) return -1;
    unsigned long long size = 0;
    for (int i = 7; i >= 0; --i)
        size = (size << 8) | u[6 + i];
    return size <= static_cast<unsigned long long>(maxText) ? static_cast<long long>(size) : -1;
}

bool BodyCodec::decompress(LZ4F_dctx_s *dctx, std::string_view frame, char *out, size_t size)
{
    LZ4F_resetDecompressionContext(dctx);
    size_t produced = 0, consumed = 0;
    for (;;) {
        size_t dst = size - produced;
        size_t src = frame.size() - consumed;
        const size_t hint =
            LZ4F_decompress(dctx, out + produced, &dst, frame.data() + consumed, &src, nullptr);
        if (LZ4F_isError(hint)) return false;
        produced += dst;
        consumed += src;
        if (hint == 0) return produced == size && consumed == frame.size();
        // More input wanted but none left, or output full with more to come.
        if (consumed == frame.size() || (src == 0 && dst == 0)) return false;
    }
}

bool BodyCodec::decompress(std::string_view frame, std::string &out)
{
    const long long size = textSize(frame);
    if (size < 0) return false;
    out.resize(size_t(size));
    thread_local Decompressor dctx = makeDecompressor();
    if (decompress(dctx.get(), frame, out.data(), out.size())) return true;
    out.clear();
    return false;
}

int BodyCodec::registerOn(sqlite3 *db)
{
    Decompressor dctx = makeDecompressor();
    const int rc = sqlite3_create_function_v2(
        db, "wm_body", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, dctx.get(), wmBody,
        nullptr, nullptr, [](void *p) { DctxFree()(static_cast<LZ4F_dctx *>(p)); });
    // On failure SQLite has called the destructor already.
    dctx.release();
    return rc;
}

} // namespace wm
