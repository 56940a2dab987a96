// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AppSettings.h"

#include <QSettings>

namespace wm::ui {

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a;
    s.beginGroup(QStringLiteral("audit"));
    a.threads = std::max(0, s.value(QStringLiteral("threads"), a.threads).toInt());
    a.hidden = s.value(QStringLiteral("hidden"), a.hidden).toBool();
    a.respectIgnore = s.value(QStringLiteral("respectIgnore"), a.respectIgnore).toBool();
    a.followLinks = s.value(QStringLiteral("followLinks"), a.followLinks).toBool();
    a.includes = s.value(QStringLiteral("includes")).toStringList();
    a.excludes = s.value(QStringLiteral("excludes")).toStringList();
    a.maxFileSize = std::max<qint64>(0, s.value(QStringLiteral("maxFileSize"), 0).toLongLong());
    s.endGroup();
    s.beginGroup(QStringLiteral("report"));
    a.budgetTokens = std::max<qint64>(0, s.value(QStringLiteral("budgetTokens"), 0).toLongLong());
    s.endGroup();
    a.recentFolders = s.value(QStringLiteral("recentFolders")).toStringList().mid(0, maxRecent);
    a.language = loadLanguage(s);
    return a;
}

QString AppSettings::loadLanguage(QSettings &s)
{
    return s.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("audit"));
    s.setValue(QStringLiteral("threads"), threads);
    s.setValue(QStringLiteral("hidden"), hidden);
    s.setValue(QStringLiteral("respectIgnore"), respectIgnore);
    s.setValue(QStringLiteral("followLinks"), followLinks);
    s.setValue(QStringLiteral("includes"), includes);
    s.setValue(QStringLiteral("excludes"), excludes);
    s.setValue(QStringLiteral("maxFileSize"), maxFileSize);
    s.endGroup();
    s.beginGroup(QStringLiteral("report"));
    s.setValue(QStringLiteral("budgetTokens"), budgetTokens);
    s.endGroup();
    s.setValue(QStringLiteral("recentFolders"), recentFolders);
    s.setValue(QStringLiteral("ui/language"), language);
}

AuditOptions AppSettings::auditOptions(const QString &root) const
{
    AuditOptions o;
    o.walk.root = root;
    o.walk.includes = includes;
    o.walk.excludes = excludes;
    o.walk.hidden = hidden;
    o.walk.noIgnore = !respectIgnore;
    o.walk.followLinks = followLinks;
    o.maxFileSize = maxFileSize;
    o.threads = threads;
    return o;
}

QStringList AppSettings::cliArguments() const
{
    QStringList a;
    for (const QString &g : includes)
        a << QStringLiteral("--include") << g;
    for (const QString &g : excludes)
        a << QStringLiteral("--exclude") << g;
    if (hidden) a << QStringLiteral("--hidden");
    if (!respectIgnore) a << QStringLiteral("--no-ignore");
    if (followLinks) a << QStringLiteral("--follow-links");
    if (maxFileSize > 0) a << QStringLiteral("--max-size") << QString::number(maxFileSize);
    if (budgetTokens > 0) a << QStringLiteral("--budget") << QString::number(budgetTokens);
    return a;
}

} // namespace wm::ui
