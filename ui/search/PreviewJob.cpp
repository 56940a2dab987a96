// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PreviewJob.h"

#include "PreviewDocument.h"
#include "ReadOnlyIndex.h"
#include "SearchHitDelegate.h"
#include "SearchUiLogging.h"
#include "search/SearchEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace wm::ui {
namespace {

// Adds the hit format to the blocks the hits fall in (a phrase may span lines).
void markHits(QTextDocument &doc, const QList<HitSpan> &hits, bool dark)
{
    QTextCharFormat f;
    QPalette pal;
    pal.setColor(QPalette::Base, dark ? Qt::black : Qt::white);
    f.setBackground(SearchHitDelegate::hitBackground(pal));
    f.setForeground(dark ? Qt::white : Qt::black);
    f.setProperty(PreviewJob::hitProperty, true);
    QTextBlock b = doc.begin();
    for (const HitSpan &h : hits) {
        int start = h.start;
        const int end = h.start + h.length;
        while (b.isValid() && b.position() + b.length() <= start)
            b = b.next();
        for (QTextBlock c = b; c.isValid() && c.position() < end; c = c.next()) {
            const int from = std::max(start, c.position()) - c.position();
            const int to = std::min(end, c.position() + c.length() - 1) - c.position();
            if (to > from) {
                QList<QTextLayout::FormatRange> ranges = c.layout()->formats();
                ranges.append({from, to - from, f}); // last: over the syntax colours
                c.layout()->setFormats(ranges);
            }
            start = c.position() + c.length();
        }
    }
}

} // namespace

PreviewReply::~PreviewReply() = default;

PreviewJob::PreviewJob(QObject *parent) : WorkerJob(parent)
{
}

PreviewJob::~PreviewJob()
{
    cancelAndWait();
}

void PreviewJob::submit(const PreviewRequest &request)
{
    startLatest([this, request](const CancelToken &cancel) { post(run(request, cancel)); });
}

void PreviewJob::post(PreviewReplyPtr reply)
{
    // The GUI thread owns the document from here on.
    if (reply->document) reply->document->moveToThread(QCoreApplication::instance()->thread());
    postToOwner([this, reply] { Q_EMIT ready(reply); });
}

PreviewReplyPtr PreviewJob::run(const PreviewRequest &request, const CancelToken &cancel)
{
    auto reply = std::make_shared<PreviewReply>();
    reply->request = request;
    QElapsedTimer clock;
    clock.start();
    if (!m_index) m_index = std::make_unique<ReadOnlyIndex>();
    if (!m_colorizer) m_colorizer = std::make_unique<SyntaxColorizer>();
    reply->colors = m_colorizer->colors(request.dark);
    if (!m_index->isOpen() || m_openPath != request.dbPath || m_openEpoch != request.indexEpoch) {
        m_engine.reset();
        if (m_index->open(request.dbPath, request.root, &reply->doc.error) !=
            ReadOnlyIndex::Status::Opened) {
            reply->doc.status = DocumentText::Status::Failed;
            return reply;
        }
        m_openPath = request.dbPath;
        m_openEpoch = request.indexEpoch;
        m_engine = std::make_unique<SearchEngine>(m_index->db());
    }
    reply->doc = m_engine->document(request.path, request.query, maxBytes, &cancel);
    if (!reply->doc.ok()) return reply;
    qCDebug(lcUiSearch) << "document text of" << request.path << "read in"
                        << clock.nsecsElapsed() / 1e6 << "ms";
    const QFileInfo file(request.root + QLatin1Char('/') + request.path);
    reply->changedOnDisk = !file.exists() || file.size() != reply->doc.size ||
                           file.lastModified().toMSecsSinceEpoch() != reply->doc.mtimeMs;

    QString text = std::move(reply->doc.text);
    PreviewDocument::keepOffsets(text);
    if (text.size() > interimChars) {
        // Colouring megabytes takes a while: the text and its hits first.
        auto interim = std::make_shared<PreviewReply>();
        interim->request = request;
        interim->doc = reply->doc;
        interim->colors = reply->colors;
        interim->changedOnDisk = reply->changedOnDisk;
        interim->interim = true;
        interim->document = PreviewDocument::build(text, request.font);
        markHits(*interim->document, interim->doc.hits, request.dark);
        if (isCancelled(&cancel)) return reply;
        post(std::move(interim));
    }
    std::unique_ptr<QTextDocument> doc = PreviewDocument::build(text, request.font);
    reply->loadMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    reply->syntax = m_colorizer->colorize(*doc, request.path, request.dark, &cancel);
    markHits(*doc, reply->doc.hits, request.dark);
    reply->colorMs = double(clock.nsecsElapsed()) / 1e6;
    qCDebug(lcUiSearch) << "preview of" << request.path << ":" << doc->characterCount()
                        << "chars, loaded in" << reply->loadMs << "ms, coloured (" << reply->syntax
                        << ") in" << reply->colorMs << "ms";
    reply->document = std::move(doc);
    return reply;
}

} // namespace wm::ui
