// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// A comparable description of a folder tree: for every entry its type,
// permission bits, modification time (seconds), size, content hash and link
// target. Two trees are "the same" when their snapshots are equal.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cts {

using Snapshot = QMap<QByteArray, QByteArray>;

inline void snapshotInto(const QByteArray &root, const QByteArray &rel, Snapshot &out,
                         bool withTimes)
{
    const QByteArray path = rel.isEmpty() ? root : root + '/' + rel;
    DIR *d = ::opendir(path.constData());
    if (!d) return;
    QList<QByteArray> names;
    while (const dirent *e = ::readdir(d))
        if (qstrcmp(e->d_name, ".") != 0 && qstrcmp(e->d_name, "..") != 0)
            names << QByteArray(e->d_name);
    ::closedir(d);
    for (const QByteArray &name : names) {
        const QByteArray r = rel.isEmpty() ? name : rel + '/' + name;
        const QByteArray p = root + '/' + r;
        struct stat st = {};
        if (::lstat(p.constData(), &st) != 0) continue;
        QByteArray desc;
        const QByteArray mode = QByteArray::number(st.st_mode & 0777, 8);
        const QByteArray mtime =
            withTimes ? QByteArray::number(qint64(st.st_mtim.tv_sec)) : QByteArray("-");
        if (S_ISDIR(st.st_mode)) {
            desc = "dir " + mode + ' ' + mtime;
            snapshotInto(root, r, out, withTimes);
        } else if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t n = ::readlink(p.constData(), target.data(), size_t(target.size()));
            target.truncate(n < 0 ? 0 : n);
            desc = "link -> " + target;
        } else if (S_ISREG(st.st_mode)) {
            QFile f(QFile::decodeName(p));
            QCryptographicHash h(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly)) h.addData(&f);
            desc = "file " + mode + ' ' + mtime + ' ' + QByteArray::number(qint64(st.st_size)) +
                   ' ' + h.result().toHex();
        } else {
            desc = "other";
        }
        out.insert(r, desc);
    }
}

inline Snapshot snapshot(const QString &root, bool withTimes = true)
{
    Snapshot s;
    snapshotInto(QFile::encodeName(root), {}, s, withTimes);
    return s;
}

// Human-readable differences, for failure messages.
inline QString diff(const Snapshot &a, const Snapshot &b)
{
    QString out;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (b.value(it.key()) != it.value())
            out += QStringLiteral("%1: %2 vs %3\n")
                       .arg(QString::fromUtf8(it.key()), QString::fromUtf8(it.value()),
                            QString::fromUtf8(b.value(it.key(), "(missing)")));
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            out += QStringLiteral("%1: extra\n").arg(QString::fromUtf8(it.key()));
    return out;
}

} // namespace cts
