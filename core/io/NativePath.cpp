// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "NativePath.h"

#include "UniqueFd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace wm {
namespace {

constexpr char16_t escapeBase = 0xDC00;

// Length of the valid UTF-8 sequence at s[i], or 0 when the byte there does
// not start one (overlong forms, surrogates and values above U+10FFFF are
// invalid, as in the Unicode standard).
size_t sequenceAt(std::string_view s, size_t i, char32_t &cp)
{
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    size_t n = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    return n;
}

// Paths are nearly always plain ASCII, where both directions are a plain
// widening or narrowing that Qt does with SIMD; the byte-by-byte loops
// below cost about 20 instructions a character (measured with callgrind:
// a quarter of wm's own start-up work for 4,000 file arguments).
bool isAscii(std::string_view s)
{
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, s.data() + i, 8);
        if ((word & 0x8080808080808080ULL) != 0) return false;
    }
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
    return true;
}

bool isAscii(QStringView s)
{
    char16_t any = 0;
    for (const QChar c : s)
        any |= c.unicode();
    return any < 0x80;
}

} // namespace

QString NativePath::decode(std::string_view bytes)
{
    if (!bytes.empty() && isAscii(bytes))
        return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
    QString out;
    out.reserve(qsizetype(bytes.size()));
    for (size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const size_t n = sequenceAt(bytes, i, cp);
        if (n == 0) {
            out += QChar(char16_t(escapeBase + static_cast<unsigned char>(bytes[i])));
            ++i;
            continue;
        }
        if (cp < 0x10000) {
            out += QChar(char16_t(cp));
        } else {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        }
        i += n;
    }
    return out;
}

QByteArray NativePath::encode(QStringView path)
{
    if (!path.isEmpty() && isAscii(path)) return path.toLatin1();
    QByteArray out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t u = path[i].unicode();
        char32_t cp = u;
        if (QChar::isHighSurrogate(u) && i + 1 < path.size() &&
            QChar::isLowSurrogate(path[i + 1].unicode())) {
            cp = QChar::surrogateToUcs4(u, path[i + 1].unicode());
            ++i;
        } else if (u >= 0xDC80 && u <= 0xDCFF) {
            out += char(u - escapeBase); // an escaped byte
            continue;
        } else if (QChar::isSurrogate(u)) {
            cp = 0xFFFD; // a lone surrogate nobody escaped: not representable
        }
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

std::string NativePath::encodeStd(QStringView path)
{
    return encode(path).toStdString();
}

QString NativePath::display(QStringView path)
{
    QString out = path.toString();
    // Lone surrogates (paired ones are real characters) become U+FFFD.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c.isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) out[i] = QChar(0xFFFD);
    }
    return out;
}

QString NativePath::displayBytes(std::string_view bytes)
{
    return display(decode(bytes));
}

bool NativePath::isValidUtf8(std::string_view bytes)
{
    for (size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const size_t n = sequenceAt(bytes, i, cp);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool NativePath::hasEscapes(QStringView path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t u = path[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < path.size() &&
            QChar::isLowSurrogate(path[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (u >= 0xDC80 && u <= 0xDCFF) return true;
    }
    return false;
}

int NativePath::openBelow(int rootFd, std::string_view rel, int flags)
{
    flags |= O_CLOEXEC;
    const std::string path(rel.empty() ? std::string_view(".") : rel);
    int fd = -1;
    if ((flags & O_NOFOLLOW) != 0) {
        open_how how{};
        how.flags = quint64(flags);
        how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH;
        fd = int(::syscall(SYS_openat2, rootFd, path.c_str(), &how, sizeof how));
        // Kernels before 5.6 lack openat2: the last component is still checked.
        if (fd < 0 && errno == ENOSYS) fd = ::openat(rootFd, path.c_str(), flags);
    } else {
        fd = ::openat(rootFd, path.c_str(), flags);
    }
    if (fd >= 0 || errno != ENAMETOOLONG) return fd;
    UniqueFd dir;
    int at = rootFd;
    const int dirFlags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (flags & O_NOFOLLOW);
    while (true) {
        const size_t slash = rel.find('/');
        const std::string part(rel.substr(0, slash));
        if (slash == std::string_view::npos) return ::openat(at, part.c_str(), flags);
        UniqueFd next(::openat(at, part.c_str(), dirFlags));
        if (!next.valid()) return -1;
        dir = std::move(next);
        at = dir.get();
        rel.remove_prefix(slash + 1);
    }
}

} // namespace wm
