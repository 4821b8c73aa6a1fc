// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/BootTimelineChart.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr int kMargin = 4;
constexpr int kBarPadding = 4; // above and below the text in the bar

QColor blend(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

BootTimelineChart::BootTimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Boot timeline"));
}

void BootTimelineChart::setBoot(const BootReport::Boot &boot, const QList<LineNumber> &milestoneLines)
{
    m_steps = BootComparison::steps(boot);
    m_stepLines.clear();
    m_total = 0;
    for (const BootStep &step : std::as_const(m_steps)) {
        m_stepLines.append(milestoneLines.value(step.milestone));
        m_total += step.seconds();
    }
    m_slowest.clear();
    QList<int> order(m_steps.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_steps.at(a).seconds() > m_steps.at(b).seconds(); });
    for (int i : std::as_const(order)) {
        if (m_slowest.size() == SlowestCount || m_steps.at(i).seconds() <= 0)
            break;
        m_slowest.append(i);
    }
    // What a screen reader says of the chart: every step with its seconds.
    QStringList described;
    for (const BootStep &step : std::as_const(m_steps))
        described.append(step.label + u' ' + BootComparison::formatSeconds(step.seconds()));
    setAccessibleDescription(described.join(u", "_s));
    update();
}

void BootTimelineChart::clear()
{
    m_steps.clear();
    m_stepLines.clear();
    m_slowest.clear();
    m_total = 0;
    setAccessibleDescription(QString());
    update();
}

QRect BootTimelineChart::barRect() const
{
    return QRect(kMargin, kMargin, qMax(0, width() - 2 * kMargin), fontMetrics().height() + 2 * kBarPadding);
}

QRect BootTimelineChart::stepRect(int step) const
{
    if (step < 0 || step >= m_steps.size() || m_total <= 0)
        return {};
    const QRect bar = barRect();
    double before = 0;
    for (int i = 0; i < step; ++i)
        before += m_steps.at(i).seconds();
    const int left = bar.left() + int(std::lround(bar.width() * before / m_total));
    const int right = bar.left() + int(std::lround(bar.width() * (before + m_steps.at(step).seconds()) / m_total));
    return QRect(QPoint(left, bar.top()), QPoint(right - 1, bar.bottom()));
}

int BootTimelineChart::stepAt(QPoint pos) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (stepRect(i).contains(pos))
            return i;
    }
    return -1;
}

LineNumber BootTimelineChart::stepLine(int step) const
{
    return m_stepLines.value(step);
}

QSize BootTimelineChart::sizeHint() const
{
    // The bar, then the scale's "0 s" and total under it.
    return {400, barRect().height() + fontMetrics().height() + 2 * kMargin + 2};
}

QSize BootTimelineChart::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

QString BootTimelineChart::stepToolTip(int step) const
{
    const BootStep &s = m_steps.at(step);
    QString tip = s.label + u'\n' +
        tr("%1, from %2 to %3")
            .arg(BootComparison::formatSeconds(s.seconds()), BootComparison::formatSeconds(s.startSeconds),
                 BootComparison::formatSeconds(s.endSeconds));
    if (s.fromArrival)
        tip += u'\n' + tr("Timed by when the lines arrived (no clock on them)");
    const LineNumber line = m_stepLines.value(step);
    if (line.isValid())
        tip += u'\n' + tr("Line %1: click to go there").arg(line.get() + 1);
    return tip;
}

bool BootTimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int step = stepAt(help->pos());
        if (step >= 0)
            QToolTip::showText(help->globalPos(), stepToolTip(step), this, stepRect(step)); // plain text: no tags
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BootTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    const int step = stepAt(event->position().toPoint());
    setCursor(step >= 0 && stepLine(step).isValid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void BootTimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int step = stepAt(event->position().toPoint());
        if (step >= 0 && stepLine(step).isValid())
            Q_EMIT milestoneActivated(stepLine(step));
    }
    QWidget::mouseReleaseEvent(event);
}

void BootTimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect bar = barRect();
    const QPalette &colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    painter.fillRect(bar, blend(colours.color(QPalette::Base), colours.color(QPalette::Text), 0.08));
    // Two tones, so that neighbouring steps stand apart; stronger on a dark base, where they sink.
    const double tone = dark ? 0.2 : 0;
    const QColor calm[2] = {blend(colours.color(QPalette::Base), colours.color(QPalette::Highlight), 0.35 + tone),
                            blend(colours.color(QPalette::Base), colours.color(QPalette::Highlight), 0.55 + tone)};
    const QColor warm = dark ? QColor(0xf0, 0xa0, 0x50) : QColor(0xe6, 0x7e, 0x22);
    const QFontMetrics metrics = fontMetrics();
    for (int i = 0; i < m_steps.size(); ++i) {
        const QRect r = stepRect(i);
        if (r.width() <= 0)
            continue;
        const bool slow = m_slowest.contains(i);
        const QColor fill = slow ? warm : calm[i % 2];
        painter.fillRect(r, fill);
        painter.setPen(colours.color(QPalette::Base));
        painter.drawLine(r.topRight(), r.bottomRight()); // the milestone between two steps
        // Slow steps say their seconds; others only their name, where it fits.
        const QString text = slow
            ? m_steps.at(i).label + u" · "_s + BootComparison::formatSeconds(m_steps.at(i).seconds())
            : m_steps.at(i).label;
        const QRect room = r.adjusted(3, 0, -3, 0);
        if (room.width() < metrics.horizontalAdvance(u"Mm…"_s))
            continue;
        painter.setPen(textOn(fill));
        painter.drawText(room, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(text, Qt::ElideRight, room.width()));
    }
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (m_total > 0) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        const QRect scale(bar.left(), bar.bottom() + 2, bar.width(), metrics.height());
        painter.drawText(scale, Qt::AlignLeft | Qt::AlignTop, BootComparison::formatSeconds(0));
        painter.drawText(scale, Qt::AlignRight | Qt::AlignTop, BootComparison::formatSeconds(m_total));
    }
}

} // namespace vcv
