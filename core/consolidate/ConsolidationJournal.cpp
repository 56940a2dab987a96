// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidationJournal.h"

#include "ConsolidateLogging.h"
#include "StoreFiles.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {
namespace {

// The crash hooks (see the header). -1 when unset.
long envNumber(const char *name)
{
    const char *v = std::getenv(name);
    return v != nullptr && *v != 0 ? std::strtol(v, nullptr, 10) : -1;
}

QByteArray enc(const QString &path)
{
    return NativePath::encode(path);
}

const QList<JournalStep::Kind> &allKinds()
{
    using K = JournalStep::Kind;
    static const QList<K> kinds{K::MakeFolder, K::WriteArchive,    K::VerifyArchive,
                                K::CreateNote, K::PointOfNoReturn, K::Promote,
                                K::Remove,     K::WriteIndex,      K::Commit};
    return kinds;
}

bool makeFolder(const QByteArray &path, QString *error)
{
    if (::mkdir(path.constData(), 0777) == 0) {
        const qsizetype slash = path.lastIndexOf('/');
        return StoreFiles::syncPath(slash > 0 ? path.left(slash) : QByteArray("."), error);
    }
    if (errno == EEXIST) return true;
    *error = QStringLiteral("cannot create %1: %2")
                 .arg(NativePath::displayBytes(path.toStdString()), lastErrnoText());
    return false;
}

} // namespace

QString ConsolidationJournal::stateFolder(const QString &root)
{
    return root + QStringLiteral("/.wm-consolidate");
}

QString ConsolidationJournal::runsFolder(const QString &root)
{
    return stateFolder(root) + QStringLiteral("/runs");
}

QString ConsolidationJournal::runFolder(const QString &root, const QString &runId)
{
    return runsFolder(root) + QLatin1Char('/') + runId;
}

bool ConsolidationJournal::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ConsolidationJournal::create(const QString &root, const QString &runId,
                                  const std::vector<JournalStep> &steps, const Record &record)
{
    m_runId = runId;
    m_folder = runFolder(root, runId);
    m_steps = steps;
    m_results.assign(steps.size(), QByteArray());
    QString error;
    const QByteArray building = enc(runsFolder(root) + QStringLiteral("/.new-") + runId);
    if (!makeFolder(enc(stateFolder(root)), &error) || !makeFolder(enc(runsFolder(root)), &error) ||
        !StoreFiles::removeTree(building, &error) || !makeFolder(building, &error) ||
        !makeFolder(building + "/tmp", &error) ||
        !StoreFiles::writeFile(building + "/plan.json", record.planJson, &error, false) ||
        !StoreFiles::writeFile(building + "/steps.json", stepsToJson(steps), &error, false) ||
        !StoreFiles::writeFile(building + "/index.after", record.indexAfter, &error, false) ||
        (record.hadIndex &&
         !StoreFiles::writeFile(building + "/index.before", record.indexBefore, &error, false)) ||
        !StoreFiles::writeFile(building + "/journal", {}, &error, false) ||
        !StoreFiles::syncFileSystem(building, &error) || !StoreFiles::syncPath(building, &error))
        return fail(error);
    // The record appears whole: a run folder without it never exists.
    if (::renameat2(AT_FDCWD, building.constData(), AT_FDCWD, enc(m_folder).constData(),
                    RENAME_NOREPLACE) != 0)
        return fail(QStringLiteral("cannot record the run in %1: %2")
                        .arg(NativePath::display(m_folder), lastErrnoText()));
    if (!StoreFiles::syncPath(enc(runsFolder(root)), &error)) return fail(error);
    m_fd.reset(::open(enc(m_folder + QStringLiteral("/journal")).constData(),
                      O_WRONLY | O_APPEND | O_CLOEXEC));
    if (!m_fd.valid())
        return fail(QStringLiteral("cannot open the journal: %1").arg(lastErrnoText()));
    return true;
}

bool ConsolidationJournal::open(const QString &root, const QString &runId, bool forWriting)
{
    m_runId = runId;
    m_folder = runFolder(root, runId);
    QByteArray json;
    QByteArray journal;
    QString error;
    if (!StoreFiles::readFile(enc(m_folder + QStringLiteral("/steps.json")), &json, &error) ||
        !StoreFiles::readFile(enc(m_folder + QStringLiteral("/journal")), &journal, &error))
        return fail(error);
    if (!stepsFromJson(json, m_steps, &error)) return fail(error);
    m_results.assign(m_steps.size(), QByteArray());
    const qsizetype complete = journal.lastIndexOf('\n') + 1;
    if (!forWriting) {
        readLines(journal.left(complete));
        return true;
    }
    const QByteArray path = enc(m_folder + QStringLiteral("/journal"));
    m_fd.reset(::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC));
    if (!m_fd.valid())
        return fail(QStringLiteral("cannot open the journal: %1").arg(lastErrnoText()));
    // A line cut short by a kill is dropped, so the next one starts clean.
    if (complete < journal.size()) {
        if (::ftruncate(m_fd.get(), complete) != 0 || ::fdatasync(m_fd.get()) != 0)
            return fail(QStringLiteral("cannot repair the journal: %1").arg(lastErrnoText()));
        journal.truncate(complete);
    }
    readLines(journal);
    return true;
}

