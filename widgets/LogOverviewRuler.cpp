// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogOverviewRuler.h"

#include "bootlog/LogTroubleScanner.h"
#include "widgets/LogView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace vcv {

namespace {

template<typename List, typename Key>
bool anyInRange(const List &sorted, Key first, Key last)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), first);
    return it != sorted.end() && *it <= last;
}

} // namespace

LogOverviewRuler::LogOverviewRuler(LogView *view)
    : QWidget(view)
    , m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: search matches, errors, warnings and bookmarks in the whole log"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        rebuild();
        update();
    });
}

QSize LogOverviewRuler::sizeHint() const
{
    return {12, 100};
}

QColor LogOverviewRuler::errorColor(bool dark)
{
    return dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xd0, 0x10, 0x10);
}

QColor LogOverviewRuler::warningColor(bool dark)
{
    return dark ? QColor(0xf0, 0xb0, 0x30) : QColor(0xe0, 0x90, 0x00);
}

QColor LogOverviewRuler::matchColor() const
{
    return palette().color(QPalette::Highlight);
}

QColor LogOverviewRuler::bookmarkColor() const
{
    return QColor(0x3d, 0xae, 0xe9);
}

void LogOverviewRuler::scheduleUpdate()
{
    if (!m_timer.isActive())
        m_timer.start();
}

RowIndex LogOverviewRuler::rowAt(int y) const
{
    const qint64 rows = m_view->rowCount();
    if (rows <= 0 || height() <= 0)
        return RowIndex();
    return RowIndex(std::clamp<qint64>(qint64(double(y) / height() * rows), 0, rows - 1));
}

void LogOverviewRuler::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void LogOverviewRuler::rebuild()
{
    const int h = height();
    const int w = width();
    if (h <= 0 || w <= 0)
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const qint64 rows = m_view->rowCount();
    if (rows > 0) {
        const LogTroubleScanner *scanner = m_view->troubleScanner();
        const auto &errors = scanner->errorLines();
        const auto &warnings = scanner->warningLines();
        const auto &matches = m_view->matchLines();
        const QList<LineNumber> bookmarks = m_view->bookmarks();
        QPainter p(&image);
        // With fewer rows than pixels a mark gets the height of its row (at least 2 px).
        const double rowHeight = double(h) / double(rows);
        const int markHeight = qMax(2, int(rowHeight));
        int y = 0;
        while (y < h) {
            const RowIndex firstRow(qint64(double(y) / h * rows));
            const RowIndex lastRow(qBound(firstRow.get(), qint64(double(y + 1) / h * rows) - 1, rows - 1));
            const LineNumber firstLine = m_view->lineForRow(firstRow);
            const LineNumber lastLine = m_view->lineForRow(lastRow);
            if (!firstLine.isValid()) {
                ++y;
                continue;
            }
            // Left third: matches; middle: warnings, errors over them; right: bookmarks.
            if (anyInRange(matches, firstLine, lastLine))
                p.fillRect(QRect(0, y, w / 2, markHeight), matchColor());
            if (anyInRange(errors, firstLine.get(), lastLine.get()))
                p.fillRect(QRect(w / 2, y, w - w / 2, markHeight), errorColor(dark));
            else if (anyInRange(warnings, firstLine.get(), lastLine.get()))
                p.fillRect(QRect(w / 2, y, w - w / 2, markHeight), warningColor(dark));
            if (anyInRange(bookmarks, firstLine, lastLine))
                p.fillRect(QRect(0, y, w, qMax(2, markHeight)), bookmarkColor());
            y += rowHeight >= 1.0 ? qMax(1, int(rowHeight)) : 1;
        }
    }
    m_marks = image;
}

void LogOverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    // The part of the log on screen.
    const qint64 rows = m_view->rowCount();
    if (rows > 0) {
        const double top = double(m_view->topRow().get()) / rows * height();
        const double span = qMax(3.0, double(m_view->pageRows()) / rows * height());
        QColor shade = pal.color(QPalette::Text);
        shade.setAlpha(40);
        p.fillRect(QRectF(0, top, width(), span), shade);
    }
    p.drawImage(0, 0, m_marks);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, 0, 0, height());
}

void LogOverviewRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        jumpTo(int(event->position().y()));
}

void LogOverviewRuler::jumpTo(int y)
{
    const RowIndex row = rowAt(y);
    if (row.isValid())
        m_view->setCurrentLine(m_view->lineForRow(row));
}

void LogOverviewRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        jumpTo(int(event->position().y()));
}

} // namespace vcv
