// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "compress/Lz4Options.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace wm {
class CancelToken;
}

namespace wm::cli {

// A token cancelled by the first SIGINT or SIGTERM, so the engines stop
// within a block and remove their temporary files; a second signal kills
// the process as usual.
const CancelToken *cancelOnSignals();

// The LZ4 options shared by `wm compress` and `wm archive create`.
struct Lz4CliOptions
{
    QCommandLineOption level{
        {QStringLiteral("l"), QStringLiteral("level")},
        QStringLiteral("Compression level: 1-2 fast (default 1), 3-12 LZ4 HC (smaller, slower)."),
        QStringLiteral("N")};
    QCommandLineOption fast{
        QStringLiteral("fast"),
        QStringLiteral("Faster than level 1, with acceleration N (like lz4 --fast=N)."),
        QStringLiteral("N")};
    QCommandLineOption blockSize{{QStringLiteral("B"), QStringLiteral("block-size")},
                                 QStringLiteral("Block size: 64K, 256K, 1M or 4M (default)."),
                                 QStringLiteral("SIZE")};
    QCommandLineOption linked{
        QStringLiteral("linked-blocks"),
        QStringLiteral("Let blocks refer to earlier ones (a little smaller output).")};
    QCommandLineOption blockChecksum{
        QStringLiteral("block-checksum"),
        QStringLiteral("Add a checksum to every block (the content checksum is always on).")};

    void addTo(QCommandLineParser &parser) const;
    // Fills `out`; on a bad value returns false with a message in `error`.
    bool read(const QCommandLineParser &parser, Lz4Options &out, QString &error) const;
};

// Writes raw bytes (e.g. file names that are not UTF-8) to the checked
// standard output (buffered; false once a write failed).
bool printRaw(const QByteArray &bytes);
QString humanBytes(qint64 bytes);

} // namespace wm::cli
