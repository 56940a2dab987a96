// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/ByteSink.h"

#include <QByteArray>
#include <QString>

namespace wm::cli {

// Standard output, checked. Every byte `wm` prints as a result goes through
// here, so a failed write (a full disk, /dev/full, a closed descriptor) is
// never lost: the first failure is remembered with the system's message,
// later writes are dropped, and finish() turns it into exit status 1.
// Buffered by stdio; flush() pushes what is pending to the descriptor.
class StandardOutput final : public ByteSink
{
public:
    static StandardOutput &instance();

    // A descriptor 0-2 that the parent closed would be handed to the next
    // file we open (an index, an archive), and results printed "to stdout"
    // would land in it. Fill each gap with /dev/null opened the wrong way
    // round (stdout read-only), so writes fail with EBADF instead of
    // vanishing. Call first thing in main().
    static void guardStandardDescriptors();

    bool write(const char *data, qint64 size) override;
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    bool flush();
    [[nodiscard]] QString errorString() const override { return m_error; }
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    // A command that printed the error itself marks it so finish() does not
    // say it twice.
    void markReported() { m_reported = true; }

    // Flushes and closes stdout (close(2) is where NFS and some FUSE file
    // systems report a failed write). Returns `exitCode`, or 1 after
    // printing "COMMAND: cannot write standard output: ..." when any write
    // failed and the exit code was still 0.
    int finish(const QString &command, int exitCode);

private:
    StandardOutput() = default;
    bool fail(int err);

    QString m_error;
    bool m_reported = false;
};

} // namespace wm::cli
