// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTreeView;

namespace vcv {

class LogProblemsModel;

/// The log pane's Problems list: a title ("2 problems in boot 3"), the problems of one boot
/// (LogProblemsModel: kind, line, text) and the "Only problems" filter switch with its lines
/// of context. Activating a problem (click, Enter) asks to jump to its line.
///
/// It only shows and asks: which boot, the jump and the filter are the pane's (LogPane).
/// Thread: GUI thread only.
class LogProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogProblemsPanel(QWidget *parent = nullptr);

    LogProblemsModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    void setTitle(const QString &title);
    /// The height that shows @p rows problems without scrolling.
    int heightForRows(int rows) const;
    QString title() const;

    /// Only the problem lines and contextLines() lines before and after each are shown.
    bool onlyProblems() const;
    void setOnlyProblems(bool only);
    int contextLines() const;
    void setContextLines(int lines);

Q_SIGNALS:
    /// The user picked the problem on 0-based document line @p line.
    void problemActivated(vcv::LineNumber line);
    /// onlyProblems() or contextLines() changed.
    void filterChanged();

private:
    LogProblemsModel *m_model;
    QLabel *m_title;
    QTreeView *m_list;
    QCheckBox *m_only;
    QSpinBox *m_context;
};

} // namespace vcv
