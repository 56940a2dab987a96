// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StepExecutor.h"

#include "compress/ArchiveManifest.h"
#include "compress/ArchiveReader.h"
#include "compress/ArchiveVerifier.h"
#include "compress/ArchiveWriter.h"
#include "concurrency/CancelToken.h"
#include "io/FdSource.h"
#include "io/NativePath.h"
#include "memory/MemoryIndex.h"
#include "memory/MemoryStore.h"

#include <QCryptographicHash>
#include <QSet>
#include <unistd.h>

namespace wm {
namespace {

using Kind = JournalStep::Kind;

QString folderOf(const QString &rel)
{
    const qsizetype slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

qsizetype findStep(const ConsolidationJournal &journal, Kind kind)
{
    for (size_t i = 0; i < journal.steps().size(); ++i)
        if (journal.steps()[i].kind == kind) return qsizetype(i);
    return -1;
}

} // namespace

StepExecutor::StepExecutor(const QString &root, ConsolidationJournal &journal)
    : m_root(root), m_journal(journal), m_files(root)
{
}

ConsolidationProgress::Step StepExecutor::progressStep(Kind kind)
{
    using S = ConsolidationProgress::Step;
    switch (kind) {
    case Kind::MakeFolder:
    case Kind::WriteArchive:
        return S::Archiving;
    case Kind::VerifyArchive:
        return S::Verifying;
    case Kind::CreateNote:
        return S::Writing;
    case Kind::PointOfNoReturn:
        return S::PointOfNoReturn;
    case Kind::Promote:
        return S::Promoting;
    case Kind::Remove:
        return S::Removing;
    case Kind::WriteIndex:
        return S::Indexing;
    case Kind::Commit:
        return S::Finished;
    }
    return S::Finished;
}

QByteArray StepExecutor::tmpArchive() const
{
    return NativePath::encode(m_journal.folder()) + "/tmp/archive.tar.lz4";
}

bool StepExecutor::fail(const QString &message)
{
    m_error = message;
    return false;
}

void StepExecutor::report(qsizetype step, qint64 done, qint64 total, const QString &current)
{
    if (!m_onProgress) return;
    ConsolidationProgress p;
    p.step = progressStep(m_journal.steps()[size_t(step)].kind);
    p.done = done;
    p.total = total;
    p.pastPointOfNoReturn = m_journal.pastPointOfNoReturn();
    p.current = NativePath::display(current);
    m_onProgress(p);
}

bool StepExecutor::syncFolders(const QStringList &paths)
{
    QSet<QString> folders;
    for (const QString &p : paths)
        folders.insert(folderOf(p));
    for (const QString &f : folders)
        if (!m_files.syncFolder(f, &m_error)) return false;
    return true;
}

bool StepExecutor::run(qsizetype step)
{
    const JournalStep &s = m_journal.steps()[size_t(step)];
    report(step, 0, qint64(s.files.size()));
    bool ok = false;
    switch (s.kind) {
    case Kind::MakeFolder:
        ok = makeFolder(step);
        break;
    case Kind::WriteArchive:
        ok = writeArchive(step);
        break;
    case Kind::VerifyArchive:
        ok = verifyArchive(step);
        break;
    case Kind::CreateNote:
        ok = createNotes(step);
        break;
    case Kind::PointOfNoReturn:
        ok = m_journal.markDone(step) || fail(m_journal.errorString());
        break;
    case Kind::Promote:
        ok = promote(step);
        break;
    case Kind::Remove:
        ok = remove(step);
        break;
    case Kind::WriteIndex:
        ok = writeIndex(step);
        break;
    case Kind::Commit:
        ok = m_journal.markCommitted() || fail(m_journal.errorString());
        break;
    }
    if (ok) report(step, qint64(s.files.size()), qint64(s.files.size()));
    return ok;
}

bool StepExecutor::makeFolder(qsizetype step)
{
    const QString path = m_journal.steps()[size_t(step)].files.at(0).path;
    if (!m_files.makeFolder(path, &m_error) || !m_files.syncFolder(folderOf(path), &m_error))
        return false;
    return m_journal.markDone(step) || fail(m_journal.errorString());
}

bool StepExecutor::writeArchive(qsizetype step)
{
    QStringList paths;
    for (const JournalStep &s : m_journal.steps())
        if (s.kind == Kind::Remove)
            for (const StepFile &f : s.files)
                paths << f.path;
    ArchiveWriter::Options o;
    o.overwrite = true; // the run folder's own temporary archive, from an earlier attempt
    const ArchiveWriter::Result r = ArchiveWriter::create(
        NativePath::decode(tmpArchive().toStdString()), m_root, paths, o, m_cancel,
        [&](const ArchiveWriter::Progress &p) { report(step, p.members, paths.size()); });
    if (isCancelled(m_cancel)) {
        m_cancelled = true;
        return fail(QStringLiteral("cancelled"));
    }
    if (!r.ok) return fail(r.fatalError);
    // A note that vanished or could not be read is not in the archive: its
    // removal could not be undone, so the run stops here.
    if (!r.warnings.isEmpty())
        return fail(QStringLiteral("cannot archive every note: %1")
                        .arg(r.warnings.join(QStringLiteral("; "))));
    m_archiveBytes = r.bytesOut;
    QByteArray sha;
    if (!StoreFiles::hashFile(tmpArchive(), &sha, &m_error)) return false;
    return m_journal.markDone(step, sha.toHex()) || fail(m_journal.errorString());
}

// Every member of the archive is one of the originals, with exactly the
// bytes the plan saw, and every original is there.
bool StepExecutor::checkMembers(const QByteArray &archive)
{
    QHash<QByteArray, QByteArray> expected;
    for (const JournalStep &s : m_journal.steps())
        if (s.kind == Kind::Remove)
            for (const StepFile &f : s.files)
                expected.insert(NativePath::encode(f.path), f.sha256);
    FdSource source;
    if (!source.open(NativePath::decode(archive.toStdString())))
        return fail(QStringLiteral("cannot read the archive: %1").arg(source.errorString()));
    ArchiveReader reader(source);
    ArchiveMember m;
    ArchiveReader::Status st;
    std::vector<char> buffer(1 << 16);
    while ((st = reader.next(m)) == ArchiveReader::Status::Member) {
        if (ArchiveManifest::isManifestName(m.name)) continue; // checked by ArchiveVerifier
        const auto it = expected.constFind(m.name);
        if (m.type != ArchiveMember::Type::File || it == expected.constEnd())
            return fail(QStringLiteral("the archive holds %1, which is not one of the notes")
                            .arg(m.displayName()));
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 n;
        while ((n = reader.readData(buffer.data(), qint64(buffer.size()))) > 0)
            h.addData(QByteArrayView(buffer.data(), n));
        if (n < 0 || h.result() != it.value())
            return fail(QStringLiteral("the archive's copy of %1 differs from the note")
                            .arg(m.displayName()));
        expected.erase(it);
    }
    if (st == ArchiveReader::Status::Error || !reader.finish())
        return fail(QStringLiteral("cannot read the archive back: %1").arg(reader.errorString()));
    if (!expected.isEmpty())
        return fail(QStringLiteral("the archive lacks %1")
                        .arg(NativePath::displayBytes(expected.begin().key().toStdString())));
    return true;
}

bool StepExecutor::verifyArchive(qsizetype step)
{
    const QString target = m_journal.steps()[size_t(step)].files.at(0).path;
    const QByteArray written = m_journal.result(findStep(m_journal, Kind::WriteArchive));
    QByteArray sha;
    if (::access(tmpArchive().constData(), F_OK) != 0) {
        // Renamed into place before a kill: it must be the archive we wrote.
        if (m_files.hash(target, &sha, &m_error) != StoreFiles::State::Present ||
            sha.toHex() != written)
            return fail(QStringLiteral("the run's archive %1 is missing or changed")
                            .arg(NativePath::display(target)));
        return m_journal.markDone(step) || fail(m_journal.errorString());
    }
    FdSource source;
    if (!source.open(NativePath::decode(tmpArchive().toStdString())))
        return fail(QStringLiteral("cannot read the archive: %1").arg(source.errorString()));
    const ArchiveVerifier::Result v = ArchiveVerifier::verify(source, m_cancel);
    if (isCancelled(m_cancel)) {
        m_cancelled = true;
        return fail(QStringLiteral("cancelled"));
    }
    if (!v.ok || !v.hasManifest)
        return fail(QStringLiteral("the archive does not verify: %1")
                        .arg(v.hasManifest ? v.errors.join(QStringLiteral("; "))
                                           : QStringLiteral("no manifest")));
    if (!checkMembers(tmpArchive())) return false;
    if (!m_files.renameNoReplace(QString(), target, &m_error, tmpArchive())) return false;
    m_journal.midStep(step);
    if (!m_files.syncFolder(folderOf(target), &m_error)) return false;
    return m_journal.markDone(step) || fail(m_journal.errorString());
}

bool StepExecutor::createNotes(qsizetype step)
{
    const std::vector<StepFile> &files = m_journal.steps()[size_t(step)].files;
    const QByteArray folder = NativePath::encode(m_journal.folder()) + "/tmp";
    const auto tmp = [&](size_t k) {
        return folder + "/new-" + QByteArray::number(step) + '-' + QByteArray::number(qsizetype(k));
    };
    // Written first, made durable with one syncfs, then renamed into place.
    QStringList paths;
    std::vector<size_t> pending;
    for (size_t k = 0; k < files.size(); ++k) {
        const StepFile &f = files[k];
        paths << f.path;
        QByteArray sha;
        const auto state = m_files.hash(f.path, &sha, &m_error);
        if (state == StoreFiles::State::Error) return false;
        if (state == StoreFiles::State::Present) {
            if (sha == f.sha256) continue; // written before a kill
            return fail(
                QStringLiteral("%1 already exists: not replaced").arg(NativePath::display(f.path)));
        }
        const auto bytes = m_newNotes.constFind(f.path);
        if (bytes == m_newNotes.constEnd())
            return fail(QStringLiteral("%1: the note's text is not known")
                            .arg(NativePath::display(f.path)));
        if (!StoreFiles::writeFile(tmp(k), *bytes, &m_error, false)) return false;
        pending.push_back(k);
    }
    if (!pending.empty() && !StoreFiles::syncFileSystem(folder, &m_error)) return false;
    for (size_t k : pending) {
        if (!m_files.renameNoReplace(QString(), files[k].path, &m_error, tmp(k))) return false;
        if (k == pending.front()) m_journal.midStep(step);
    }
    if (!syncFolders(paths)) return false;
    return m_journal.markDone(step) || fail(m_journal.errorString());
}

bool StepExecutor::promote(qsizetype step)
{
    const std::vector<StepFile> &files = m_journal.steps()[size_t(step)].files;
    QStringList paths;
    for (size_t k = 0; k < files.size(); ++k) {
        const StepFile &f = files[k];
        paths << f.path << f.target;
        QByteArray sha;
        const bool source = m_files.exists(f.path);
        const auto target = m_files.hash(f.target, &sha, &m_error);
        if (target == StoreFiles::State::Error) return false;
        if (target == StoreFiles::State::Present) {
            if (!source && sha == f.sha256) continue; // moved before a kill
            m_warnings << QStringLiteral("%1 already exists: %2 left in short-term")
                              .arg(NativePath::display(f.target), NativePath::display(f.path));
            continue;
        }
        if (!source) {
            m_warnings
                << QStringLiteral("%1 vanished: not promoted").arg(NativePath::display(f.path));
            continue;
        }
        if (!m_files.renameNoReplace(f.path, f.target, &m_error)) return false;
        if (k == 0) m_journal.midStep(step);
        if (k % 64 == 0) report(step, qint64(k), qint64(files.size()), f.path);
    }
    if (!syncFolders(paths)) return false;
    return m_journal.markDone(step) || fail(m_journal.errorString());
}

bool StepExecutor::remove(qsizetype step)
{
    const std::vector<StepFile> &files = m_journal.steps()[size_t(step)].files;
    QStringList paths;
    for (size_t k = 0; k < files.size(); ++k) {
        const StepFile &f = files[k];
        paths << f.path;
        QByteArray sha;
        const auto state = m_files.hash(f.path, &sha, &m_error);
        if (state == StoreFiles::State::Error) return false;
        if (state == StoreFiles::State::Missing) continue; // removed before a kill
        if (sha != f.sha256) {
            // Not the bytes the archive holds: removing it would lose them.
            m_warnings << QStringLiteral("%1 changed after it was archived: left in place")
                              .arg(NativePath::display(f.path));
            continue;
        }
        if (!m_files.remove(f.path, &m_error)) return false;
        if (k == 0) m_journal.midStep(step);
        if (k % 64 == 0) report(step, qint64(k), qint64(files.size()), f.path);
    }
    if (!syncFolders(paths)) return false;
    return m_journal.markDone(step) || fail(m_journal.errorString());
}

bool StepExecutor::writeIndex(qsizetype step)
{
    const QByteArray folder = NativePath::encode(m_journal.folder());
    QByteArray after;
    QByteArray current;
    if (!StoreFiles::readFile(folder + "/index.after", &after, &m_error)) return false;
    const auto state = m_files.readRel(MemoryStore::indexFileName(), &current, &m_error);
    if (state == StoreFiles::State::Error) return false;
    if (state == StoreFiles::State::Present && !MemoryIndex::isOurs(current))
        return fail(QStringLiteral("%1 was not written by WhiteMagic: not replaced")
                        .arg(MemoryStore::indexFileName()));
    const QByteArray tmp = folder + "/tmp/index.json";
    if (!StoreFiles::writeFile(tmp, after, &m_error) ||
        !m_files.replaceWith(tmp, MemoryStore::indexFileName(), &m_error))
        return false;
    m_journal.midStep(step);
    if (!m_files.syncFolder(QString(), &m_error)) return false;
    return m_journal.markDone(step) || fail(m_journal.errorString());
}

} // namespace wm
