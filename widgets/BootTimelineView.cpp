// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/BootTimelineView.h"

#include "bootlog/BootComparison.h"
#include "bootlog/LiveBootReport.h"
#include "widgets/BootTimelineChart.h"
#include "widgets/LogProblemsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr int kDifferencesShown = 4;

// Guest text goes into labels: never interpreted as rich text.
QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(name);
    // Long target names must not widen the pane: the label is cut, not the layout stretched.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

BootTimelineView::BootTimelineView(QWidget *parent)
    : QWidget(parent)
    , m_live(new LiveBootReport(this))
    , m_chart(new BootTimelineChart(this))
    , m_title(plainLabel(this, u"timelineTitle"_s))
    , m_problem(new QPushButton(this))
    , m_compare(new QComboBox(this))
    , m_slowest(plainLabel(this, u"timelineSlowest"_s))
    , m_untimed(plainLabel(this, u"timelineUntimed"_s))
    , m_summary(plainLabel(this, u"timelineSummary"_s))
    , m_differences(plainLabel(this, u"timelineDifferences"_s))
{
    setAccessibleName(tr("Timeline"));
    m_chart->setObjectName(u"timelineChart"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_problem->setObjectName(u"timelineProblem"_s);
    m_problem->setFlat(true);
    m_problem->setToolTip(tr("Go to the first problem of this boot"));
    m_problem->hide();
    m_compare->setObjectName(u"timelineCompare"_s);
    m_compare->setAccessibleName(tr("Compare with"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_untimed->setForegroundRole(QPalette::PlaceholderText);
    m_differences->setForegroundRole(QPalette::PlaceholderText);
    auto *compareLabel = new QLabel(tr("Compare with:"), this);
    compareLabel->setTextFormat(Qt::PlainText);
    compareLabel->setBuddy(m_compare);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(6);
    header->addWidget(m_title);
    header->addWidget(m_problem);
    header->addStretch(1);
    header->addWidget(compareLabel);
    header->addWidget(m_compare);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_chart);
    layout->addWidget(m_slowest);
    layout->addWidget(m_untimed);
    layout->addWidget(m_summary);
    layout->addWidget(m_differences);
    auto *line = new QFrame(this); // where the panel ends and the log begins
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    m_summary->hide();
    m_differences->hide();

    updateProblemColour();
    connect(m_live, &LiveBootReport::resultChanged, this, &BootTimelineView::refresh);
    connect(m_chart, &BootTimelineChart::milestoneActivated, this, &BootTimelineView::lineActivated);
    connect(m_problem, &QPushButton::clicked, this, [this] {
        if (m_problemLine.isValid())
            Q_EMIT lineActivated(m_problemLine);
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, &BootTimelineView::refreshComparison);
    refresh();
}

void BootTimelineView::setDocument(const LogDocument *document)
{
    m_live->setDocument(document);
    refresh();
}

void BootTimelineView::setBoot(int segment)
{
    if (m_segment == segment)
        return;
    m_segment = segment;
    refresh();
}

int BootTimelineView::reportBoot() const
{
    const LiveBootReport::Result *result = m_live->result();
    if (!result || result->report.boots.isEmpty())
        return -1;
    if (m_segment < 0)
        return int(result->report.boots.size()) - 1;
    return int(result->segments.indexOf(m_segment)); // -1: a boot without a line of text
}

int BootTimelineView::shownBoot() const
{
    const int boot = reportBoot();
    return boot >= 0 ? int(m_live->result()->segments.at(boot)) : -1;
}

void BootTimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_live->setActive(true); // built only while someone looks
}

void BootTimelineView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_live->setActive(false);
}

void BootTimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProblemColour();
}

void BootTimelineView::updateProblemColour()
{
    // The red of the tool row's problems button, lighter on a dark palette (LogPane).
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::ButtonText, dark ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(colours);
}

