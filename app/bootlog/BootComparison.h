// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace vcv {

/// The time from one milestone of a boot to the next one that has seconds, named after the
/// milestone it ends at ("target network-online", "root mounted").
struct BootStep
{
    /// What matches the same step of another boot: the milestone's name (BootReport), with
    /// "#2", "#3" … for the second and later milestones of that name in the boot (a target
    /// reached in the initramfs and again after the switch to the root).
    QString key;
    QString label;     ///< for people, translated; guest text, so shown as plain text only
    int milestone = 0; ///< index into Boot::milestones of the milestone it ends at
    double startSeconds = 0;
    double endSeconds = 0;
    /// Either end's seconds come from when its line arrived, not from a clock on the line
    /// (BootReport::Milestone::secondsFromArrival): less exact, and said so where it is shown.
    bool fromArrival = false;
    /// Never negative: a clock that went back (systemd's total after a later kernel clock) gives 0.
    double seconds() const;
};

/// A step compared between two boots.
struct BootStepDifference
{
    QString key;
    QString label;
    std::optional<double> base;  ///< the step in the boot compared with; none: that boot lacks it
    std::optional<double> other; ///< the step in the boot being looked at; none: it lacks it
    /// other - base; 0 when either boot lacks the step.
    double difference() const;
};

/// What the log pane's Timeline shows: a boot's steps, its slowest ones, and two boots compared
/// step by step, with a sentence that says what changed.
///
/// Only milestones with seconds (BootReport::Milestone::seconds) make steps; the others are
/// left out of every duration (the view lists them as untimed). A boot with fewer than two
/// timed milestones has no steps and no total.
///
/// Threading: plain values and pure functions, any thread. Labels and the summary are
/// translated (context "vcv::BootComparison") with the translator installed when they are made.
class BootComparison
{
public:
    /// The steps in the order of the log.
    static QList<BootStep> steps(const BootReport::Boot &boot);
    /// The @p count longest steps, longest first (ties: the earlier step first).
    static QList<BootStep> slowestSteps(const BootReport::Boot &boot, int count);
    /// The sum of the steps; none when the boot has no step.
    static std::optional<double> totalSeconds(const BootReport::Boot &boot);
    /// A milestone as people call it: "kernel start", "root mounted", "target network-online"
    /// (a target's unit name without ".target", else its description), at most 60 characters.
    static QString milestoneLabel(const BootReport::Milestone &milestone);
    /// "14.2 s" with one decimal in the current locale; @p sign adds "+" or "−".
    static QString formatSeconds(double seconds, bool sign = false);

    /// @p other (the boot being looked at) compared with @p base (the boot chosen to compare with).
    BootComparison(const BootReport::Boot &base, const BootReport::Boot &other);

    /// The steps of either boot: those both have first, by the size of their difference to the
    /// millisecond (largest first; ties in the order of @p other), then those only one has, in
    /// the order of the log (@p other's, then @p base's).
    const QList<BootStepDifference> &differences() const { return m_differences; }
    /// Total of @p other minus total of @p base; none when either has no step.
    std::optional<double> totalDifference() const;
    /// One line: "Boot 5 took 14.2 s longer than boot 4, most of it in target network-online
    /// (+12.9 s)." Also says when the boots end at different milestones, share no step, took as
    /// long, or either has no time to compare.
    QString summary() const;

private:
    const BootStepDifference *largestShared() const;

    int m_baseIndex;
    int m_otherIndex;
    std::optional<double> m_baseTotal;
    std::optional<double> m_otherTotal;
    QString m_baseEnd;  // the key of the last step of base
    QString m_otherEnd; // the key of the last step of other
    QString m_baseEndLabel;
    QString m_otherEndLabel;
    QList<BootStepDifference> m_differences;
};

} // namespace vcv
