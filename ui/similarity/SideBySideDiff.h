// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TextDiff.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace wm::ui {

// Two texts side by side, what differs highlighted word by word (removed on
// the left, added on the right, in colours that follow the palette), their
// scroll positions kept together. Files are read and compared on the
// application's pool; only the finished texts reach the GUI thread.
class SideBySideDiff : public QWidget
{
    Q_OBJECT
public:
    // Larger files are shown up to here, with a note.
    static constexpr qint64 maxBytes = 256 * 1024;
    static constexpr int maxHighlights = 4000;

    explicit SideBySideDiff(QWidget *parent = nullptr);
    ~SideBySideDiff() override;

    void showTexts(const QString &leftTitle, const QString &left, const QString &rightTitle,
                   const QString &right);
    // `leftPath`/`rightPath`: the file system's bytes.
    void showFiles(const QString &leftTitle, const QByteArray &leftPath, const QString &rightTitle,
                   const QByteArray &rightPath);
    // Empty panes with `hint` above them.
    void clear(const QString &hint = {});

    [[nodiscard]] QPlainTextEdit *leftEdit() const { return m_left; }
    [[nodiscard]] QPlainTextEdit *rightEdit() const { return m_right; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] const TextDiff::Result &lastDiff() const { return m_diff; }

Q_SIGNALS:
    // The comparison is on screen (also when a file could not be read).
    void diffShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Prepared
    {
        QString left, right;
        QString leftError, rightError;
        bool leftCut = false, rightCut = false;
        TextDiff::Result diff;
        quint64 generation = 0;
    };
    void setTitles(const QString &left, const QString &right);
    void run(std::function<Prepared()> work);
    void onPrepared();
    void applyHighlights();
    void syncScroll(QPlainTextEdit *from, QPlainTextEdit *to);
    [[nodiscard]] QString summaryText(const Prepared &p) const;
    static QString readText(const QByteArray &path, bool *cut, QString *error);

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_summary;
    QFutureWatcher<Prepared> m_watcher;
    TextDiff::Result m_diff;
    quint64 m_generation = 0;
    bool m_syncing = false;
};

} // namespace wm::ui
