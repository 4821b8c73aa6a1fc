// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vcv {

class BootTimelineChart;
class LiveBootReport;
class LogDocument;

/// The log pane's Timeline: one boot's steps as a chart (BootTimelineChart), its headline (how
/// long to which milestone, its first problem), the slowest steps and the milestones without a
/// clock, and "Compare with:" another boot — the sentence that says what changed
/// (BootComparison::summary()) and the largest per-step differences.
///
/// The report is built off the GUI thread (LiveBootReport) and only while the panel is visible;
/// this class only shows it. Every text from the guest goes into plain-text labels.
///
/// Thread: GUI thread only. The document is not owned: it must outlive the view or be unset.
class BootTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit BootTimelineView(QWidget *parent = nullptr);

    void setDocument(const LogDocument *document);
    /// The boot to show (index into the document's boot segments); -1: the last one.
    void setBoot(int segment);
    /// The boot shown (index into the boot segments), -1 while there is none.
    int shownBoot() const;

    LiveBootReport *liveReport() const { return m_live; }
    BootTimelineChart *chart() const { return m_chart; }
    QComboBox *compareBox() const { return m_compare; }
    QString headline() const;
    QString slowestText() const;
    QString summaryText() const;
    QString differencesText() const;

Q_SIGNALS:
    /// The user asked to go to 0-based document line @p line (a milestone or a problem).
    void lineActivated(vcv::LineNumber line);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshComparison();
    void updateProblemColour();
    /// The report's boot shown, -1 for none.
    int reportBoot() const;

    LiveBootReport *m_live;
    BootTimelineChart *m_chart;
    QLabel *m_title;
    QPushButton *m_problem;
    QComboBox *m_compare;
    QLabel *m_slowest;
    QLabel *m_untimed;
    QLabel *m_summary;
    QLabel *m_differences;
    int m_segment = -1;
    LineNumber m_problemLine;
};

} // namespace vcv
