// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Settings round-trip through QSettings in an isolated config folder: the
// values, the dialog, the audit options they give, the flags they mean for
// wm audit, and the window's geometry and column state.
#include "UiTestSupport.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "views/AuditView.h"

#include <QDirIterator>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;
using namespace wm::ui;

class TestUiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        wmtest::setupApp();
    }

    void roundTrip()
    {
        AppSettings s;
        s.threads = 3;
        s.hidden = true;
        s.respectIgnore = false;
        s.followLinks = true;
        s.includes = {QStringLiteral("*.cpp"), QStringLiteral("*.h")};
        s.excludes = {QStringLiteral("build/")};
        s.maxFileSize = 5 << 20;
        s.budgetTokens = 4000;
        s.recentFolders = {QStringLiteral("/a"), QStringLiteral("/b")};
        {
            QSettings qs;
            s.save(qs);
        }
        QSettings fresh;
        QCOMPARE(AppSettings::load(fresh), s);
        // Isolated: the file is under the test's own folder.
        QVERIFY(fresh.fileName().startsWith(m_config.path()));
        QVERIFY(QFile::exists(fresh.fileName()));
    }

    void defaultsAreWmAuditDefaults()
    {
        QTemporaryDir other;
        QSettings empty(other.filePath(QStringLiteral("none.conf")), QSettings::IniFormat);
        const AppSettings d = AppSettings::load(empty);
        QCOMPARE(d, AppSettings());
        QVERIFY(d.cliArguments().isEmpty());
        const AuditOptions o = d.auditOptions(QStringLiteral("/x"));
        const AuditOptions cli;
        QCOMPARE(o.walk.hidden, cli.walk.hidden);
        QCOMPARE(o.walk.noIgnore, cli.walk.noIgnore);
        QCOMPARE(o.walk.followLinks, cli.walk.followLinks);
        QCOMPARE(o.maxFileSize, cli.maxFileSize);
    }

    void cliArgumentsMatchOptions()
    {
        AppSettings s;
        s.hidden = true;
        s.respectIgnore = false;
        s.excludes = {QStringLiteral("*.md")};
        s.budgetTokens = 900;
        QCOMPARE(s.cliArguments(),
                 (QStringList{QStringLiteral("--exclude"), QStringLiteral("*.md"),
                              QStringLiteral("--hidden"), QStringLiteral("--no-ignore"),
                              QStringLiteral("--budget"), QStringLiteral("900")}));
    }

    void dialogKeepsValues()
    {
        AppSettings s;
        s.threads = 2;
        s.includes = {QStringLiteral("*.rs"), QStringLiteral("*.toml")};
        s.maxFileSize = 3 << 20;
        s.budgetTokens = 1500;
        s.recentFolders = {QStringLiteral("/r")};
        SettingsDialog dialog(s);
        QCOMPARE(dialog.settings(), s);
    }

    void windowStateRemembered()
    {
        QByteArray header;
        {
            MainWindow w;
            w.resize(1000, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.auditView()->tableView()->horizontalHeader()->resizeSection(0, 123);
            w.close();
            header = w.auditView()->tableView()->horizontalHeader()->saveState();
        }
        MainWindow again;
        QCOMPARE(again.auditView()->tableView()->horizontalHeader()->sectionSize(0), 123);
        QCOMPARE(again.size(), QSize(1000, 700));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
