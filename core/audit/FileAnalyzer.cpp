// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FileAnalyzer.h"

#include "FileFacts.h"
#include "LanguageDetector.h"
#include "SourceCounter.h"
#include "Summarizer.h"
#include "common/TokenEstimator.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace wm {
namespace {

QString readError(int err)
{
    return fileErrorText(err, QStringLiteral("vanished during the audit"));
}

ssize_t readSome(int fd, char *buf, size_t n)
{
    for (;;) {
        const ssize_t r = ::read(fd, buf, n);
        if (r >= 0 || errno != EINTR) return r;
    }
}

QString languageName(const Language *l)
{
    return l ? QString::fromLatin1(l->name.data(), qsizetype(l->name.size())) : QString();
}

std::string_view fileName(const std::string &rel)
{
    const size_t slash = rel.rfind('/');
    return slash == std::string::npos ? std::string_view(rel)
                                      : std::string_view(rel).substr(slash + 1);
}

// One buffer per thread, reused for every file it reads.
std::vector<char> &threadBuffer()
{
    thread_local std::vector<char> buffer;
    if (buffer.size() < FileAnalyzer::bufferBytes) buffer.resize(FileAnalyzer::bufferBytes);
    return buffer;
}

} // namespace

// The file being read: its descriptor, the buffer and how much it holds.
struct FileAnalyzer::Reader
{
    int fd = -1;
    std::vector<char> &buffer;
    size_t filled = 0;
    bool eof = false;
    qint64 expected = -1; // st_size at open, -1 when unknown

    // Fills the buffer from `filled` on, up to its end or the end of the
    // file. Returns errno on failure, else 0.
    int fill()
    {
        while (!eof && filled < buffer.size()) {
            const ssize_t r = readSome(fd, buffer.data() + filled, buffer.size() - filled);
            if (r < 0) return errno;
            if (r == 0) {
                eof = true;
                break;
            }
            filled += size_t(r);
            // A regular file that returned all its fstat bytes in a read
            // that asked for more is at its end: no second read for the 0.
            if (expected >= 0 && qint64(filled) == expected && filled < buffer.size()) eof = true;
        }
        return 0;
    }
};

FileAnalyzer::FileAnalyzer(std::string rootNative, Options options)
    : m_root(std::move(rootNative)),
      m_rootFd(::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)), m_options(options)
{
}

// Rows the walk already decided (errors, link rows) and files over the size
// limit: no reading. Returns true when `rec` is complete.
bool FileAnalyzer::decidedWithoutReading(const WalkEntry &entry, FileRecord &rec) const
{
    if (!rec.error.isEmpty()) return true;
    if (entry.isDirectory) {
        rec.linkTarget = entry.linkTarget;
        rec.summary = QStringLiteral("link to %1 (listed there)").arg(entry.linkTarget);
        return true;
    }
    if (!entry.needsStat && m_options.maxFileSize > 0 && entry.size > m_options.maxFileSize) {
        overSizeLimit(entry, rec);
        return true;
    }
    return false;
}

namespace {

// The last component, NUL-terminated: a suffix of the path's own bytes.
const char *nameIn(const std::string &rel)
{
    const size_t slash = rel.rfind('/');
    return rel.c_str() + (slash == std::string::npos ? 0 : slash + 1);
}

void takeStat(const struct stat &st, FileRecord &rec)
{
    rec.bytes = st.st_size;
    rec.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
}

} // namespace

// Opens the file: by name in its open folder when the sorted walk handed
// one over (no path resolution from the root), else below the root.
int FileAnalyzer::openEntry(const WalkEntry &entry, int flags) const
{
    if (entry.folder)
        return ::openat(entry.folder->get(), nameIn(entry.nativeRel), flags | O_CLOEXEC);
    return m_rootFd.valid() ? NativePath::openBelow(m_rootFd.get(), entry.nativeRel, flags) : -1;
}

