// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/SearchQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;

namespace vcv {

class LogView;

/// The search bar under a LogView (Ctrl+F): the pattern, regex / case / whole-word toggles,
/// previous and next (Enter, Shift+Enter, F3, Shift+F3), "12 of 340", a progress bar while a
/// long search runs, a bad regular expression explained in place, and the filter mode (all
/// lines, only matching, hide matching). Escape closes it and gives the focus back to the view.
///
/// Typing searches after a short pause (150 ms), so each keystroke does not restart a search
/// over millions of lines.
///
/// Thread: GUI thread only. The view is not owned and must outlive the bar.
class LogSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogSearchBar(LogView *view, QWidget *parent = nullptr);

    SearchQuery query() const;
    /// The text shown as "12 of 340" (for tests).
    QString statusText() const;
    /// The inline error ("" when the pattern is fine).
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    /// Shows the bar, puts the view's selection (one line of it) into the field, selects it,
    /// focuses it.
    void activate();
    /// Hides the bar, clears the search highlights and focuses the view.
    void close();
    /// Starts the search now (without waiting for the typing pause).
    void searchNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStatus(qint64 current, qint64 count, bool running, qint64 done, qint64 total);
    void onError(const QString &message);

    LogView *m_view;
    QLineEdit *m_edit;
    QToolButton *m_regex;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_previous;
    QToolButton *m_next;
    QComboBox *m_filter;
    QLabel *m_status;
    QLabel *m_error;
    QProgressBar *m_progress;
    QToolButton *m_close;
    QTimer *m_typingTimer;
};

} // namespace vcv
