// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "HexagramSummary.h"

#include "BalanceSignals.h"
#include "HexagramCaster.h"
#include "audit/AuditResult.h"

#include <QStringList>

namespace wm {
namespace {

QString title(Hexagram h)
{
    return QStringLiteral("%1 %2 %3 %4 — %5")
        .arg(h.symbol(), QString::number(h.number()), h.chinese(), h.pinyin(), h.english());
}

} // namespace

QString HexagramSummary::line(const Casting &casting, int recommendedThreads)
{
    const Hexagram h = casting.primary();
    QString s =
        QStringLiteral("%1 · %2 yang, %3 yin: %4")
            .arg(title(h), QString::number(h.yangCount()), QString::number(h.yinCount()),
                 h.isBalanced() ? QStringLiteral("balanced") : QStringLiteral("unbalanced"));
    if (casting.hasChanges()) {
        QStringList changing;
        for (int n : casting.changingLines())
            changing << QString::number(n);
        s += QStringLiteral(" · changing %1 → %2 %3")
                 .arg(changing.join(QLatin1Char(',')), casting.relating().symbol(),
                      QString::number(casting.relating().number()));
    }
    return s + QStringLiteral(" · recommended threads: %1").arg(recommendedThreads);
}

QString HexagramSummary::ofAudit(const AuditResult &result)
{
    const Casting c = HexagramCaster::cast(BalanceSignals::fromAudit(result)).casting();
    return line(c, result.stats.recommendedThreads);
}

} // namespace wm
