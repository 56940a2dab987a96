// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "jobs/WorkerJob.h"
#include "search/SyntaxColorizer.h"

#include <QFont>
#include <memory>

class QTextDocument;

namespace wm::ui {

struct FilePreviewRequest
{
    QString root;
    QString relPath;
    bool dark = false;
    QFont font; // the editor's: a font change on the GUI thread would relayout it all
    quint64 generation = 0;
};

// What the audit's preview shows for one file: its first part as a
// coloured document, or why there is none.
struct FilePreviewReply
{
    enum class Kind
    {
        Text,
        Folder,
        Unreadable,
        Binary,
        Cancelled
    };
    FilePreviewRequest request;
    Kind kind = Kind::Unreadable;
    QString error; // Unreadable: the system's message
    qint64 size = 0;
    bool cut = false; // only the first maxBytes are in `document`
    std::unique_ptr<QTextDocument> document;
    SyntaxColorizer::Colors colors;
    QString syntax; // the syntax definition used; empty: plain text
    ~FilePreviewReply();
};
using FilePreviewReplyPtr = std::shared_ptr<FilePreviewReply>;

// Reads the audit's selected file and colours it on a worker thread, so a
// slow disk or a long file never stalls the window; the GUI thread only
// swaps the finished document in. A new request cancels the one in flight.
class FilePreviewJob : public WorkerJob
{
    Q_OBJECT
public:
    explicit FilePreviewJob(QObject *parent = nullptr);
    ~FilePreviewJob() override;

    void submit(const FilePreviewRequest &request);

    // Enough for any source file; laid out in one go when swapped in.
    static constexpr qint64 maxBytes = 256 * 1024;

Q_SIGNALS:
    void ready(const wm::ui::FilePreviewReplyPtr &reply);

private:
    FilePreviewReplyPtr run(const FilePreviewRequest &request, const CancelToken &cancel);

    std::unique_ptr<SyntaxColorizer> m_colorizer; // worker-side, one run at a time
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::ui::FilePreviewReplyPtr)
