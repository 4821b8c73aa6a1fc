// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootComparison.h"
#include "bootlog/LineTypes.h"

#include <QList>
#include <QWidget>

namespace vcv {

/// One boot as a horizontal bar: a segment per step (BootComparison::steps()), as wide as its
/// seconds; the slowest steps in a warm colour, labelled with name and seconds where there is
/// room. Hovering a segment tells its step, times and line; clicking it asks to go to the line of
/// the milestone it ends at.
///
/// It paints and hit-tests only: which boot, and the jump, are BootTimelineView's. Guest text
/// (target names) is drawn as plain text with QPainter::drawText, never as rich text.
/// Thread: GUI thread only.
class BootTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit BootTimelineChart(QWidget *parent = nullptr);

    /// @p milestoneLines: the document line of each of @p boot's milestones (invalid: unknown).
    void setBoot(const BootReport::Boot &boot, const QList<LineNumber> &milestoneLines);
    void clear();

    const QList<BootStep> &steps() const { return m_steps; }
    /// The steps drawn in the warm colour (indices into steps()).
    const QList<int> &slowest() const { return m_slowest; }
    /// Where step @p step is drawn; empty when it has no width or does not exist.
    QRect stepRect(int step) const;
    /// The step under @p pos, -1 for none.
    int stepAt(QPoint pos) const;
    /// The line of the milestone step @p step ends at; invalid when unknown.
    LineNumber stepLine(int step) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// How many of the longest steps are drawn and labelled as the slowest.
    static constexpr int SlowestCount = 3;

Q_SIGNALS:
    /// The user clicked the step that ends at the milestone on 0-based document line @p line.
    void milestoneActivated(vcv::LineNumber line);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect barRect() const;
    QString stepToolTip(int step) const;

    QList<BootStep> m_steps;
    QList<LineNumber> m_stepLines;
    QList<int> m_slowest;
    double m_total = 0;
};

} // namespace vcv
