// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wm {

// Finds the end of a "quiet" run for SourceCounter: bytes that are neither
// a newline nor one of the current mode's special bytes (comment and string
// trigger bytes). Such bytes change no mode; they only count words (wc's
// rule: a word is a maximal run of bytes other than the six ASCII white-space
// bytes) and say whether the line holds anything but white space. Most bytes
// of a file are quiet, so they are scanned 16 at a time with SSE2 (always
// present on x86-64): compare masks, a count-trailing-zeros for the first
// event byte and a popcount for word starts. Elsewhere, and for the last
// bytes of a piece, a table loop does the same.
class QuietScan
{
public:
    // Special bytes a vector scan compares against; a mode with more takes
    // the table loop (no language has that many).
    static constexpr int maxSpecials = 7;

    struct Run
    {
        qint64 words = 0;      // words that started in the run
        bool nonSpace = false; // the run holds a byte other than white space
    };

    QuietScan();
    // Bytes that end a run besides '\n'.
    void setSpecials(const unsigned char *bytes, int count);

    // Scans from p[i] up to the first newline or special byte and returns
    // its index (n when there is none). `inWord` says whether the byte
    // before p[i] was part of a word, and is updated to the run's last byte.
    size_t scan(const unsigned char *p, size_t i, size_t n, bool &inWord, Run &run) const;
    // The portable loop, also used by tests as the reference for scan().
    size_t scanScalar(const unsigned char *p, size_t i, size_t n, bool &inWord, Run &run) const;

private:
    unsigned char m_event[256] = {}; // 1: '\n' or a special byte
    int m_count = 0;
    bool m_vector = true;
#if defined(__SSE2__)
    __m128i m_specials[maxSpecials];
#endif
};

} // namespace wm
