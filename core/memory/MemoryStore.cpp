// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MemoryStore.h"

#include "MemoryLogging.h"
#include "NoteName.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {
namespace {

// Notes are short; a bigger file in a note folder is not read whole.
constexpr qint64 maxNoteSize = 16 * 1024 * 1024;
constexpr int progressIntervalMs = 100;

// The whole file, `expected` bytes (its size at fstat) read in place; a file
// that grew since is read to its end through a small buffer.
bool readAll(int fd, QByteArray &bytes, qint64 expected)
{
    bytes.resize(qsizetype(expected));
    qsizetype got = 0;
    char probe[4096];
    for (;;) {
        const bool inPlace = got < bytes.size();
        char *dst = inPlace ? bytes.data() + got : probe;
        const size_t room = inPlace ? size_t(bytes.size() - got) : sizeof probe;
        const ssize_t n = ::read(fd, dst, room);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        if (!inPlace) bytes.append(probe, n);
        got += n;
    }
    bytes.truncate(got);
    return true;
}

struct Scanner
{
    MemoryStoreScan &out;
    const CancelToken *cancel;
    const std::function<void(qint64)> &onProgress;
    QElapsedTimer sinceProgress;
    qint64 read = 0;

    void progress(bool force)
    {
        if (!onProgress || (!force && sinceProgress.elapsed() < progressIntervalMs)) return;
        sinceProgress.restart();
        onProgress(read);
    }

    // Reads `name` below `dirFd`; false (with `why`) when it is not a
    // regular file of a sane size or cannot be read.
    bool readFile(int dirFd, const char *name, QByteArray &bytes, quint32 &mode, qint64 &mtimeNs,
                  QString &why, bool &isError)
    {
        UniqueFd fd(::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        struct stat st = {};
        if (!fd.valid() || ::fstat(fd.get(), &st) != 0) {
            isError = errno != ELOOP;
            why = errno == ELOOP ? QStringLiteral("symbolic link, not followed")
                                 : fileErrorText(errno, QStringLiteral("vanished during the scan"));
            return false;
        }
        if (!S_ISREG(st.st_mode)) {
            why = QStringLiteral("not a regular file");
            return false;
        }
        if (st.st_size > maxNoteSize) {
            why = QStringLiteral("%1 bytes: too big for a note").arg(st.st_size);
            return false;
        }
        mode = st.st_mode & 07777;
        mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        if (!readAll(fd.get(), bytes, st.st_size)) {
            isError = true;
            why = lastErrnoText();
            return false;
        }
        return true;
    }

    void scanFolder(const QString &root, NoteTier tier)
    {
        const QString folder = tierFolder(tier);
        const QByteArray path = NativePath::encode(root) + '/' + NativePath::encode(folder);
        UniqueFd dirFd(::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!dirFd.valid()) {
            if (errno != ENOENT)
                out.errors << QStringLiteral("%1: %2").arg(folder, lastErrnoText());
            return;
        }
        DIR *dir = ::fdopendir(::dup(dirFd.get()));
        if (dir == nullptr) {
            out.errors << QStringLiteral("%1: %2").arg(folder, lastErrnoText());
            return;
        }
        std::vector<std::string> names;
        errno = 0;
        while (const dirent *e = ::readdir(dir)) {
            const std::string_view n(e->d_name);
            if (n != "." && n != "..") names.emplace_back(n);
        }
        if (errno != 0) out.errors << QStringLiteral("%1: %2").arg(folder, lastErrnoText());
        ::closedir(dir);
        std::sort(names.begin(), names.end());
        for (const std::string &name : names) {
            if (isCancelled(cancel)) return;
            readNote(dirFd.get(), folder, tier, name);
        }
    }

    void readNote(int dirFd, const QString &folder, NoteTier tier, const std::string &name)
    {
        const QString fileName = NativePath::decode(name);
        const QString rel = folder + QLatin1Char('/') + fileName;
        QByteArray bytes;
        quint32 mode = 0644;
        qint64 mtimeNs = 0;
        QString why;
        bool isError = false;
        if (!readFile(dirFd, name.c_str(), bytes, mode, mtimeNs, why, isError)) {
            (isError ? out.errors : out.ignored) << QStringLiteral("%1: %2").arg(rel, why);
            return;
        }
        if (!NoteName::parse(fileName)) {
            // The consolidation archives are the store's own files.
            if (tier == NoteTier::Archive && fileName.startsWith(QLatin1String("consolidation-")) &&
                fileName.endsWith(QLatin1String(".tar.lz4")))
                return;
            out.ignored
                << QStringLiteral("%1: not a note's name (YYYYMMDD_HHMMSS_slug.md)").arg(rel);
            return;
        }
        MemoryNote note = MemoryNote::parse(rel, tier, std::move(bytes));
        note.mode = mode;
        note.mtimeNs = mtimeNs;
        (note.isValid() ? out.notes : out.malformed).push_back(std::move(note));
        ++read;
        progress(false);
    }
};

} // namespace

const QString &MemoryStore::indexFileName()
{
    static const QString name = QStringLiteral("index.json");
    return name;
}

const QString &MemoryStore::stateFolderName()
{
    static const QString name = QStringLiteral(".wm-consolidate");
    return name;
}

bool MemoryStore::looksLikeStore(const QString &root)
{
    for (NoteTier t : {NoteTier::ShortTerm, NoteTier::LongTerm}) {
        struct stat st = {};
        const QByteArray p = NativePath::encode(root) + '/' + NativePath::encode(tierFolder(t));
        if (::stat(p.constData(), &st) == 0 && S_ISDIR(st.st_mode)) return true;
    }
    return false;
}

MemoryStoreScan MemoryStore::scan(const QString &root, const CancelToken *cancel,
                                  const std::function<void(qint64)> &onProgress)
{
    MemoryStoreScan out;
    out.root = root;
    struct stat st = {};
    if (::stat(NativePath::encode(root).constData(), &st) != 0) {
        out.fatalError = QStringLiteral("%1: %2").arg(NativePath::display(root), lastErrnoText());
        return out;
    }
    if (!S_ISDIR(st.st_mode)) {
        out.fatalError = QStringLiteral("%1: not a folder").arg(NativePath::display(root));
        return out;
    }
    if (!looksLikeStore(root)) {
        out.fatalError = QStringLiteral("%1: not a memory folder (no short_term/ or long_term/)")
                             .arg(NativePath::display(root));
        return out;
    }
    Scanner scanner{out, cancel, onProgress, {}, 0};
    scanner.sinceProgress.start();
    for (NoteTier t : {NoteTier::ShortTerm, NoteTier::LongTerm, NoteTier::Archive})
        scanner.scanFolder(root, t);
    out.cancelled = isCancelled(cancel);
    scanner.progress(true);
    qCDebug(lcMemory) << "scanned" << out.notes.size() << "notes," << out.malformed.size()
                      << "malformed," << out.ignored.size() << "ignored";
    return out;
}

} // namespace wm
