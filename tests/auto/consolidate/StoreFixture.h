// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Helpers for the consolidation suites: memory stores from
// tests/data/gen-memory-store.py (fixed seed and --now), wm with extra
// environment (the crash hooks), and the independent checks (diff -r,
// tests/auto/consolidate/tree_snapshot.py).
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <sys/stat.h>

namespace wmtest {

inline const QString kNow = QStringLiteral("2026-12-01T12:00:00");

inline QString sourcePath(const QString &rel)
{
    return QStringLiteral(WM_SOURCE_DIR) + QLatin1Char('/') + rel;
}

// A store of `notes` notes in `dir` (layout store); the truth file next to it.
inline bool generateStore(const QString &dir, int notes, int seed, double malformedRate = 0.05)
{
    const ProcessResult r =
        run(QStringLiteral("python3"),
            {sourcePath(QStringLiteral("tests/data/gen-memory-store.py")), dir,
             QStringLiteral("--notes"), QString::number(notes), QStringLiteral("--layout"),
             QStringLiteral("store"), QStringLiteral("--seed"), QString::number(seed),
             QStringLiteral("--near-rate"), QStringLiteral("0.15"), QStringLiteral("--exact-rate"),
             QStringLiteral("0.05"), QStringLiteral("--malformed-rate"),
             QString::number(malformedRate), QStringLiteral("--truth"),
             dir + QStringLiteral(".truth.json"), QStringLiteral("--now"), kNow});
    if (r.exitCode != 0) qWarning("gen-memory-store.py: %s", r.err.constData());
    return r.exitCode == 0;
}

inline ProcessResult wmEnv(const QStringList &args, const QStringList &env)
{
    ProcessResult r;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(WM_BINARY), args);
    if (!p.waitForStarted(10000)) return r;
    r.started = true;
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// `diff -r` (the reference): empty when the trees are the same.
inline QByteArray treeDiff(const QString &a, const QString &b)
{
    const ProcessResult r = run(QStringLiteral("diff"), {QStringLiteral("-r"), a, b});
    return r.exitCode == 0 ? QByteArray()
                           : r.out + r.err + "(diff exit " + QByteArray::number(r.exitCode) + ")";
}

// tree_snapshot.py's JSON: names, contents, modes and (unless noTimes) mtimes.
inline QByteArray snapshot(const QString &root, bool noTimes = false)
{
    QStringList args{sourcePath(QStringLiteral("tests/auto/consolidate/tree_snapshot.py")), root};
    if (noTimes) args << QStringLiteral("--no-times");
    const ProcessResult r = run(QStringLiteral("python3"), args);
    return r.exitCode == 0 ? r.out : QByteArray("snapshot failed: ") + r.err;
}

// The same facts in-process (QDirIterator, stat): for "nothing changed"
// invariants checked many times, where a Python start per check costs too much.
inline QByteArray treeState(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        ::lstat(QFile::encodeName(path).constData(), &st);
        QString line = path.mid(root.size()) + QStringLiteral(" mode %1").arg(st.st_mode, 0, 8);
        if (S_ISREG(st.st_mode))
            line += QStringLiteral(" mtime %1.%2 sha %3")
                        .arg(st.st_mtim.tv_sec)
                        .arg(st.st_mtim.tv_nsec)
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256)
                                .toHex()));
        lines << line;
    }
    lines.sort();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

inline bool copyTree(const QString &from, const QString &to)
{
    return run(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}).exitCode == 0;
}

} // namespace wmtest