// Opens the file below the root; on failure says why in `rec` and returns
// no descriptor.
UniqueFd FileAnalyzer::openFile(const WalkEntry &entry, FileRecord &rec, qint64 &size) const
{
    // O_NONBLOCK: a file replaced by a FIFO after the walk must not hang us.
    const int flags = O_RDONLY | O_NONBLOCK | (m_options.followLinks ? 0 : O_NOFOLLOW);
    UniqueFd fd(openEntry(entry, flags));
    if (!fd.valid()) {
        const int err = entry.folder || m_rootFd.valid() ? errno : ENOENT;
        rec.error = err == ELOOP && !m_options.followLinks
                        ? QStringLiteral("replaced by a symbolic link (links are not followed)")
                        : readError(err);
        // The walk did not stat it: the row still shows size and mtime.
        struct stat st
        {
        };
        if (entry.needsStat && entry.folder &&
            ::fstatat(entry.folder->get(), nameIn(entry.nativeRel), &st, AT_SYMLINK_NOFOLLOW) == 0)
            takeStat(st, rec);
        return {};
    }
    struct stat st
    {
    };
    size = -1;
    if (::fstat(fd.get(), &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            rec.error = QStringLiteral("not a regular file");
            return {};
        }
        takeStat(st, rec); // the file may have changed since the walk
        size = st.st_size;
        if (entry.needsStat && m_options.maxFileSize > 0 && size > m_options.maxFileSize) {
            overSizeLimit(entry, rec);
            return {};
        }
    }
    return fd;
}

void FileAnalyzer::overSizeLimit(const WalkEntry &entry, FileRecord &rec) const
{
    rec.language = languageName(LanguageDetector::detect(fileName(entry.nativeRel), {}));
    rec.error = QStringLiteral("larger than the size limit (%1 bytes)").arg(m_options.maxFileSize);
}

// Streams the rest of the file through the counter, whole lines at a time.
bool FileAnalyzer::countAll(Reader &in, SourceCounter &counter, FileRecord &rec,
                            const CancelToken *cancel) const
{
    qint64 total = 0;
    for (;;) {
        // Hand over whole lines only; the tail waits for the next read.
        size_t usable = in.filled;
        if (!in.eof) {
            const void *nl = memrchr(in.buffer.data(), '\n', in.filled);
            if (nl != nullptr)
                usable = size_t(static_cast<const char *>(nl) - in.buffer.data()) + 1;
            else
                // One line longer than the buffer (minified code): feed all
                // but a tail longer than any comment token, so memory stays
                // bounded and tokens are not cut.
                usable = in.filled > 16 ? in.filled - 16 : 0;
        }
        counter.feed(in.buffer.data(), usable);
        total += qint64(usable);
        std::memmove(in.buffer.data(), in.buffer.data() + usable, in.filled - usable);
        in.filled -= usable;
        if (in.eof) break;
        if (isCancelled(cancel)) {
            rec.error = QStringLiteral("cancelled");
            return false;
        }
        in.expected = -1; // only the first fill may trust the size
        if (const int err = in.fill()) {
            rec.error = readError(err);
            return false;
        }
    }
    counter.finish();
    rec.bytes = total;
    rec.lines = counter.lines();
    rec.words = counter.words();
    rec.code = counter.code();
    rec.comments = counter.comments();
    rec.blanks = counter.blanks();
    rec.tokens = TokenEstimator::forBytes(total);
    return true;
}

FileRecord FileAnalyzer::analyze(const WalkEntry &entry, const CancelToken *cancel) const
{
    FileRecord rec;
    rec.path = entry.relPath;
    rec.pathBytes = QByteArray::fromStdString(entry.nativeRel);
    rec.bytes = entry.size;
    rec.mtimeMs = entry.mtimeMs;
    rec.error = entry.error;
    if (decidedWithoutReading(entry, rec)) return rec;

    qint64 size = -1;
    const UniqueFd fd = openFile(entry, rec, size);
    if (!fd.valid()) return rec;
    Reader in{fd.get(), threadBuffer()};
    in.expected = size;
    // Fill the first buffer completely: binary check, shebang and summary
    // look at the head of the file.
    if (const int err = in.fill()) {
        rec.error = readError(err);
        return rec;
    }
    const std::string_view head(in.buffer.data(), in.filled);
    const Language *lang = LanguageDetector::detect(fileName(entry.nativeRel), head.substr(0, 256));
    rec.language = languageName(lang);
    if (std::memchr(head.data(), 0, std::min(head.size(), binaryProbeBytes)) != nullptr) {
        rec.binary = true;
        return rec;
    }
    rec.summary = Summarizer::summarize(head, lang);
    FileFacts::collect(entry.nativeRel, head, lang, rec);
    SourceCounter counter(lang);
    countAll(in, counter, rec, cancel);
    return rec;
}

} // namespace wm
