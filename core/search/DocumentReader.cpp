// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "DocumentReader.h"

#include "DocumentFields.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"
#include "text/Utf8Text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

namespace wm {
namespace {

QString readError(int err)
{
    return fileErrorText(err, QStringLiteral("vanished before it could be read"));
}

// Reads into buf[filled, want) until full or end of file; -1 on error.
// `endAt`: the size fstat gave. A read that comes back short having reached
// it is the end of the file: a small file then costs one read, not two.
ssize_t fill(int fd, std::string &buf, size_t filled, size_t want, size_t endAt)
{
    while (filled < want) {
        const size_t asked = want - filled;
        const ssize_t r = ::read(fd, buf.data() + filled, asked);
        if (r < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (r == 0) break;
        filled += size_t(r);
        if (size_t(r) < asked && filled >= endAt) break;
    }
    return ssize_t(filled);
}

} // namespace

DocumentReader::DocumentReader(std::string rootNative, qint64 maxContentBytes, bool followLinks)
    : m_root(std::move(rootNative)),
      m_rootFd(::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)),
      m_maxContent(maxContentBytes > 0 ? std::min(maxContentBytes, maxContentLimit)
                                       : defaultMaxContentBytes),
      m_followLinks(followLinks)
{
}

QString DocumentReader::extensionOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1) return {};
    return name.mid(dot + 1).toLower();
}

PreparedDoc DocumentReader::read(const WalkEntry &entry) const
{
    try {
        return readFile(entry);
    } catch (const std::bad_alloc &) {
        // One file too large for memory is that file's problem, not the run's.
        PreparedDoc doc;
        doc.key = entry.nativeRel;
        doc.path = entry.relPath;
        doc.kind = PreparedDoc::Kind::Unreadable;
        doc.error = QStringLiteral("too large to hold in memory");
        return doc;
    }
}

int DocumentReader::open(const WalkEntry &entry, int flags) const
{
    // The sorted walk hands over the file's folder, opened without following
    // links: one name to resolve instead of the whole path.
    if (entry.folder && entry.folder->valid() && !m_followLinks) {
        const size_t slash = entry.nativeRel.rfind('/');
        const char *name = entry.nativeRel.c_str() + (slash == std::string::npos ? 0 : slash + 1);
        return ::openat(entry.folder->get(), name, flags | O_CLOEXEC);
    }
    return m_rootFd.valid() ? NativePath::openBelow(m_rootFd.get(), entry.nativeRel, flags) : -1;
}

PreparedDoc DocumentReader::readFile(const WalkEntry &entry) const
{
    PreparedDoc doc;
    doc.key = entry.nativeRel;
    doc.path = entry.relPath;
    const qsizetype slash = doc.path.lastIndexOf(QLatin1Char('/'));
    doc.name = slash < 0 ? doc.path : doc.path.mid(slash + 1);
    doc.ext = extensionOf(doc.name);
    doc.size = entry.size;
    doc.mtimeMs = entry.mtimeMs;

    // O_NONBLOCK: a file replaced by a FIFO after the walk must not hang us.
    const int flags = O_RDONLY | O_NONBLOCK | (m_followLinks ? 0 : O_NOFOLLOW);
    const UniqueFd fd(open(entry, flags));
    struct stat st
    {
    };
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) {
        doc.kind = PreparedDoc::Kind::Unreadable;
        doc.error = readError(errno);
        return doc;
    }
    if (!S_ISREG(st.st_mode)) {
        doc.kind = PreparedDoc::Kind::Unreadable;
        doc.error = QStringLiteral("not a regular file");
        return doc;
    }
    // The file may have changed since the walk: store what was read.
    doc.size = st.st_size;
    doc.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;

    const size_t cap = size_t(m_maxContent);
    // First the head (the binary probe), then the rest up to the cap; one
    // byte beyond the cap tells a truncated file from one exactly at it.
    const auto fileSize = size_t(std::max<qint64>(st.st_size, 0));
    const size_t expected = std::min(fileSize, cap) + 1;
    // Sized for the file as fstat saw it: a two-line file costs a small
    // allocation, not the 8000 bytes of the probe.
    std::string buf;
    buf.resize(std::min(expected, size_t(64 * 1024)));
    ssize_t got = fill(fd.get(), buf, 0, buf.size(), fileSize);
    if (got >= 0 && size_t(got) == buf.size() && buf.size() < binaryProbeBytes) {
        // It grew since fstat: the probe still sees its first 8000 bytes.
        const size_t had = size_t(got);
        buf.resize(binaryProbeBytes);
        got = fill(fd.get(), buf, had, buf.size(), fileSize);
    }
    if (got < 0) {
        doc.kind = PreparedDoc::Kind::Unreadable;
        doc.error = readError(errno);
        return doc;
    }
    size_t filled = size_t(got);
    if (std::memchr(buf.data(), 0, std::min(filled, binaryProbeBytes)) != nullptr) {
        doc.kind = PreparedDoc::Kind::Binary;
        doc.hash = XXH3_64bits(buf.data(), filled);
        return doc;
    }
    if (filled == buf.size()) {
        // The file is at least as long as the head: read on, growing the
        // buffer if the file grew since fstat.
        size_t want = std::max(expected, filled);
        for (;;) {
            buf.resize(want);
            got = fill(fd.get(), buf, filled, want, fileSize);
            if (got < 0) {
                doc.kind = PreparedDoc::Kind::Unreadable;
                doc.error = readError(errno);
                return doc;
            }
            filled = size_t(got);
            if (filled < want || want > cap) break;
            want = std::min(want * 2, cap + 1);
        }
    }
    buf.resize(filled);
    if (buf.size() > cap) {
        doc.truncated = true;
        buf.resize(Utf8Text::boundaryAtOrBefore(buf, cap));
    }
    doc.hash = XXH3_64bits(buf.data(), buf.size());
    doc.repaired = Utf8Text::sanitize(buf);
    const std::string_view head = std::string_view(buf).substr(0, DocumentFields::headBytes);
    doc.title = DocumentFields::title(head, doc.ext);
    doc.tags = DocumentFields::tags(head).join(QStringLiteral(", "));
    doc.content = std::move(buf);
    return doc;
}

} // namespace wm
