// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BalanceText.h"

#include "BalanceModel.h"

#include <QStringList>

namespace wm::ui {

QString BalanceText::title(Hexagram h)
{
    return QStringLiteral("%1 %2 %3 %4 — %5")
        .arg(h.symbol(), QString::number(h.number()), h.chinese(), h.pinyin(), h.english());
}

QString BalanceText::trigram(Trigram t)
{
    return QStringLiteral("%1 %2 %3 — %4").arg(t.symbol(), t.chinese(), t.pinyin(), t.image());
}

QString BalanceText::balance(Hexagram h)
{
    return h.isBalanced() ? tr("%1 yang, %2 yin: balanced").arg(h.yangCount()).arg(h.yinCount())
                          : tr("%1 yang, %2 yin: unbalanced").arg(h.yangCount()).arg(h.yinCount());
}

QString BalanceText::threads(int inUse, int recommended)
{
    return tr("%1 in use · %2 recommended").arg(inUse).arg(recommended);
}

QString BalanceText::value(double v)
{
    return QString::number(v, 'f', 3);
}

QString BalanceText::threshold(const HexagramCaster::Rule &rule)
{
    return QStringLiteral("≥ %1 ± %2").arg(value(rule.threshold), value(rule.band));
}

QString BalanceText::reading(const HexagramCaster::LineReading &l)
{
    const HexagramCaster::Rule &rule = l.rule();
    const QString means =
        QCoreApplication::translate("HexagramCaster", l.above ? rule.yangMeans : rule.yinMeans);
    const QString side = l.yang() ? tr("yang") : tr("yin");
    if (l.crossed) return tr("%1 → %2: %3").arg(side, l.above ? tr("yang") : tr("yin"), means);
    if (l.nearThreshold) return tr("%1, near the threshold: %2").arg(side, means);
    return QStringLiteral("%1: %2").arg(side, means);
}

QString BalanceText::lineTooltip(const HexagramCaster::LineReading &l)
{
    const HexagramCaster::Rule &rule = l.rule();
    return tr("<b>Line %1 — %2</b><br>%3<br>value %4, yang when %5<br>%6")
        .arg(QString::number(l.line),
             QCoreApplication::translate("HexagramCaster", rule.label).toHtmlEscaped(),
             QCoreApplication::translate("HexagramCaster", rule.definition).toHtmlEscaped(),
             value(l.value), threshold(rule).toHtmlEscaped(), reading(l).toHtmlEscaped());
}

QString BalanceText::description(const BalanceModel &model)
{
    if (!model.hasCast())
        return model.state() == BalanceModel::State::Running
                   ? tr("Measuring the running audit; no hexagram yet.")
                   : tr("No hexagram: audit a folder to cast one from its measurements.");
    const Casting c = model.casting();
    const Hexagram h = c.primary();
    QString s = tr("Hexagram %1, %2, %3: %4 above %5. %6.")
                    .arg(QString::number(h.number()), h.pinyin(), h.english(), h.upper().image(),
                         h.lower().image(), balance(h));
    if (c.hasChanges()) {
        QStringList lines;
        for (int n : c.changingLines())
            lines << QString::number(n);
        s += QLatin1Char(' ') + tr("Changing lines %1, leading to hexagram %2, %3.")
                                    .arg(lines.join(QStringLiteral(", ")),
                                         QString::number(c.relating().number()),
                                         c.relating().english());
    }
    s += QLatin1Char(' ') +
         tr("Threads: %1.").arg(threads(model.threadsInUse(), model.recommendedThreads()));
    return s;
}

} // namespace wm::ui
