// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SyntaxColorizer.h"
#include "jobs/WorkerJob.h"
#include "search/DocumentText.h"
#include "search/SearchQuery.h"

#include <QFont>
#include <memory>

class QTextDocument;

namespace wm {
class SearchEngine;
}

namespace wm::ui {

class ReadOnlyIndex;

struct PreviewRequest
{
    QString root;
    QString dbPath;
    int indexEpoch = 0;
    QString path; // relative, as in the hit
    SearchQuery query;
    bool dark = false;
    QFont font; // the editor's: set here, a font change on the GUI thread relayouts it all
    quint64 generation = 0;
};

// A preview ready to show: a QTextDocument built and coloured on the
// worker, handed over to the GUI thread, with the hits in it.
struct PreviewReply
{
    PreviewRequest request;
    DocumentText doc; // text is moved into `document`; hits and sizes stay
    std::unique_ptr<QTextDocument> document;
    SyntaxColorizer::Colors colors;
    QString syntax;             // the syntax definition used, empty: plain text
    bool changedOnDisk = false; // size or mtime differ from what was indexed
    bool interim = false;       // a large file's text before its colours (which follow)
    double loadMs = 0;
    double colorMs = 0;
    ~PreviewReply();
};
using PreviewReplyPtr = std::shared_ptr<PreviewReply>;

// Loads the selected hit's indexed text with every hit in it
// (SearchEngine::document), builds the document and colours it, all on a
// worker thread: the GUI thread only swaps the finished document in. As
// with searches, a new request cancels the one in flight.
class PreviewJob : public WorkerJob
{
    Q_OBJECT
public:
    explicit PreviewJob(QObject *parent = nullptr);
    ~PreviewJob() override;

    void submit(const PreviewRequest &request);

    // The preview shows at most this much of a file (the index holds up to
    // 4 MiB of it): enough for any source file, and a document this size
    // builds and colours in well under a second.
    static constexpr qint64 maxBytes = qint64(2) << 20;
    // The property QTextCharFormat carries on hit ranges (tests read it).
    // Larger texts are shown plain first, then again once coloured.
    static constexpr qsizetype interimChars = 256 * 1024;
    static constexpr int hitProperty = 0x100000 + 1; // QTextFormat::UserProperty + 1

Q_SIGNALS:
    void ready(const wm::ui::PreviewReplyPtr &reply);

private:
    PreviewReplyPtr run(const PreviewRequest &request, const CancelToken &cancel);
    void post(PreviewReplyPtr reply);

    // Worker-side, one run at a time.
    std::unique_ptr<ReadOnlyIndex> m_index;
    std::unique_ptr<SearchEngine> m_engine;
    std::unique_ptr<SyntaxColorizer> m_colorizer;
    QString m_openPath;
    int m_openEpoch = -1;
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::ui::PreviewReplyPtr)
