// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Small helpers shared by the Qt Test suites: running external reference
// tools (wc, git, lz4, tar, sqlite3, rg) and the wm binary, and writing
// fixture files.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace wmtest {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
    long maxRssKiB = 0; // peak resident memory (SpawnProcess.h only)
};

inline ProcessResult run(const QString &program, const QStringList &args,
                         const QString &workDir = {}, const QByteArray &input = {},
                         int timeoutMs = 120000)
{
    ProcessResult r;
    QProcess p;
    if (!workDir.isEmpty()) p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000)) return r;
    r.started = true;
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.exitCode = -2;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs the wm binary built with the tests.
inline ProcessResult wm(const QStringList &args, const QString &workDir = {},
                        const QByteArray &input = {}, int timeoutMs = 120000)
{
    return run(QStringLiteral(WM_BINARY), args, workDir, input, timeoutMs);
}

inline bool hasTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

// A reference tool the test compares against: when it is missing the test
// fails visibly (scripts/deps-debian.txt lists every one), never quietly
// drops the comparison. Use in the test function, before the first check.
#define WM_REQUIRE_TOOL(tool)                                                                      \
    do {                                                                                           \
        if (!wmtest::hasTool(QStringLiteral(tool)))                                                \
            QFAIL(tool " is not installed: it is this test's reference "                           \
                       "(scripts/deps-debian.txt lists it)");                                      \
    } while (false)

// Writes `content` to root/rel, creating folders on the way.
inline bool writeFile(const QString &root, const QString &rel, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    return f.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace wmtest
