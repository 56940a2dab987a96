// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4CliSupport.h"

#include "CliSupport.h"
#include "StandardOutput.h"
#include "concurrency/CancelToken.h"

#include <csignal>
#include <cstdio>

namespace wm::cli {

namespace {

CancelToken g_signalToken;

extern "C" void onCancelSignal(int sig)
{
    // Both calls are async-signal-safe: a lock-free atomic store, and
    // signal(2) to let the next signal terminate the process.
    g_signalToken.cancel();
    std::signal(sig, SIG_DFL);
}

} // namespace

const CancelToken *cancelOnSignals()
{
    std::signal(SIGINT, onCancelSignal);
    std::signal(SIGTERM, onCancelSignal);
    return &g_signalToken;
}

void Lz4CliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({level, fast, blockSize, linked, blockChecksum});
}

bool Lz4CliOptions::read(const QCommandLineParser &parser, Lz4Options &out, QString &error) const
{
    if (parser.isSet(level) && parser.isSet(fast)) {
        error = QStringLiteral("--level and --fast cannot be combined");
        return false;
    }
    if (parser.isSet(level)) {
        const auto v = parseCount(parser.value(level), 1, Lz4Options::maxLevel);
        if (!v) {
            error = QStringLiteral("--level takes a number from 1 to %1, not '%2'")
                        .arg(Lz4Options::maxLevel)
                        .arg(parser.value(level));
            return false;
        }
        out.level = int(*v);
    }
    if (parser.isSet(fast)) {
        const auto v = parseCount(parser.value(fast), 1, -Lz4Options::minLevel);
        if (!v) {
            error = QStringLiteral("--fast takes a number from 1 to %1, not '%2'")
                        .arg(-Lz4Options::minLevel)
                        .arg(parser.value(fast));
            return false;
        }
        out.level = -int(*v);
    }
    if (parser.isSet(blockSize)) {
        const auto v = parseSize(parser.value(blockSize));
        bool found = false;
        for (auto b : {Lz4BlockSize::Max64KB, Lz4BlockSize::Max256KB, Lz4BlockSize::Max1MB,
                       Lz4BlockSize::Max4MB}) {
            if (v && *v == lz4BlockBytes(b)) {
                out.blockSize = b;
                found = true;
            }
        }
        if (!found) {
            error = QStringLiteral("--block-size takes 64K, 256K, 1M or 4M, not '%1'")
                        .arg(parser.value(blockSize));
            return false;
        }
    }
    out.linkedBlocks = parser.isSet(linked);
    out.blockChecksum = parser.isSet(blockChecksum);
    return true;
}

bool printRaw(const QByteArray &bytes)
{
    return StandardOutput::instance().write(bytes);
}

QString humanBytes(qint64 bytes)
{
    if (bytes < 1024) return QStringLiteral("%1 B").arg(bytes);
    if (bytes < (qint64(1) << 20))
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    if (bytes < (qint64(1) << 30))
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(double(bytes) / (qint64(1) << 30), 0, 'f', 2);
}

} // namespace wm::cli
