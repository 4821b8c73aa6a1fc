// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/BootComparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

// Shown with one decimal: differences below half of it read as "0.0 s" and count as none.
constexpr double kSameSeconds = 0.05;
constexpr qsizetype kLabelChars = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("vcv::BootComparison", text);
}

const BootStepDifference *findKey(const QList<BootStepDifference> &list, const QString &key)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&key](const BootStepDifference &d) { return d.key == key; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

double BootStep::seconds() const
{
    return std::max(0.0, endSeconds - startSeconds);
}

double BootStepDifference::difference() const
{
    return base && other ? *other - *base : 0.0;
}

QList<BootStep> BootComparison::steps(const BootReport::Boot &boot)
{
    QList<BootStep> steps;
    QHash<QString, int> seen; // how often each milestone name came so far
    std::optional<double> previous;
    bool previousFromArrival = false;
    for (qsizetype i = 0; i < boot.milestones.size(); ++i) {
        const BootReport::Milestone &m = boot.milestones.at(i);
        if (!m.seconds)
            continue;
        const int occurrence = ++seen[m.name];
        if (previous) {
            BootStep step;
            step.key = occurrence == 1 ? m.name : m.name + u'#' + QString::number(occurrence);
            step.label = milestoneLabel(m);
            if (occurrence > 1)
                step.label += u" ("_s + QString::number(occurrence) + u')';
            step.milestone = int(i);
            step.startSeconds = *previous;
            step.endSeconds = *m.seconds;
            step.fromArrival = previousFromArrival || m.secondsFromArrival;
            steps.append(step);
        }
        previous = m.seconds;
        previousFromArrival = m.secondsFromArrival;
    }
    return steps;
}

QList<BootStep> BootComparison::slowestSteps(const BootReport::Boot &boot, int count)
{
    QList<BootStep> all = steps(boot);
    std::stable_sort(all.begin(), all.end(),
                     [](const BootStep &a, const BootStep &b) { return a.seconds() > b.seconds(); });
    if (count >= 0 && all.size() > count)
        all.resize(count);
    return all;
}

std::optional<double> BootComparison::totalSeconds(const BootReport::Boot &boot)
{
    const QList<BootStep> all = steps(boot);
    if (all.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const BootStep &step : all)
        total += step.seconds();
    return total;
}

QString BootComparison::milestoneLabel(const BootReport::Milestone &milestone)
{
    QString label;
    switch (milestone.kind) {
    case BootMilestoneKind::Firmware: label = tr("firmware"); break;
    case BootMilestoneKind::Bootloader: label = tr("bootloader"); break;
    case BootMilestoneKind::Kernel: label = tr("kernel start"); break;
    case BootMilestoneKind::Init: label = tr("init started"); break;
    case BootMilestoneKind::RootMounted: label = tr("root mounted"); break;
    case BootMilestoneKind::Systemd: label = tr("systemd start"); break;
    case BootMilestoneKind::StartupFinished: label = tr("startup finished"); break;
    case BootMilestoneKind::LoginPrompt: label = tr("login prompt"); break;
    case BootMilestoneKind::Target: {
        // "target basic.target - Basic System" (systemd ≥ 250) or "target Basic System": the
        // unit's name is shorter and the same in every language.
        QStringView what = QStringView(milestone.name);
        if (what.startsWith(u"target "))
            what = what.mid(7);
        const qsizetype unit = what.indexOf(u".target");
        if (unit > 0 && !what.left(unit).contains(u' '))
            what = what.left(unit);
        label = tr("target %1").arg(what.toString());
        break;
    }
    }
    if (label.size() > kLabelChars)
        label = label.left(kLabelChars - 1) + u'…';
    return label;
}

QString BootComparison::formatSeconds(double seconds, bool sign)
{
    const QString number = QLocale().toString(std::abs(seconds), 'f', 1);
    QString prefix;
    if (sign)
        prefix = seconds < 0 && std::abs(seconds) >= kSameSeconds ? u"−"_s : u"+"_s;
    else if (seconds < 0 && std::abs(seconds) >= kSameSeconds)
        prefix = u"−"_s;
    return tr("%1 s").arg(prefix + number);
}

BootComparison::BootComparison(const BootReport::Boot &base, const BootReport::Boot &other)
    : m_baseIndex(base.index)
    , m_otherIndex(other.index)
    , m_baseTotal(totalSeconds(base))
    , m_otherTotal(totalSeconds(other))
{
    const QList<BootStep> baseSteps = steps(base);
    const QList<BootStep> otherSteps = steps(other);
    if (!baseSteps.isEmpty()) {
        m_baseEnd = baseSteps.last().key;
        m_baseEndLabel = baseSteps.last().label;
    }
    if (!otherSteps.isEmpty()) {
        m_otherEnd = otherSteps.last().key;
        m_otherEndLabel = otherSteps.last().label;
    }
    QList<BootStepDifference> shared;
    QList<BootStepDifference> single;
    for (const BootStep &step : otherSteps) {
        const auto match = std::find_if(baseSteps.cbegin(), baseSteps.cend(),
                                        [&step](const BootStep &b) { return b.key == step.key; });
        BootStepDifference d{step.key, step.label, std::nullopt, step.seconds()};
        if (match != baseSteps.cend()) {
            d.base = match->seconds();
            shared.append(d);
        } else {
            single.append(d);
        }
    }
    for (const BootStep &step : baseSteps) {
        if (!findKey(shared, step.key))
            single.append(BootStepDifference{step.key, step.label, step.seconds(), std::nullopt});
    }
    // By the millisecond: steps that differ alike stay in the log's order, not in that of
    // floating-point noise (1.6 - 1.5 and 0.3 - 0.2 are not the same double).
    const auto ms = [](const BootStepDifference &d) { return std::llround(std::abs(d.difference()) * 1000); };
    std::stable_sort(shared.begin(), shared.end(),
                     [&ms](const BootStepDifference &a, const BootStepDifference &b) { return ms(a) > ms(b); });
    m_differences = shared + single;
}

std::optional<double> BootComparison::totalDifference() const
{
    if (!m_baseTotal || !m_otherTotal)
        return std::nullopt;
    return *m_otherTotal - *m_baseTotal;
}

const BootStepDifference *BootComparison::largestShared() const
{
    // Shared steps come first, largest difference first.
    if (m_differences.isEmpty() || !m_differences.first().base || !m_differences.first().other)
        return nullptr;
    return std::abs(m_differences.first().difference()) >= kSameSeconds ? &m_differences.first() : nullptr;
}

QString BootComparison::summary() const
{
    const QString other = QString::number(m_otherIndex);
    const QString base = QString::number(m_baseIndex);
    if (!m_otherTotal && !m_baseTotal)
        return tr("Neither boot %1 nor boot %2 has milestones with times to compare.").arg(other, base);
    if (!m_otherTotal || !m_baseTotal) {
        return tr("Boot %1 has no milestones with times to compare.").arg(m_otherTotal ? base : other);
    }
    const bool anyShared = !m_differences.isEmpty() && m_differences.first().base && m_differences.first().other;
    if (!anyShared)
        return tr("Boots %1 and %2 have no step in common to compare.").arg(other, base);

    const BootStepDifference *largest = largestShared();
    // Labels come from the guest: joined to the sentence, never used as a format string.
    const QString largestText =
        largest ? largest->label + u" ("_s + formatSeconds(largest->difference(), true) + u')' : QString();
    if (m_otherEnd != m_baseEnd) {
        // Different ends (one stopped early, one went further): their totals measure different spans.
        QString text = tr("Boot %1 ended at %2 after %3, boot %4 at %5 after %6.")
                           .arg(other, m_otherEndLabel, formatSeconds(*m_otherTotal), base, m_baseEndLabel,
                                formatSeconds(*m_baseTotal));
        if (largest)
            text += u' ' + tr("The largest difference in a shared step: %1.").arg(largestText);
        return text;
    }
    const double total = *m_otherTotal - *m_baseTotal;
    if (std::abs(total) < kSameSeconds) {
        QString text = tr("Boot %1 took as long as boot %2 (%3).").arg(other, base, formatSeconds(*m_otherTotal));
        if (largest)
            text += u' ' + tr("The largest difference: %1.").arg(largestText);
        return text;
    }
    QString text = total > 0 ? tr("Boot %1 took %2 longer than boot %3").arg(other, formatSeconds(total), base)
                             : tr("Boot %1 took %2 less than boot %3").arg(other, formatSeconds(-total), base);
    if (largest && (largest->difference() > 0) == (total > 0) && std::abs(largest->difference()) >= std::abs(total) / 2)
        return text + tr(", most of it in %1.").arg(largestText);
    if (largest)
        return text + tr("; the largest difference is in %1.").arg(largestText);
    return text + u'.';
}

} // namespace vcv
