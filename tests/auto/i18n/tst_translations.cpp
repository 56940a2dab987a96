// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The window in German and in Chinese. CTest runs this suite twice, with a
// German and with a Chinese system locale in the environment (LANG,
// LANGUAGE; WM_TEST_LANGUAGE says which). Expected texts come from the .ts
// files themselves (parsed here, independently of lrelease and the
// embedded .qm), plus the menu titles spelled out, so a broken .ts cannot
// pass by agreeing with itself.
#include "app/Application.h"
#include "app/Translations.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "window/MainWindow.h"
#include "window/MainWindowActions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace wm::ui;

namespace {

// (context, source) -> translations (one, or the plural forms).
using TsTable = QHash<QPair<QString, QString>, QStringList>;

TsTable readTs(const QString &language)
{
    TsTable table;
    QFile f(qEnvironmentVariable("WM_TS_DIR") + QStringLiteral("/whitemagic_%1.ts").arg(language));
    if (!f.open(QIODevice::ReadOnly)) return table;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            // Plural forms run together here; pluralForms() keeps them apart.
            table.insert({context, source},
                         {xml.readElementText(QXmlStreamReader::IncludeChildElements)});
    }
    return table;
}

// Plural forms need the structure kept: read them separately.
QStringList pluralForms(const QString &language, const QString &source)
{
    QFile f(qEnvironmentVariable("WM_TS_DIR") + QStringLiteral("/whitemagic_%1.ts").arg(language));
    if (!f.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&f);
    QString current;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("source")) {
            if (current == source && !forms.isEmpty()) return forms;
            current = xml.readElementText();
            forms.clear();
        } else if (xml.name() == QLatin1String("numerusform") && current == source) {
            forms << xml.readElementText();
        }
    }
    return current == source ? forms : QStringList();
}

// Every menu title and menu action text of the window, in order.
QStringList menuTexts(const MainWindow &w)
{
    QStringList texts;
    for (QAction *menuAction : w.menuBar()->actions()) {
        texts << menuAction->text();
        for (QAction *a : menuAction->menu()->actions())
            if (!a->isSeparator()) texts << a->text();
    }
    return texts;
}

