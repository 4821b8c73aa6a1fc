// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace vcv {

class LogView;

/// "Go to line" (Ctrl+G) as a bar under a LogView: a number, Enter goes there, Escape closes.
/// Thread: GUI thread only. The view is not owned and must outlive the bar.
class LogGoToLineBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogGoToLineBar(LogView *view, QWidget *parent = nullptr);
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    void activate();
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LogView *m_view;
    QLabel *m_label;
    QLineEdit *m_edit;
};

} // namespace vcv
