// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace wm::ui {

class BalanceModel;
class HexagramWidget;
class MainWindow;
class SignalTable;

// The balance view: the hexagram cast live from the running audit's
// measured signals (HexagramWidget), under it the balance and the thread
// counts, the signals table, and once the run has finished the "hexagram of
// this audit" line, which stays until the next run and is the line the
// exported report and `wm hexagram DIR` carry.
class BalancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit BalancePanel(QWidget *parent = nullptr);

    // Creates the panel, follows `window`'s audits and adds it as a view.
    static BalancePanel *addTo(MainWindow &window);
    // Follows the audits `window` runs (started, batches, finished).
    void follow(const MainWindow &window);
    // A small hexagram (Tai, balance) for the view's tab.
    static QIcon icon();

    [[nodiscard]] BalanceModel &model() const { return *m_model; }
    [[nodiscard]] HexagramWidget *hexagramWidget() const { return m_hexagram; }
    [[nodiscard]] SignalTable *signalTable() const { return m_table; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

private:
    void onModelChanged();
    static void setLabel(QLabel *label, const QString &text);

    BalanceModel *m_model = nullptr;
    HexagramWidget *m_hexagram = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_threads = nullptr;
    SignalTable *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace wm::ui
