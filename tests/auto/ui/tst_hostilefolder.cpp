// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// A hostile folder: unreadable files and folders, a symbolic link loop, a
// broken link, a file over the size limit and names that are not UTF-8.
// The audit finishes, every problem is listed in the errors panel with its
// reason, the tab shows the count, and nothing crashes.
//
// Root reads everything, so when run as root the suite first drops to
// nobody (after building the tree), like the CLI suites do with setpriv.
#include "UiTestSupport.h"
#include "models/AuditProxyModel.h"
#include "models/AuditTableModel.h"
#include "models/ErrorListModel.h"
#include "views/AuditView.h"
#include "views/FilePreview.h"

#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wm;
using namespace wm::ui;

class TestHostileFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        wmtest::setupApp();
        QVERIFY(m_tree.isValid());
        const QString root = m_tree.path();
        QVERIFY(wmtest::writeFile(root, QStringLiteral("ok/readable.txt"), "fine\n"));
        QVERIFY(wmtest::writeFile(root, QStringLiteral("secret.txt"), "hidden from us\n"));
        QVERIFY(wmtest::writeFile(root, QStringLiteral("locked/inside.txt"), "unreachable\n"));
        QVERIFY(wmtest::writeFile(root, QStringLiteral("big.log"), QByteArray(8192, 'x')));
        const QByteArray nr = QFile::encodeName(root);
        QCOMPARE(::symlink("loop", (nr + "/loop").constData()), 0);
        QCOMPARE(::symlink("nowhere", (nr + "/dangling").constData()), 0);
        QCOMPARE(::symlink(".", (nr + "/ok/self").constData()), 0); // a directory loop
        // Not UTF-8: Latin-1 bytes in a file and a folder name.
        QVERIFY(::mkdir((nr + "/caf\xe9").constData(), 0755) == 0);
        const int fd =
            ::open((nr + "/caf\xe9/na\xefve.txt").constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "bytes\n", 6), ssize_t(6));
        ::close(fd);
        QCOMPARE(::chmod((nr + "/secret.txt").constData(), 0), 0);
        QCOMPARE(::chmod((nr + "/locked").constData(), 0), 0);
        QCOMPARE(::chmod(nr.constData(), 0755), 0);
        if (geteuid() == 0) {
            // Irreversible for this process, which is why this suite is alone.
            QCOMPARE(::chmod(QFile::encodeName(m_config.path()).constData(), 0777), 0);
            QVERIFY(::setgroups(0, nullptr) == 0);
            QVERIFY(::setresgid(65534, 65534, 65534) == 0);
            QVERIFY(::setresuid(65534, 65534, 65534) == 0);
        }
        QVERIFY(::access((nr + "/secret.txt").constData(), R_OK) != 0);
    }

    void errorsPanelListsEveryProblem()
    {
        MainWindow w;
        w.show();
        AppSettings s;
        s.followLinks = true; // so the loop and the dangling link are met
        s.maxFileSize = 4096;
        w.setSettings(s, false);
        const AuditOutcome o = wmtest::auditAndWait(w, m_tree.path());
        QVERIFY(o.fatalError.isEmpty());
        ErrorListModel *errors = w.auditView()->errorModel();
        QStringList listed;
        for (int r = 0; r < errors->rowCount(); ++r)
            listed << errors->index(r, ErrorListModel::Path).data().toString() +
                          QStringLiteral(" : ") +
                          errors->index(r, ErrorListModel::Reason).data().toString();
        listed.sort();
        qInfo() << "errors panel:" << listed;
        const auto has = [&](const QString &path, const QString &reason) {
            for (const QString &l : std::as_const(listed))
                if (l.startsWith(path + QStringLiteral(" : ")) && l.contains(reason)) return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("secret.txt"), QStringLiteral("ermission")));
        QVERIFY(has(QStringLiteral("locked/"), QStringLiteral("permission denied")));
        QVERIFY(has(QStringLiteral("loop"), QStringLiteral("loop")));
        QVERIFY(has(QStringLiteral("dangling"), QStringLiteral("broken symbolic link")));
        QVERIFY(listed.filter(QStringLiteral("big.log : ")).size() == 1);
        // Unreadable folders are rows of their own, not counted as files.
        QCOMPARE(errors->count(), int(o.totals.errors + o.totals.unreadableFolders));
        QCOMPARE(errors->count(), 5);
        // The count shows on the tab.
        QTabWidget *tabs = w.auditView()->detailTabs();
        QVERIFY(tabs->tabText(1).contains(QString::number(errors->count())));

        // The non-UTF-8 file was audited, its name shown (not dropped).
        AuditTableModel &table = w.auditView()->tableModel();
        bool naive = false;
        for (const FileRecord &r : table.rows())
            naive = naive || (r.path.startsWith(QStringLiteral("caf")) &&
                              r.path.endsWith(QStringLiteral("ve.txt")) && !r.hasError());
        QVERIFY(naive);

        // The preview of an unreadable file says so.
        AuditProxyModel *p = w.auditView()->proxyModel();
        p->setTextFilter(QStringLiteral("secret"));
        QCOMPARE(p->rowCount(), 1);
        w.auditView()->tableView()->setCurrentIndex(p->index(0, 0));
        QTRY_VERIFY(w.auditView()->preview()->message().contains(QStringLiteral("Cannot read")));
    }

    void cleanupTestCase()
    {
        // Let the temporary folders be removed (as nobody we own nothing
        // there; as another user the chmods are ours to undo).
        const QByteArray nr = QFile::encodeName(m_tree.path());
        ::chmod((nr + "/locked").constData(), 0755);
        if (geteuid() == 65534) m_tree.setAutoRemove(false);
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_tree;
};

QTEST_MAIN(TestHostileFolder)
#include "tst_hostilefolder.moc"
