// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

namespace wm {

// The file operations consolidation is made of, on byte paths (NativePath
// encoded), each checked: false with `error` holding the path and the
// system's message. New files are written to a temporary file (fsynced) and
// renamed into place without replacing anything (renameat2 NOREPLACE), so a
// file that is not ours is never overwritten; callers fsync the folders they
// changed before journalling a step as done.
class StoreFiles
{
public:
    explicit StoreFiles(const QString &root);

    // root + '/' + rel, encoded.
    [[nodiscard]] QByteArray native(const QString &rel) const;
    [[nodiscard]] QString root() const { return m_root; }

    enum class State
    {
        Missing,
        Present,
        Error
    };
    // The file's SHA-256 (raw); Missing when there is no such file.
    State hash(const QString &rel, QByteArray *sha256, QString *error) const;
    State readRel(const QString &rel, QByteArray *bytes, QString *error) const;

    // `fromNative`, when given, is the source's absolute byte path instead of `from`.
    bool renameNoReplace(const QString &from, const QString &to, QString *error,
                         const QByteArray &fromNative = {}) const;
    // Moves `tmp` (outside the store's notes) over `rel`, replacing it.
    bool replaceWith(const QByteArray &tmp, const QString &rel, QString *error) const;
    bool remove(const QString &rel, QString *error) const; // missing counts as done
    bool makeFolder(const QString &rel, QString *error) const;
    // rmdir when empty; a folder with files in it stays (not an error).
    bool removeFolderIfEmpty(const QString &rel, QString *error) const;
    bool syncFolder(const QString &rel, QString *error) const;
    [[nodiscard]] bool exists(const QString &rel) const; // lstat: links count too

    // Absolute byte paths (the run folder).
    static bool readFile(const QByteArray &path, QByteArray *bytes, QString *error);
    // Without `sync`, the caller makes a batch durable with one syncFileSystem().
    static bool writeFile(const QByteArray &path, const QByteArray &bytes, QString *error,
                          bool sync = true);
    static bool syncPath(const QByteArray &path, QString *error);
    // syncfs(2) of the file system holding `path`: one call makes a whole
    // batch of new files durable before they are renamed into place, where
    // an fsync per file would cost a disk flush each.
    static bool syncFileSystem(const QByteArray &path, QString *error);
    static bool hashFile(const QByteArray &path, QByteArray *sha256, QString *error);
    // Removes a folder tree of ours (the run's record), not following links.
    static bool removeTree(const QByteArray &path, QString *error);

private:
    QString m_root;
    QByteArray m_native;
};

} // namespace wm
