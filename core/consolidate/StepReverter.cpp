// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StepReverter.h"

#include "OriginalsExtractor.h"
#include "compress/ArchiveVerifier.h"
#include "io/ErrnoText.h"
#include "io/FdSource.h"
#include "io/NativePath.h"
#include "memory/MemoryIndex.h"
#include "memory/MemoryStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {
namespace {

using Kind = JournalStep::Kind;
using State = StoreFiles::State;

QString revertedFolderOf(const QString &rel)
{
    const qsizetype slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

QString shown(const QString &rel)
{
    return NativePath::display(rel);
}

} // namespace

StepReverter::StepReverter(const QString &root, ConsolidationJournal &journal)
    : m_root(root), m_journal(journal), m_files(root)
{
}

bool StepReverter::fail(const QString &message)
{
    m_error = message;
    return false;
}

void StepReverter::report(RestoreProgress::Step step, qint64 done, qint64 total,
                          const QString &current)
{
    if (m_onProgress)
        m_onProgress(RestoreProgress{step, m_journal.runId(), done, total, shown(current)});
}

QString StepReverter::archivePath() const
{
    for (const JournalStep &s : m_journal.steps())
        if (s.kind == Kind::VerifyArchive && !s.files.empty()) return s.files[0].path;
    return {};
}

QStringList StepReverter::conflicts() const
{
    QStringList out;
    QString error;
    const auto state = [&](const QString &path, QByteArray *sha) {
        const State st = m_files.hash(path, sha, &error);
        if (st == State::Error) out << error;
        return st;
    };
    for (const JournalStep &s : m_journal.steps()) {
        for (const StepFile &f : s.files) {
            QByteArray sha;
            QByteArray targetSha;
            if (s.kind == Kind::CreateNote && state(f.path, &sha) == State::Present &&
                sha != f.sha256)
                out << QStringLiteral("%1 changed since the run").arg(shown(f.path));
            if (s.kind == Kind::Remove && state(f.path, &sha) == State::Present && sha != f.sha256)
                out << QStringLiteral("%1 is a different file now").arg(shown(f.path));
            if (s.kind != Kind::Promote) continue;
            const State source = state(f.path, &sha);
            if (source == State::Present && sha != f.sha256)
                out << QStringLiteral("%1 is a different file now").arg(shown(f.path));
            else if (source == State::Missing && state(f.target, &targetSha) == State::Present &&
                     targetSha != f.sha256)
                out << QStringLiteral("%1 changed since the run").arg(shown(f.target));
        }
    }
    QByteArray index;
    if (m_files.readRel(MemoryStore::indexFileName(), &index, &error) == State::Present &&
        !MemoryIndex::isOurs(index))
        out << QStringLiteral("%1 was replaced by a file WhiteMagic did not write")
                   .arg(MemoryStore::indexFileName());
    return out;
}

qsizetype StepReverter::missingOriginals() const
{
    qsizetype n = 0;
    for (const JournalStep &s : m_journal.steps())
        if (s.kind == Kind::Remove)
            for (const StepFile &f : s.files)
                n += !m_files.exists(f.path);
    return n;
}

bool StepReverter::checkArchive()
{
    const QString path = archivePath();
    FdSource source;
    if (path.isEmpty() || !source.open(m_root + QLatin1Char('/') + path))
        return fail(QStringLiteral("the run's archive %1 cannot be read: %2")
                        .arg(shown(path), source.errorString()));
    const ArchiveVerifier::Result v = ArchiveVerifier::verify(source);
    if (!v.ok)
        return fail(QStringLiteral("the run's archive %1 is damaged: %2")
                        .arg(shown(path), v.errors.join(QStringLiteral("; "))));
    return true;
}

bool StepReverter::revert()
{
    const auto &steps = m_journal.steps();
    for (qsizetype i = qsizetype(steps.size()) - 1; i >= 0; --i) {
        const JournalStep &s = steps[size_t(i)];
        bool ok = true;
        switch (s.kind) {
        case Kind::WriteIndex:
            ok = revertIndex();
            break;
        case Kind::Remove:
            ok = m_extracted || extractOriginals();
            break;
        case Kind::Promote:
            ok = movePromoted(s);
            break;
        case Kind::CreateNote:
            ok = removeCreated(s);
            break;
        case Kind::VerifyArchive:
            ok = removeArchive();
            break;
        case Kind::MakeFolder:
            ok = m_files.removeFolderIfEmpty(s.files.at(0).path, &m_error);
            m_touched << revertedFolderOf(s.files.at(0).path);
            break;
        case Kind::WriteArchive:
        case Kind::PointOfNoReturn:
        case Kind::Commit:
            break;
        }
        if (!ok) return false;
        m_journal.undone(i);
    }
    m_touched.removeDuplicates();
    for (const QString &folder : m_touched)
        if (m_files.exists(folder) && !m_files.syncFolder(folder, &m_error)) return false;
    report(RestoreProgress::Step::Finished, 1, 1);
    return true;
}

bool StepReverter::revertIndex()
{
    const QByteArray folder = NativePath::encode(m_journal.folder());
    const QString index = MemoryStore::indexFileName();
    m_touched << QString();
    if (::access((folder + "/index.before").constData(), F_OK) == 0) {
        QByteArray before;
        QByteArray current;
        if (!StoreFiles::readFile(folder + "/index.before", &before, &m_error)) return false;
        const State st = m_files.readRel(index, &current, &m_error);
        if (st == State::Error) return false;
        if (st == State::Present && current == before) return true;
        if (st == State::Present && !MemoryIndex::isOurs(current))
            return fail(
                QStringLiteral("%1 was not written by WhiteMagic: not replaced").arg(index));
        const QByteArray tmp = folder + "/tmp/index.before";
        return StoreFiles::writeFile(tmp, before, &m_error) &&
               m_files.replaceWith(tmp, index, &m_error);
    }
    // There was no index before the run: remove the one it wrote.
    QByteArray after;
    QByteArray sha;
    if (!StoreFiles::readFile(folder + "/index.after", &after, &m_error)) return false;
    const State st = m_files.hash(index, &sha, &m_error);
    if (st == State::Error) return false;
    if (st == State::Missing) return true;
    if (sha != QCryptographicHash::hash(after, QCryptographicHash::Sha256)) {
        m_warnings << QStringLiteral("%1 changed since the run: left in place").arg(index);
        return true;
    }
    return m_files.remove(index, &m_error);
}

bool StepReverter::movePromoted(const JournalStep &step)
{
    qint64 k = 0;
    for (const StepFile &f : step.files) {
        report(RestoreProgress::Step::Moving, k++, qint64(step.files.size()), f.target);
        QByteArray sha;
        if (m_files.exists(f.path)) continue; // never promoted, or already back
        const State st = m_files.hash(f.target, &sha, &m_error);
        if (st == State::Error) return false;
        if (st == State::Missing || sha != f.sha256) continue; // checked in conflicts()
        if (!m_files.renameNoReplace(f.target, f.path, &m_error)) return false;
        ++m_moved;
        m_touched << revertedFolderOf(f.path) << revertedFolderOf(f.target);
    }
    return true;
}

bool StepReverter::removeCreated(const JournalStep &step)
{
    for (const StepFile &f : step.files) {
        QByteArray sha;
        const State st = m_files.hash(f.path, &sha, &m_error);
        if (st == State::Error) return false;
        if (st == State::Missing) continue;
        if (sha != f.sha256) {
            m_warnings
                << QStringLiteral("%1 changed since the run: left in place").arg(shown(f.path));
            continue;
        }
        if (!m_files.remove(f.path, &m_error)) return false;
        ++m_removed;
        m_touched << revertedFolderOf(f.path);
    }
    report(RestoreProgress::Step::Removing, m_removed, m_removed);
    return true;
}

bool StepReverter::removeArchive()
{
    const QString path = archivePath();
    const QByteArray written = m_journal.result([&] {
        for (size_t i = 0; i < m_journal.steps().size(); ++i)
            if (m_journal.steps()[i].kind == Kind::WriteArchive) return qsizetype(i);
        return qsizetype(-1);
    }());
    QByteArray sha;
    const State st = m_files.hash(path, &sha, &m_error);
    if (st == State::Error) return false;
    if (st == State::Missing) return true;
    if (written.isEmpty() || sha.toHex() != written) {
        m_warnings << QStringLiteral("%1 is not the archive the run wrote: left in place")
                          .arg(shown(path));
        return true;
    }
    m_touched << revertedFolderOf(path);
    return m_files.remove(path, &m_error);
}

bool StepReverter::extractOriginals()
{
    m_extracted = true;
    QHash<QByteArray, StepFile> missing;
    for (const JournalStep &s : m_journal.steps())
        if (s.kind == Kind::Remove)
            for (const StepFile &f : s.files)
                if (!m_files.exists(f.path)) missing.insert(NativePath::encode(f.path), f);
    if (missing.isEmpty()) return true;
    OriginalsExtractor extractor(m_root, NativePath::encode(m_journal.folder()) + "/tmp");
    extractor.setProgress([this](qint64 done, qint64 total, const QString &current) {
        report(RestoreProgress::Step::Extracting, done, total, current);
    });
    if (!extractor.extract(archivePath(), missing)) return fail(extractor.errorString());
    m_restored += extractor.written();
    m_touched << extractor.folders();
    return true;
}

bool StepReverter::removeRecord(const QString &root, const QString &runId, QString *error)
{
    const QByteArray runs = NativePath::encode(ConsolidationJournal::runsFolder(root));
    const QByteArray trash = runs + "/.trash-" + NativePath::encode(runId);
    if (!StoreFiles::removeTree(trash, error)) return false;
    if (::rename(NativePath::encode(ConsolidationJournal::runFolder(root, runId)).constData(),
                 trash.constData()) != 0) {
        *error =
            QStringLiteral("cannot remove the record of run %1: %2").arg(runId, lastErrnoText());
        return false;
    }
    if (!StoreFiles::syncPath(runs, error) || !StoreFiles::removeTree(trash, error)) return false;
    // The last run undone: the store is as it was before the first one.
    if (::rmdir(runs.constData()) == 0) {
        const QByteArray state = NativePath::encode(ConsolidationJournal::stateFolder(root));
        if (::rmdir(state.constData()) == 0)
            return StoreFiles::syncPath(NativePath::encode(root), error);
        return StoreFiles::syncPath(state, error);
    }
    return true;
}

bool StepReverter::removeLeftovers(const QString &root, QString *error)
{
    const QByteArray runs = NativePath::encode(ConsolidationJournal::runsFolder(root));
    DIR *dir = ::opendir(runs.constData());
    if (dir == nullptr) return true;
    QList<QByteArray> names;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray n(e->d_name);
        if (n.startsWith(".new-") || n.startsWith(".trash-")) names << n;
    }
    ::closedir(dir);
    for (const QByteArray &n : names)
        if (!StoreFiles::removeTree(runs + '/' + n, error)) return false;
    // No run left (a run that failed to start): no trace of one either.
    if (::rmdir(runs.constData()) == 0)
        ::rmdir(NativePath::encode(ConsolidationJournal::stateFolder(root)).constData());
    return true;
}

} // namespace wm
