// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SnippetBuilder.h"

#include "text/Utf8Text.h"

#include <algorithm>
#include <cstring>

namespace wm {
namespace {

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

// Sorted, overlaps merged.
void normalise(std::vector<SnippetBuilder::Range> &hits)
{
    std::sort(hits.begin(), hits.end());
    std::vector<SnippetBuilder::Range> out;
    for (const auto &h : hits) {
        if (h.second <= h.first) continue;
        if (!out.empty() && h.first <= out.back().second)
            out.back().second = std::max(out.back().second, h.second);
        else
            out.push_back(h);
    }
    hits = std::move(out);
}

// Appends text[b, e) to `out` with whitespace runs collapsed.
void appendCollapsed(QString &out, std::string_view text, size_t b, size_t e, bool &lastSpace)
{
    size_t runStart = b;
    for (size_t i = b; i < e; ++i) {
        if (!isSpaceByte(text[i])) continue;
        if (i > runStart) {
            out += QString::fromUtf8(text.data() + runStart, qsizetype(i - runStart));
            lastSpace = false;
        }
        if (!lastSpace) out += QLatin1Char(' ');
        lastSpace = true;
        runStart = i + 1;
    }
    if (e > runStart) {
        out += QString::fromUtf8(text.data() + runStart, qsizetype(e - runStart));
        lastSpace = false;
    }
}

} // namespace

void SnippetBuilder::unmark(std::string_view marked, std::string &plain, std::vector<Range> &hits)
{
    plain.clear();
    plain.reserve(marked.size());
    hits.clear();
    size_t open = std::string::npos;
    for (char c : marked) {
        if (c == Utf8Text::markOpen) {
            open = plain.size();
        } else if (c == Utf8Text::markClose) {
            if (open != std::string::npos) hits.emplace_back(open, plain.size());
            open = std::string::npos;
        } else {
            plain.push_back(c);
        }
    }
}

size_t SnippetBuilder::findAll(std::string_view text, const std::vector<std::string> &terms,
                               std::vector<Range> &hits)
{
    size_t count = 0;
    for (const std::string &term : terms) {
        if (term.empty()) continue;
        const char first = lowerAscii(term[0]);
        const char firstUpper = first >= 'a' && first <= 'z' ? char(first - 32) : first;
        size_t i = 0;
        while (i + term.size() <= text.size()) {
            // Jump to the next candidate first byte in either case.
            const char *p =
                static_cast<const char *>(std::memchr(text.data() + i, first, text.size() - i));
            const char *q = firstUpper != first ? static_cast<const char *>(std::memchr(
                                                      text.data() + i, firstUpper, text.size() - i))
                                                : nullptr;
            const char *c = p && q ? std::min(p, q) : (p ? p : q);
            if (c == nullptr) break;
            i = size_t(c - text.data());
            if (i + term.size() > text.size()) break;
            bool match = true;
            for (size_t k = 1; k < term.size() && match; ++k)
                match = lowerAscii(text[i + k]) == lowerAscii(term[k]);
            if (match) {
                hits.emplace_back(i, i + term.size());
                ++count;
                i += term.size();
            } else {
                ++i;
            }
        }
    }
    return count;
}

QList<HitSpan> SnippetBuilder::spans(std::string_view text, const std::vector<Range> &rawHits)
{
    std::vector<Range> hits = rawHits;
    normalise(hits);
    QList<HitSpan> out;
    qsizetype pos = 0;
    size_t at = 0;
    for (const auto &[b, e] : hits) {
        if (e > text.size()) break;
        pos += QString::fromUtf8(text.data() + at, qsizetype(b - at)).size();
        const qsizetype len = QString::fromUtf8(text.data() + b, qsizetype(e - b)).size();
        out.append({int(pos), int(len)});
        pos += len;
        at = e;
    }
    return out;
}

SnippetBuilder::Snippet SnippetBuilder::build(std::string_view text, std::vector<Range> hits,
                                              int maxChars, const SnippetOrigin &origin)
{
    Snippet s;
    normalise(hits);
    while (!hits.empty() && hits.back().second > text.size())
        hits.pop_back();
    const size_t window = size_t(std::max(maxChars, 20));

    // The window start: the hit that begins the densest stretch.
    size_t first = 0, last = 0; // hit indexes covered [first, last)
    for (size_t i = 0, best = 0; i < hits.size(); ++i) {
        size_t j = i;
        while (j < hits.size() && hits[j].second <= hits[i].first + window)
            ++j;
        if (j == i) j = i + 1; // a hit longer than the window
        if (j - i > best) {
            best = j - i;
            first = i;
            last = j;
        }
    }
    size_t begin = 0, end = 0;
    if (hits.empty()) {
        while (begin < text.size() && isSpaceByte(text[begin]))
            ++begin;
        end = std::min(text.size(), begin + window);
    } else {
        const size_t spanBegin = hits[first].first, spanEnd = hits[last - 1].second;
        const size_t slack = spanEnd - spanBegin < window ? window - (spanEnd - spanBegin) : 0;
        // A third of the room before the hits, the rest after.
        begin = spanBegin - std::min(spanBegin, slack / 3);
        end = std::min(text.size(), std::max(spanEnd, begin + window));
        // Start and end at word boundaries when one is near.
        if (begin > 0) {
            for (size_t k = begin; k < spanBegin && k < begin + 16; ++k)
                if (isSpaceByte(text[k])) {
                    begin = k + 1;
                    break;
                }
        }
        if (end < text.size()) {
            for (size_t k = end; k > spanEnd && k + 16 > end; --k)
                if (isSpaceByte(text[k - 1])) {
                    end = k - 1;
                    break;
                }
        }
    }
    // Never cut a character in two.
    while (begin > 0 && begin < text.size() &&
           (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
        --begin;
    end = Utf8Text::boundaryAtOrBefore(text, end);

    bool lastSpace = true; // drops leading whitespace
    if (begin > 0 || origin.cutBefore) s.text += QChar(0x2026);
    size_t at = begin;
    for (const auto &[b, e] : hits) {
        if (b < begin || e > end) continue;
        appendCollapsed(s.text, text, at, b, lastSpace);
        const qsizetype startPos = s.text.size();
        appendCollapsed(s.text, text, b, e, lastSpace);
        s.hits.append({int(startPos), int(s.text.size() - startPos)});
        at = e;
        if (s.line == 0)
            s.line =
                origin.firstLine + int(std::count(text.begin(), text.begin() + qsizetype(b), '\n'));
    }
    appendCollapsed(s.text, text, at, end, lastSpace);
    while (s.text.endsWith(QLatin1Char(' ')))
        s.text.chop(1);
    if (end < text.size() || origin.cutAfter) s.text += QChar(0x2026);
    return s;
}

} // namespace wm