void ConsolidationJournal::readLines(const QByteArray &journal)
{
    for (const QByteArray &line : journal.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (line == "restore") {
            m_restoring = true;
        } else if (line == "commit") {
            m_committed = true;
        } else if (parts.size() >= 2 && parts[0] == "done") {
            bool ok = false;
            const qsizetype i = parts[1].toLongLong(&ok);
            if (ok && i >= 0 && i < qsizetype(m_steps.size()))
                m_results[size_t(i)] = parts.size() > 2 ? parts[2] : QByteArray("");
        }
    }
}

bool ConsolidationJournal::append(const QByteArray &line)
{
    static long appended = 0;
    static const long crashAfter = envNumber("WM_CONSOLIDATE_CRASH_AFTER");
    const QByteArray data = line + '\n';
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_fd.get(), data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(QStringLiteral("cannot write the journal: %1").arg(lastErrnoText()));
        done += n;
    }
    if (::fdatasync(m_fd.get()) != 0)
        return fail(QStringLiteral("cannot write the journal: %1").arg(lastErrnoText()));
    if (++appended == crashAfter) {
        qCWarning(lcConsolidate) << "WM_CONSOLIDATE_CRASH_AFTER: exiting after journal line"
                                 << appended;
        ::_exit(86);
    }
    return true;
}

bool ConsolidationJournal::markDone(qsizetype step, const QByteArray &result)
{
    QByteArray line = "done " + QByteArray::number(step);
    if (!result.isEmpty()) line += ' ' + result;
    if (!append(line)) return false;
    m_results[size_t(step)] = result.isEmpty() ? QByteArray("") : result;
    return true;
}

bool ConsolidationJournal::markRestoreStarted()
{
    if (m_restoring) return true;
    m_restoring = append("restore");
    return m_restoring;
}

bool ConsolidationJournal::markCommitted()
{
    m_committed = append("commit");
    return m_committed;
}

void ConsolidationJournal::midStep(qsizetype step) const
{
    static const long crashIn = envNumber("WM_CONSOLIDATE_CRASH_IN");
    if (step == crashIn) {
        qCWarning(lcConsolidate) << "WM_CONSOLIDATE_CRASH_IN: exiting in step" << step;
        ::_exit(86);
    }
}

void ConsolidationJournal::undone(qsizetype step) const
{
    static const long crashIn = envNumber("WM_CONSOLIDATE_CRASH_IN_UNDO");
    if (step == crashIn) {
        qCWarning(lcConsolidate) << "WM_CONSOLIDATE_CRASH_IN_UNDO: exiting after undoing step"
                                 << step;
        ::_exit(86);
    }
}

bool ConsolidationJournal::isDone(qsizetype step) const
{
    return step >= 0 && step < qsizetype(m_results.size()) && !m_results[size_t(step)].isNull();
}

QByteArray ConsolidationJournal::result(qsizetype step) const
{
    return isDone(step) ? m_results[size_t(step)] : QByteArray();
}

qsizetype ConsolidationJournal::pointOfNoReturn() const
{
    for (size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].kind == JournalStep::Kind::PointOfNoReturn) return qsizetype(i);
    return -1;
}

bool ConsolidationJournal::pastPointOfNoReturn() const
{
    return isDone(pointOfNoReturn());
}

QByteArray ConsolidationJournal::stepsToJson(const std::vector<JournalStep> &steps)
{
    QJsonArray array;
    for (const JournalStep &s : steps) {
        QJsonArray files;
        for (const StepFile &f : s.files) {
            // Paths as their bytes in hex: lossless whatever the name (a run record
            // is read back by wm, not by people; plan.json has the readable form).
            QJsonObject o{{QStringLiteral("path"), QString::fromLatin1(enc(f.path).toHex())}};
            if (!f.target.isEmpty())
                o.insert(QStringLiteral("target"), QString::fromLatin1(enc(f.target).toHex()));
            if (!f.sha256.isEmpty())
                o.insert(QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex()));
            if (f.mtimeNs != 0)
                o.insert(QStringLiteral("mtimeNs"), QString::number(f.mtimeNs)); // 64 bits: text
            files.append(o);
        }
        array.append(QJsonObject{{QStringLiteral("kind"), journalStepName(s.kind)},
                                 {QStringLiteral("files"), files}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                      QStringLiteral("whitemagic-consolidation-steps")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("steps"), array}})
        .toJson(QJsonDocument::Indented);
}

bool ConsolidationJournal::stepsFromJson(const QByteArray &json, std::vector<JournalStep> &steps,
                                         QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() !=
                               QLatin1String("whitemagic-consolidation-steps")) {
        *error = QStringLiteral("steps.json: not a consolidation record");
        return false;
    }
    steps.clear();
    const auto hex = [](const QJsonValue &v) {
        return QByteArray::fromHex(v.toString().toLatin1());
    };
    for (const QJsonValue &v : doc.object().value(QStringLiteral("steps")).toArray()) {
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        JournalStep step;
        bool known = false;
        for (JournalStep::Kind k : allKinds())
            if (journalStepName(k) == kind) {
                step.kind = k;
                known = true;
            }
        if (!known) {
            *error = QStringLiteral("steps.json: unknown step '%1'").arg(kind);
            return false;
        }
        for (const QJsonValue &f : v.toObject().value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = f.toObject();
            step.files.push_back(
                {NativePath::decode(hex(o.value(QStringLiteral("path"))).toStdString()),
                 NativePath::decode(hex(o.value(QStringLiteral("target"))).toStdString()),
                 hex(o.value(QStringLiteral("sha256"))),
                 o.value(QStringLiteral("mtimeNs")).toString().toLongLong()});
        }
        steps.push_back(std::move(step));
    }
    return true;
}

} // namespace wm
