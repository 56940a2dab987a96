// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FilePreviewJob.h"

#include "search/PreviewDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTextDocument>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace wm::ui {

FilePreviewReply::~FilePreviewReply() = default;

FilePreviewJob::FilePreviewJob(QObject *parent) : WorkerJob(parent)
{
}

FilePreviewJob::~FilePreviewJob()
{
    cancelAndWait();
}

void FilePreviewJob::submit(const FilePreviewRequest &request)
{
    startLatest([this, request](const CancelToken &cancel) {
        FilePreviewReplyPtr reply = run(request, cancel);
        // The GUI thread owns the document from here on.
        if (reply->document) reply->document->moveToThread(QCoreApplication::instance()->thread());
        postToOwner([this, reply] { Q_EMIT ready(reply); });
    });
}

FilePreviewReplyPtr FilePreviewJob::run(const FilePreviewRequest &request,
                                        const CancelToken &cancel)
{
    using Kind = FilePreviewReply::Kind;
    auto reply = std::make_shared<FilePreviewReply>();
    reply->request = request;
    if (!m_colorizer) m_colorizer = std::make_unique<SyntaxColorizer>();
    reply->colors = m_colorizer->colors(request.dark);
    const QString path = QDir(request.root).filePath(request.relPath);
    const QFileInfo info(path);
    reply->size = info.size();
    if (info.isDir()) {
        reply->kind = Kind::Folder;
        return reply;
    }
    // O_NONBLOCK: a FIFO put where an audited file was must not block the
    // worker in open() or read() (it could then never be cancelled or
    // joined, and the window would hang on close).
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    QFile f;
    if (fd < 0 || !f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        reply->error = fd < 0 ? qt_error_string(errno) : f.errorString();
        if (fd >= 0) ::close(fd);
        return reply;
    }
    const QByteArray head = f.read(maxBytes);
    if (head.left(8192).contains('\0')) {
        reply->kind = Kind::Binary;
        return reply;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(head);
    PreviewDocument::keepOffsets(text);
    reply->cut = reply->size > maxBytes;
    reply->document = PreviewDocument::build(text, request.font);
    reply->syntax = m_colorizer->colorize(*reply->document, request.relPath, request.dark, &cancel);
    reply->kind = isCancelled(&cancel) ? Kind::Cancelled : Kind::Text;
    return reply;
}

} // namespace wm::ui
