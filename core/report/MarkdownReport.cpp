// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MarkdownReport.h"

#include "BudgetAllocator.h"
#include "MapWriter.h"
#include "ReportLogging.h"
#include "ReportText.h"

#include <algorithm>

namespace wm {
namespace {

// The closing line counts towards the budget; its own digits change its
// length by a few bytes, so settle it in two passes.
QString finish(const QString &body)
{
    const auto closing = [](qint64 n) {
        return QStringLiteral("\n_This report: about %1 tokens._\n").arg(ReportText::number(n));
    };
    qint64 estimate = ReportText::tokensOf(body);
    for (int pass = 0; pass < 2; ++pass)
        estimate = ReportText::tokensOf(body + closing(estimate));
    return body + closing(estimate);
}

// The hexagram line (measured, so its length varies from run to run) stands
// last, before the closing line, and has a fixed allowance of the budget:
// what the report gives up never depends on it, so the desktop app's export
// and `wm audit` differ only in that line's values.
qint64 limitFor(const MarkdownReport::Options &o)
{
    if (o.budgetTokens <= 0) return 0;
    const qint64 reserve = o.hexagramLine.isEmpty() ? 0 : MarkdownReport::hexagramAllowance;
    return std::max<qint64>(1, o.budgetTokens - reserve);
}

MarkdownLayout choose(const MapWriter &writer, const MarkdownReport::Options &o)
{
    const BudgetAllocator allocator(writer, finish, limitFor(o));
    return o.budgetTokens > 0 ? allocator.fit() : allocator.standard();
}

} // namespace

MarkdownLayout MarkdownReport::layoutFor(const AuditResult &meta, const TreeDigest &digest,
                                         const Options &options)
{
    return choose(MapWriter(meta, digest, options.generated, options.budgetTokens), options);
}

QString MarkdownReport::render(const AuditResult &meta, const TreeDigest &digest,
                               const Options &options)
{
    const MapWriter writer(meta, digest, options.generated, options.budgetTokens);
    const QString body = writer.body(choose(writer, options));
    const QString hexagram = options.hexagramLine.isEmpty()
                                 ? QString()
                                 : QStringLiteral("\n- %1\n").arg(options.hexagramLine);
    const QString text = finish(body + hexagram);
    if (options.budgetTokens > 0 && ReportText::tokensOf(text) > options.budgetTokens)
        qCWarning(lcReport) << "report does not fit" << options.budgetTokens
                            << "tokens even at the least detail";
    return text;
}

qint64 MarkdownReport::tokensOf(const QString &text)
{
    return ReportText::tokensOf(text);
}

QString MarkdownReport::render(const AuditResult &result, const Options &options)
{
    return render(result, TreeDigest::of(result.files), options);
}

} // namespace wm
