// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wm::ui {

class MainWindow;
class SearchView;

// `whitemagic --benchmark-search DIR QUERY...`: in the real window, builds
// a fresh index of DIR (in a temporary folder: the user's index is never
// touched) while typing queries, then types 50 queries (QUERY... in turn)
// on the built index and opens the first hit of each. Prints JSON with
// keystroke-to-results p50/p95 (the last keystroke to the results painted,
// debounce included, and from the query's start after the debounce), the
// preview's time to show, and the longest event-loop stalls while the
// index builds and while typing (StallMeter).
//
// `whitemagic --screenshot-search PREFIX DIR QUERY`: the Search view with
// the first hit open in the preview, as PREFIX-light.png and PREFIX-dark.png.
class SearchBenchmark
{
public:
    SearchBenchmark(MainWindow &window, QString folder, QStringList queries);
    int run();
    int screenshots(const QString &prefix);

    static constexpr int queryCount = 50;

private:
    bool prepare(const QString &dbPath);
    QJsonObject indexingPhase();
    QJsonObject typingPhase();
    bool typeAndWait(const QString &query, int keyIntervalMs, double *lastKeyToShownMs,
                     double *startToShownMs, double *previewMs);

    MainWindow &m_window;
    SearchView *m_view = nullptr;
    QString m_folder;
    QStringList m_queries;
};

} // namespace wm::ui