void BootTimelineView::refresh()
{
    const LiveBootReport::Result *result = m_live->result();
    const int boot = reportBoot();
    m_problemLine = LineNumber();
    m_problem->hide();
    if (boot < 0) {
        m_chart->clear();
        m_title->setText(!result ? tr("Reading the boots of this log…") : tr("No milestones in this boot"));
        m_slowest->clear();
        m_untimed->clear();
        const QSignalBlocker quiet(m_compare);
        m_compare->clear();
        m_compare->setEnabled(false);
        refreshComparison();
        return;
    }
    const BootReport::Boot &shown = result->report.boots.at(boot);
    m_chart->setBoot(shown, result->milestoneLines.at(boot));

    const QList<BootStep> &steps = m_chart->steps();
    if (steps.isEmpty()) {
        m_title->setText(tr("Boot %1: no milestones with a clock").arg(shown.index));
    } else {
        double total = 0;
        for (const BootStep &step : steps)
            total += step.seconds();
        m_title->setText(
            tr("Boot %1: %2 to %3")
                .arg(QString::number(shown.index), BootComparison::formatSeconds(total), steps.last().label));
    }
    if (!shown.problems.isEmpty()) {
        m_problemLine = result->problemLines.at(boot).value(0);
        const qsizetype more = shown.problems.size() - 1;
        QString text = LogProblemsModel::kindText(shown.problems.first().kind);
        if (m_problemLine.isValid())
            text = tr("%1 at line %2").arg(text, QString::number(m_problemLine.get() + 1));
        if (more > 0)
            text += u' ' + tr("(+%n more)", nullptr, int(more));
        m_problem->setText(u"⚠ "_s + text);
        m_problem->show();
    }

    QStringList slowest;
    for (int i : m_chart->slowest())
        slowest.append(steps.at(i).label + u' ' + BootComparison::formatSeconds(steps.at(i).seconds()));
    m_slowest->setText(slowest.isEmpty() ? QString() : tr("Slowest: %1").arg(slowest.join(u" · "_s)));
    m_slowest->setVisible(!slowest.isEmpty());

    QStringList untimed;
    for (const BootReport::Milestone &m : shown.milestones) {
        const QString label = BootComparison::milestoneLabel(m);
        if (!m.seconds && !untimed.contains(label))
            untimed.append(label);
    }
    m_untimed->setText(untimed.isEmpty() ? QString()
                                         : tr("Without a clock, not on the chart: %1").arg(untimed.join(u", "_s)));
    m_untimed->setVisible(!untimed.isEmpty());

    // The other boots, the choice kept by the boot's number.
    const int chosen = m_compare->currentData().toInt();
    const QSignalBlocker quiet(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("None"), 0);
    for (const BootReport::Boot &other : result->report.boots) {
        if (other.index != shown.index)
            m_compare->addItem(tr("Boot %1").arg(other.index), other.index);
    }
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(chosen)));
    m_compare->setEnabled(m_compare->count() > 1);
    refreshComparison();
}

void BootTimelineView::refreshComparison()
{
    const LiveBootReport::Result *result = m_live->result();
    const int boot = reportBoot();
    const int with = m_compare->currentData().toInt();
    const BootReport::Boot *base = nullptr;
    if (boot >= 0 && with > 0) {
        for (const BootReport::Boot &b : result->report.boots) {
            if (b.index == with)
                base = &b;
        }
    }
    if (!base) {
        m_summary->clear();
        m_summary->hide();
        m_differences->clear();
        m_differences->hide();
        return;
    }
    const BootComparison comparison(*base, result->report.boots.at(boot));
    m_summary->setText(comparison.summary());
    m_summary->show();
    QStringList differences;
    for (const BootStepDifference &d : comparison.differences()) {
        if (differences.size() == kDifferencesShown)
            break;
        if (d.base && d.other && std::abs(d.difference()) >= 0.05)
            differences.append(d.label + u' ' + BootComparison::formatSeconds(d.difference(), true));
        else if (!d.other)
            differences.append(tr("%1 only in boot %2").arg(d.label, QString::number(with)));
        else if (!d.base)
            differences.append(tr("%1 only in this boot").arg(d.label));
    }
    m_differences->setText(differences.isEmpty() ? QString() : tr("By step: %1").arg(differences.join(u" · "_s)));
    m_differences->setVisible(!differences.isEmpty());
}

QString BootTimelineView::headline() const
{
    return m_title->text();
}

QString BootTimelineView::slowestText() const
{
    return m_slowest->text();
}

QString BootTimelineView::summaryText() const
{
    return m_summary->text();
}

QString BootTimelineView::differencesText() const
{
    return m_differences->text();
}

} // namespace vcv
