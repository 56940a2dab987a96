// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "HitWindow.h"

#include "TokenScanner.h"

#include <algorithm>
#include <cstring>

namespace wm {
namespace {

bool isSpaceChar(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// std::count, a byte at a time, costs more than the rest of a snippet when
// the hit is deep in a large file; memchr jumps from line to line.
int countNewlines(std::string_view text)
{
    int lines = 0;
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end &&
           (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
        ++lines;
        ++p;
    }
    return lines;
}

struct MarkedHit
{
    TokenHit tokens;
    size_t begin = std::string::npos;
    size_t end = std::string::npos;
};

// The densest run of hits that fits in `tokens`, among those near the first.
std::vector<MarkedHit> densest(const std::vector<TokenHit> &all, int tokens)
{
    size_t bestFirst = 0, bestCount = 0;
    const long limit = all.empty() ? 0 : long(all.front().first) + HitWindow::clusterTokens;
    for (size_t i = 0; i < all.size() && all[i].first < limit; ++i) {
        size_t j = i + 1; // a phrase longer than the window still shows alone
        while (j < all.size() && all[j].last < all[i].first + tokens)
            ++j;
        if (j - i > bestCount) {
            bestCount = j - i;
            bestFirst = i;
        }
    }
    std::vector<MarkedHit> shown;
    for (size_t i = bestFirst; i < bestFirst + bestCount; ++i)
        shown.push_back({all[i]});
    return shown;
}

} // namespace

bool HitWindow::cut(qint64 rowid, const std::vector<TokenHit> &hits, int tokens, Result &out)
{
    if (!m_body.open(rowid)) return false;
    TokenScanner &scanner = m_scanner;
    const size_t size = m_body.size();
    tokens = std::max(4, tokens);
    std::vector<MarkedHit> shown = densest(hits, tokens);
    const int windowFirst =
        shown.empty() ? 0 : std::max(0, shown.front().tokens.first - tokens / 4);
    const int windowLast =
        shown.empty() ? tokens - 1 : std::max(windowFirst + tokens - 1, shown.back().tokens.last);
    std::string_view buf;
    size_t windowBegin = std::string::npos, windowEnd = std::string::npos;
    // About 6 bytes a token in code and prose: start with what should reach
    // the window's end (a cold process reads each page with a system call).
    for (size_t want = size_t(windowLast) * 8 + 8192;; want *= 4) {
        if (!m_body.prefix(want, buf)) return false;
        const bool complete = buf.size() == size;
        windowBegin = windowEnd = std::string::npos;
        for (MarkedHit &h : shown)
            h.begin = h.end = std::string::npos;
        bool reached = false;
        // The tokens before the window only count: skip runs of ASCII fast.
        size_t from = 0;
        int skipped = 0;
        scanner.skip(buf, windowFirst, from, skipped);
        const std::string_view rest = buf.substr(from);
        const int scanned = scanner.scan(rest, complete, [&](int t, size_t b, size_t e) {
            t += skipped;
            b += from;
            e += from;
            if (t < windowFirst) return true;
            if (t == windowFirst && windowBegin == std::string::npos) windowBegin = b;
            for (MarkedHit &h : shown) {
                if (t == h.tokens.first && h.begin == std::string::npos) h.begin = b;
                if (t == h.tokens.last) h.end = e;
            }
            if (t < windowLast) return true;
            windowEnd = e;
            reached = true;
            return false; // the rest of the text is not needed
        });
        if (scanned < 0) return false;
        if (reached || complete) break;
    }
    size_t begin = windowFirst == 0 || windowBegin == std::string::npos ? 0 : windowBegin;
    size_t end = windowEnd == std::string::npos ? size : windowEnd;
    // Enough text after the window to take in what sticks to its last token
    // and to tell whether anything follows.
    if (!m_body.prefix(end + 4096, buf)) return false;
    // Take in what sticks to the edge tokens ("(spin_lock", "x);"), up to a
    // space or a few bytes.
    for (int k = 0; begin > 0 && k < 16 && !isSpaceChar(buf[begin - 1]); ++k)
        --begin;
    for (int k = 0; end < buf.size() && k < 16 && !isSpaceChar(buf[end]); ++k)
        ++end;
    bool before = false, after = false;
    for (size_t k = begin; k > 0 && !before; --k)
        before = !isSpaceChar(buf[k - 1]);
    for (size_t k = end; k < buf.size() && !after; ++k)
        after = !isSpaceChar(buf[k]);
    if (!after && buf.size() < size) {
        if (!m_body.prefix(size, buf)) return false;
        for (size_t k = end; k < buf.size() && !after; ++k)
            after = !isSpaceChar(buf[k]);
    }
    out.origin.firstLine = 1 + countNewlines(buf.substr(0, begin));
    out.origin.cutBefore = before;
    out.origin.cutAfter = after;
    out.hits.clear();
    for (const MarkedHit &h : shown)
        if (h.begin != std::string::npos && h.end != std::string::npos && h.begin >= begin &&
            h.end > h.begin && h.end <= end)
            out.hits.emplace_back(h.begin - begin, h.end - begin);
    out.text.assign(buf.substr(begin, end - begin));
    return true;
}

std::vector<SnippetBuilder::Range>
HitWindow::ranges(std::string_view text, const std::vector<TokenHit> &hits, TokenScanner &scanner)
{
    std::vector<SnippetBuilder::Range> out;
    if (hits.empty()) return out;
    std::vector<MarkedHit> marked;
    for (const TokenHit &h : hits)
        marked.push_back({h});
    const int last = std::max_element(hits.begin(), hits.end(), [](auto &a, auto &b) {
                         return a.last < b.last;
                     })->last;
    scanner.scan(text, true, [&](int t, size_t b, size_t e) {
        for (MarkedHit &h : marked) {
            if (t == h.tokens.first && h.begin == std::string::npos) h.begin = b;
            if (t == h.tokens.last) h.end = e;
        }
        return t < last;
    });
    for (const MarkedHit &h : marked)
        if (h.begin != std::string::npos && h.end != std::string::npos && h.end > h.begin)
            out.emplace_back(h.begin, h.end);
    return out;
}

} // namespace wm