// Accelerators that two entries of one menu (or two menu titles) share, as
// "File: R = Open &Recent, &Rescan"; Alt+letter then picks only the first.
QStringList mnemonicClashes(const MainWindow &w)
{
    QStringList clashes;
    const auto check = [&](const QString &where, const QList<QAction *> &actions) {
        QMap<int, QStringList> byKey;
        for (QAction *a : actions) {
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (!a->isSeparator() && !key.isEmpty()) byKey[key[0].toCombined()] << a->text();
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (it->size() > 1)
                clashes << QStringLiteral("%1: %2 = %3")
                               .arg(where, QKeySequence(it.key()).toString(),
                                    it->join(QStringLiteral(", ")));
    };
    check(QStringLiteral("menu bar"), w.menuBar()->actions());
    for (QAction *menuAction : w.menuBar()->actions())
        check(menuAction->text(), menuAction->menu()->actions());
    return clashes;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QString m_system; // "de" or "zh_CN": the environment's language
    QString m_other;  // the other one, for the Settings override

    void useLanguageSetting(const QString &code)
    {
        QSettings qs;
        AppSettings s = AppSettings::load(qs);
        s.language = code;
        s.save(qs);
        qs.sync();
        Application::setup(*qApp);
    }

    // The window's menus against the .ts translations of an English window's.
    void checkAgainstTs(const QString &language)
    {
        const TsTable ts = readTs(language);
        QVERIFY2(!ts.isEmpty(), "cannot read the .ts file (WM_TS_DIR)");
        Translations::install(QStringLiteral("en"));
        const QStringList english = menuTexts(MainWindow());
        QCOMPARE(mnemonicClashes(MainWindow()), QStringList());
        Translations::install(language);
        const QStringList translated = menuTexts(MainWindow());
        QCOMPARE(mnemonicClashes(MainWindow()), QStringList());
        QCOMPARE(translated.size(), english.size());
        QVERIFY(english.contains(QStringLiteral("&File")));
        int checked = 0;
        for (int i = 0; i < english.size(); ++i) {
            // Dynamic entries (recent folders) are not in the .ts.
            const auto it = ts.find({QStringLiteral("wm::ui::MainWindowActions"), english[i]});
            if (it == ts.end()) continue;
            QCOMPARE(translated[i], it->first());
            QVERIFY2(translated[i] != english[i], qPrintable(english[i]));
            ++checked;
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        m_system = qEnvironmentVariable("WM_TEST_LANGUAGE");
        QVERIFY2(m_system == QLatin1String("de") || m_system == QLatin1String("zh_CN"),
                 "run through CTest: WM_TEST_LANGUAGE=de or zh_CN, LANG and LANGUAGE to match");
        m_other = m_system == QLatin1String("de") ? QStringLiteral("zh_CN") : QStringLiteral("de");
    }

    // Each test starts from the system default, whatever the last one set.
    void init() { useLanguageSetting(QString()); }

    // The system locale's translation is loaded at start-up: the menu bar
    // of a fresh window is German ("&Datei") or Chinese ("文件(&F)").
    void systemLocaleMenus()
    {
        QCOMPARE(QLocale::system().name().left(2), m_system.left(2));
        QVERIFY(Translations::translated());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        const QStringList expected =
            m_system == QLatin1String("de")
                ? QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                              QStringLiteral("&Hilfe")}
                : QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"),
                              QStringLiteral("帮助(&H)")};
        // Views merged later may add menus; these three come first.
        QCOMPARE(titles.mid(0, 3), expected);
        QVERIFY(w.windowActions()->open->text() != QLatin1String("&Open Folder…"));
    }

    void everyMenuEntryAsInTheTs() { checkAgainstTs(m_system); }

    // Qt's own strings (standard buttons) come from qtbase_<lang>.qm.
    void qtOwnTranslation()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
        QCOMPARE(cancel, m_system == QLatin1String("de") ? QStringLiteral("Abbrechen")
                                                         : QStringLiteral("取消"));
    }

    // Plural forms: one and many in German, one form in Chinese, as in the .ts.
    void plurals()
    {
        const QString src = QStringLiteral("%Ln file(s)");
        const QStringList forms = pluralForms(m_system, src);
        QCOMPARE(forms.size(), m_system == QLatin1String("de") ? 2 : 1);
        const auto tr = [&](int n) {
            return QCoreApplication::translate("wm::ui::TotalsStrip", "%Ln file(s)", nullptr, n);
        };
        const QLocale l;
        QCOMPARE(tr(1), QString(forms.first()).replace(QLatin1String("%Ln"), l.toString(1)));
        QCOMPARE(tr(12345), QString(forms.last()).replace(QLatin1String("%Ln"), l.toString(12345)));
        if (m_system == QLatin1String("de")) {
            QCOMPARE(tr(1), QStringLiteral("1 Datei"));
            QCOMPARE(tr(12345), QStringLiteral("12.345 Dateien"));
        } else {
            QCOMPARE(tr(3), QStringLiteral("3 个文件"));
        }
    }

    // The Settings override beats the system locale (at the next start,
    // here Application::setup), and "English" shows the source texts.
    void settingsOverride()
    {
        useLanguageSetting(m_other);
        {
            MainWindow w;
            QCOMPARE(w.windowActions()->fileMenu->title(), m_other == QLatin1String("de")
                                                               ? QStringLiteral("&Datei")
                                                               : QStringLiteral("文件(&F)"));
        }
        checkAgainstTs(m_other);
        useLanguageSetting(QStringLiteral("en"));
        {
            MainWindow w;
            QCOMPARE(w.windowActions()->fileMenu->title(), QStringLiteral("&File"));
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        }
    }

    // The dialog offers the four choices and stores the one picked.
    void settingsDialogLanguage()
    {
        AppSettings s;
        s.language = QStringLiteral("zh_CN");
        SettingsDialog d(s);
        auto *combo = d.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(combo->itemText(3), QStringLiteral("中文（简体）"));
        QCOMPARE(combo->itemText(0), m_system == QLatin1String("de")
                                         ? QStringLiteral("Systemstandard")
                                         : QStringLiteral("系统默认"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QCOMPARE(d.settings().language, QStringLiteral("de"));
        QSettings qs;
        d.settings().save(qs);
        QCOMPARE(AppSettings::load(qs).language, QStringLiteral("de"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
