// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FileAnalyzer.h"

#include "LanguageDetector.h"
#include "SourceCounter.h"
#include "Summarizer.h"
#include "common/TokenEstimator.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <QLocale>
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

} // namespace

FileAnalyzer::FileAnalyzer(std::string rootNative, Options options)
    : m_root(std::move(rootNative)),
      m_rootFd(::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)), m_options(options)
{
}

FileRecord FileAnalyzer::analyze(const WalkEntry &entry, const CancelToken *cancel) const
{
    FileRecord rec;
    rec.path = entry.relPath;
    rec.pathBytes = QByteArray::fromStdString(entry.nativeRel);
    rec.bytes = entry.size;
    rec.mtimeMs = entry.mtimeMs;
    rec.error = entry.error;
    const size_t slash = entry.nativeRel.rfind('/');
    const std::string_view name = slash == std::string::npos
                                      ? std::string_view(entry.nativeRel)
                                      : std::string_view(entry.nativeRel).substr(slash + 1);
    if (!rec.error.isEmpty()) return rec;
    if (entry.isDirectory) {
        rec.linkTarget = entry.linkTarget;
        rec.summary = QStringLiteral("link to %1 (listed there)").arg(entry.linkTarget);
        return rec;
    }
    if (m_options.maxFileSize > 0 && entry.size > m_options.maxFileSize) {
        if (const Language *l = LanguageDetector::detect(name, {}))
            rec.language = QString::fromLatin1(l->name.data(), qsizetype(l->name.size()));
        rec.error =
            QStringLiteral("larger than the size limit (%1 bytes)").arg(m_options.maxFileSize);
        return rec;
    }

    // O_NONBLOCK: a file replaced by a FIFO after the walk must not hang us.
    const int flags = O_RDONLY | O_NONBLOCK | (m_options.followLinks ? 0 : O_NOFOLLOW);
    const UniqueFd fd(
        m_rootFd.valid() ? NativePath::openBelow(m_rootFd.get(), entry.nativeRel, flags) : -1);
    if (fd.get() < 0) {
        const int err = m_rootFd.valid() ? errno : ENOENT;
        rec.error = err == ELOOP && !m_options.followLinks
                        ? QStringLiteral("replaced by a symbolic link (links are not followed)")
                        : readError(err);
        return rec;
    }
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            rec.error = QStringLiteral("not a regular file");
            return rec;
        }
        rec.bytes = st.st_size; // the file may have changed since the walk
        rec.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    }

    thread_local std::vector<char> buffer;
    if (buffer.size() < bufferBytes) buffer.resize(bufferBytes);

    size_t filled = 0;
    // Fill the first buffer completely: binary check, shebang and summary
    // look at the head of the file.
    for (;;) {
        const ssize_t r = readSome(fd.get(), buffer.data() + filled, buffer.size() - filled);
        if (r < 0) {
            rec.error = readError(errno);
            return rec;
        }
        if (r == 0) break;
        filled += size_t(r);
        if (filled == buffer.size()) break;
    }
    const std::string_view head(buffer.data(), filled);
    const Language *lang = LanguageDetector::detect(name, head.substr(0, 256));
    if (lang) rec.language = QString::fromLatin1(lang->name.data(), qsizetype(lang->name.size()));
    if (std::memchr(buffer.data(), 0, std::min(filled, binaryProbeBytes)) != nullptr) {
        rec.binary = true;
        return rec;
    }
    rec.summary = Summarizer::summarize(head, lang);

    SourceCounter counter(lang);
    qint64 total = 0;
    bool eof = filled < buffer.size();
    for (;;) {
        // Hand over whole lines only; the tail waits for the next read.
        size_t usable = filled;
        if (!eof) {
            const void *nl = memrchr(buffer.data(), '\n', filled);
            if (nl != nullptr)
                usable = size_t(static_cast<const char *>(nl) - buffer.data()) + 1;
            else
                // One line longer than the buffer (minified code): feed all
                // but a tail longer than any comment token, so memory stays
                // bounded and tokens are not cut.
                usable = filled > 16 ? filled - 16 : 0;
        }
        counter.feed(buffer.data(), usable);
        total += qint64(usable);
        std::memmove(buffer.data(), buffer.data() + usable, filled - usable);
        filled -= usable;
        if (eof) break;
        if (isCancelled(cancel)) {
            rec.error = QStringLiteral("cancelled");
            return rec;
        }
        const ssize_t r = readSome(fd.get(), buffer.data() + filled, buffer.size() - filled);
        if (r < 0) {
            rec.error = readError(errno);
            return rec;
        }
        if (r == 0) eof = true;
        filled += size_t(r);
    }
    counter.finish();
    rec.bytes = total;
    rec.lines = counter.lines();
    rec.words = counter.words();
    rec.code = counter.code();
    rec.comments = counter.comments();
    rec.blanks = counter.blanks();
    rec.tokens = TokenEstimator::forBytes(total);
    return rec;
}

} // namespace wm
