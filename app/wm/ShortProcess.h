// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

namespace wm::cli {

// Start-up and exit for a short `wm` process (a search: open the index,
// answer once, leave), where they cost more than the work; and for
// compressing or decompressing many small files, where they are the serial
// part of the run that no number of worker threads shortens.
//
// On the benchmark machine a 4 KiB page fault costs about 40 us, and a
// whole search process is some 500 faults: most of it is the dynamic
// loader, QCoreApplication's construction (the GLib event dispatcher, the
// locale, the application object and its thread data) and, at exit, the
// destructors of Qt's global objects. A search needs none of them: it
// parses its own arguments (PathArgs), finds its index without the
// application object (QStandardPaths' generic locations), runs without an
// event loop, and its messages are not translated (the same holds for
// compress and decompress). Other commands keep the QCoreApplication of
// main().
class ShortProcess
{
public:
    // Instead of constructing QCoreApplication; first thing in main().
    static void start();
    // After StandardOutput::finish(): stdout is flushed, checked and closed,
    // every local object of the command destroyed (the index closed). Exits
    // with `code` without running static destructors or atexit handlers
    // (nothing of ours is left to flush). Under ASan or TSan it returns,
    // so that their exit-time checks (leaks) still run.
    static int exit(int code);
};

} // namespace wm::cli
