// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FolderSimilarity.h"

#include "SimilarityLogging.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/UniqueFd.h"
#include "text/FrontMatter.h"
#include "walk/FileWalker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>
#include <xxhash.h>

namespace wm {
namespace {

constexpr size_t kBinaryProbe = 8192;

struct Item
{
    WalkEntry entry;
    TextFeatures features;
    std::pair<quint64, quint64> hash;
};

// Reads a whole file; an empty optional with `error` set when it cannot.
std::optional<std::string> readFile(const std::string &path, qint64 maxSize, bool followLinks,
                                    QString &error)
{
    // O_NONBLOCK: a file replaced by a FIFO after the walk must not hang us;
    // O_NOFOLLOW: nor may one replaced by a link when links are not followed.
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW);
    UniqueFd fd(::open(path.c_str(), flags));
    struct stat st = {};
    if (!fd.valid() || ::fstat(fd.get(), &st) != 0) {
        error = fileErrorText(errno, QStringLiteral("vanished before it could be read"));
        return std::nullopt;
    }
    if (maxSize > 0 && st.st_size > maxSize) {
        error = QStringLiteral("skipped: larger than %1 bytes").arg(maxSize);
        return std::nullopt;
    }
    std::string bytes(size_t(std::max<off_t>(st.st_size, 0)) + 1, '\0');
    size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) bytes.resize(bytes.size() * 2 + 4096);
        const ssize_t r = ::read(fd.get(), bytes.data() + filled, bytes.size() - filled);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            error = fileErrorText(errno, QStringLiteral("vanished while being read"));
            return std::nullopt;
        }
        if (r == 0) break;
        filled += size_t(r);
        if (maxSize > 0 && qint64(filled) > maxSize) {
            error = QStringLiteral("skipped: larger than %1 bytes").arg(maxSize);
            return std::nullopt;
        }
    }
    bytes.resize(filled);
    return bytes;
}

// The bytes after the front matter block, or all of them without one.
std::string_view bodyOf(std::string_view bytes)
{
    const FrontMatter fm = FrontMatter::read(bytes);
    size_t pos = 0;
    for (size_t line = 0; line < fm.bodyLine && pos < bytes.size(); ++line) {
        const size_t nl = bytes.find('\n', pos);
        pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    }
    return bytes.substr(pos);
}

class FolderRun
{
public:
    FolderRun(const FolderSimilarityOptions &o)
        : m_o(o), m_root(QFile::encodeName(QDir::cleanPath(o.walk.root)).toStdString())
    {
    }

    void readChunk(std::vector<WalkEntry> &&chunk, const CancelToken *cancel)
    {
        std::vector<Item> items;
        std::vector<WalkEntry> skipped;
        for (WalkEntry &e : chunk) {
            if (isCancelled(cancel)) break;
            if (!e.error.isEmpty()) {
                skipped.push_back(std::move(e));
                continue;
            }
            // A link row (--follow-links) names a folder listed elsewhere.
            if (e.isDirectory) continue;
            QString error;
            const auto bytes =
                readFile(m_root + '/' + e.nativeRel, m_o.maxFileSize, m_o.walk.followLinks, error);
            if (bytes && std::memchr(bytes->data(), 0, std::min(kBinaryProbe, bytes->size())))
                error = QStringLiteral("skipped: binary file");
            if (!error.isEmpty()) {
                e.error = error;
                skipped.push_back(std::move(e));
                continue;
            }
            const XXH128_hash_t h = XXH3_128bits(bytes->data(), bytes->size());
            const std::string_view body = m_o.skipFrontMatter ? bodyOf(*bytes) : *bytes;
            const QString text = QString::fromUtf8(body.data(), qsizetype(body.size()));
            items.push_back(
                {std::move(e),
                 TextFeatures::from(text, m_o.similarity.shingleSize, m_o.similarity.normalize),
                 {h.high64, h.low64}});
        }
        std::lock_guard lock(m_mutex);
        std::move(items.begin(), items.end(), std::back_inserter(m_items));
        std::move(skipped.begin(), skipped.end(), std::back_inserter(m_skipped));
    }

    qint64 readCount()
    {
        std::lock_guard lock(m_mutex);
        return qint64(m_items.size() + m_skipped.size());
    }

    std::vector<Item> takeItems() { return std::move(m_items); }
    std::vector<WalkEntry> takeSkipped() { return std::move(m_skipped); }

private:
    const FolderSimilarityOptions &m_o;
    std::string m_root;
    std::mutex m_mutex;
    std::vector<Item> m_items;
    std::vector<WalkEntry> m_skipped;
};

bool byPath(const WalkEntry &a, const WalkEntry &b)
{
    return std::tie(a.relPath, a.nativeRel) < std::tie(b.relPath, b.nativeRel);
}

} // namespace

FolderSimilarityResult FolderSimilarity::scan(const FolderSimilarityOptions &options,
                                              const CancelToken *cancel,
                                              const NearDuplicates::Callbacks &cb)
{
    QElapsedTimer wall;
    wall.start();
    FolderSimilarityResult result;
    result.root = QDir::cleanPath(options.walk.root);
    std::unique_ptr<QThreadPool> own;
    QThreadPool *pool = options.similarity.pool;
    if (!pool) {
        own = std::make_unique<QThreadPool>();
        own->setMaxThreadCount(options.similarity.threads > 0
                                   ? options.similarity.threads
                                   : std::max(1, QThread::idealThreadCount()));
        own->setExpiryTimeout(-1);
        pool = own.get();
    }
    FolderRun run(options);
    FileWalker walker(options.walk);
    result.fatalError = walker.walk(
        *pool, cancel,
        [&](std::vector<WalkEntry> &&chunk) { run.readChunk(std::move(chunk), cancel); },
        [&] {
            if (cb.onProgress)
                cb.onProgress({SimilarityProgress::Phase::Reading, run.readCount(),
                               walker.discovered(), 0, 0});
        },
        options.similarity.batchIntervalMs);
    std::vector<Item> items = run.takeItems();
    result.skipped = run.takeSkipped();
    std::sort(result.skipped.begin(), result.skipped.end(), byPath);
    if (isCancelled(cancel) || !result.fatalError.isEmpty()) {
        result.cancelled = isCancelled(cancel);
        result.duplicates.cancelled = result.cancelled;
        return result;
    }
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return byPath(a.entry, b.entry); });
    NearDuplicates::Prepared in;
    in.features.reserve(items.size());
    in.contentHashes.reserve(items.size());
    result.files.reserve(items.size());
    for (Item &i : items) {
        in.ids << i.entry.relPath;
        in.features.push_back(std::move(i.features));
        in.contentHashes.push_back(i.hash);
        result.files.push_back(std::move(i.entry));
    }
    std::vector<Item>().swap(items);
    SimilarityOptions so = options.similarity;
    so.pool = pool;
    result.duplicates = NearDuplicates::findPrepared(in, so, cancel, cb);
    result.cancelled = result.duplicates.cancelled;
    // The whole scan, walk and reading included.
    result.duplicates.stats.wallMs = double(wall.nsecsElapsed()) / 1e6;
    qCDebug(lcSimilarity) << "folder" << result.root << "files" << result.files.size() << "skipped"
                          << result.skipped.size();
    return result;
}

} // namespace wm
