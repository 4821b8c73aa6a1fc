// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/LogRowMap.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace vcv {

class LogView;

/// A narrow strip beside the log view's scroll bar: where the search matches, errors,
/// warnings and bookmarks are in the whole log, and which part is on screen. Clicking moves the
/// view there.
///
/// Painting costs O(height × log marks): each pixel row looks up its range of lines in the
/// sorted mark lists, never the marks one by one, so millions of marks do not slow it down.
/// Changes are coalesced (at most ten repaints per second of the marks).
///
/// Thread: GUI thread only. Owned by its LogView.
class LogOverviewRuler : public QWidget
{
    Q_OBJECT
public:
    explicit LogOverviewRuler(LogView *view);

    /// Marks changed: redraw soon.
    void scheduleUpdate();
    /// The row drawn at y (for tests and clicks); invalid when there are no rows.
    RowIndex rowAt(int y) const;
    QSize sizeHint() const override;

    /// The colours, exposed for tests.
    static QColor errorColor(bool dark);
    static QColor warningColor(bool dark);
    QColor matchColor() const;
    QColor bookmarkColor() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void jumpTo(int y);

    LogView *m_view;
    QImage m_marks; // the marks at the ruler's size, rebuilt by rebuild()
    QTimer m_timer;
};

} // namespace vcv
