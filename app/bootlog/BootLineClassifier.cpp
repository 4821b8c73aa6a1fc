// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/BootLineClassifier.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/ProblemPatterns.h"

#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

// Every pattern (the problem patterns of bootlog.xml, the milestones below) needs one of these
// words: a line with none of them is not decoded.
constexpr std::array<QByteArrayView, 45> kTriggers{{
    // problems
    "panic",
    "Oops",
    "protection fault",
    "BUG",
    "WARNING: ",
    "blocked for more than",
    "lockup",
    "LOCKUP",
    "stall",
    "ut of memory",
    "segfault at",
    "FAILED",
    "Failed to start",
    "emergency mode",
    "rescue mode",
    "maintenance",
    "grub rescue",
    "initqueue",
    "Timed out waiting",
    "Gave up waiting",
    "does not exist",
    "bootable",
    "Boot failed",
    "failed to load",
    "error: ",
    "STOPCODE",
    // milestones
    "SeaBIOS",
    "BdsDxe",
    "EDK II",
    "GRUB",
    "Booting",
    "Loading Linux",
    "SYSLINUX",
    "Linux version",
    "SAC started",
    "as init process",
    "mounted filesystem",
    "clean mount",
    "Mounted root",
    "systemd",
    "Welcome to",
    "Reached target",
    "Startup finished",
    "login:",
    "UEFI",
}};

// The kernel's clock, "[   12.345678] ", at the start of a line.
const QRegularExpression &clockPattern()
{
    // Bounded digits: a guest's "[999…9.9]" must not become an infinite number of seconds.
    static const QRegularExpression re(u"^\\[\\s*(\\d{1,10}\\.\\d{1,9})\\] ?"_s);
    return re;
}

// The line without the kernel's clock: where the kernel's own words begin.
QStringView message(QStringView text)
{
    const QRegularExpressionMatch m = clockPattern().matchView(text);
    return m.hasMatch() ? text.mid(m.capturedLength()) : text;
}

struct ProblemRule
{
    BootProblemKind kind;
    QRegularExpression pattern;
};

// The rules of the "Boot Log" definition's Problems context (ProblemPatterns.h, generated from
// it), in its order: first match wins, the specific before the general (a soft lockup is
// printed as "BUG: soft lockup", GRUB's rescue shell is not systemd's). What the log pane
// colours as a problem is what is counted as one.
const QList<ProblemRule> &problemRules()
{
    static const QList<ProblemRule> rules = [] {
        QList<ProblemRule> built;
        for (const problempatterns::Pattern &p : problempatterns::patterns) {
            const QString text = QString::fromUtf16(p.text);
            std::optional<BootProblemKind> kind;
            for (int k = 0; k <= int(BootProblemKind::Firmware); ++k) {
                if (BootLineClassifier::problemName(BootProblemKind(k)) == QLatin1StringView(p.kind))
                    kind = BootProblemKind(k);
            }
            // The build takes only marked rules; a kind that is not ours is a typo there.
            Q_ASSERT_X(kind, "problemRules", p.kind);
            if (kind)
                built.append({*kind, QRegularExpression(p.anchored ? u"^(?:"_s + text + u')' : text)});
        }
        return built;
    }();
    return rules;
}

struct MilestoneRule
{
    BootMilestoneKind kind;
    QRegularExpression pattern;
};

const std::array<MilestoneRule, 9> &milestoneRules()
{
    static const std::array<MilestoneRule, 9> rules{{
        {BootMilestoneKind::Firmware, QRegularExpression(u"^(?:SeaBIOS \\(version |BdsDxe: |UEFI firmware |EDK II)"_s)},
        {BootMilestoneKind::Bootloader,
         QRegularExpression(u"^(?:\\s*GNU GRUB\\s+version |Welcome to GRUB!|Booting `|Loading Linux |SYSLINUX \\d)"_s)},
        // Windows: its Special Administration Console is up once the kernel loads its drivers.
        {BootMilestoneKind::Kernel,
         QRegularExpression(u"^(?:Linux version \\S+|Computer is booting, SAC started and initialized\\.)"_s)},
        {BootMilestoneKind::Init, QRegularExpression(u"^Run \\S+ as init process"_s)},
        {BootMilestoneKind::RootMounted,
         QRegularExpression(
             u"^(?:EXT4-fs \\([^)]+\\): mounted filesystem|XFS \\([^)]+\\): Ending clean mount|VFS: Mounted root)"_s)},
        {BootMilestoneKind::Systemd,
         QRegularExpression(u"^(?:systemd\\[1\\]: systemd \\S+ running|Welcome to .+!$)"_s)},
        {BootMilestoneKind::Target,
         QRegularExpression(u"^(?:\\[  OK  \\] )?(?:systemd\\[1\\]: )?Reached target (.+?)\\.?$"_s)},
        {BootMilestoneKind::StartupFinished,
         QRegularExpression(
             u"^(?:systemd\\[1\\]: )?Startup finished in .* = ((?:\\d+min )?(?:\\d+(?:\\.\\d+)?m?s)?)\\.?$"_s)},
        {BootMilestoneKind::LoginPrompt, QRegularExpression(u"^\\S+ login: ?$"_s)},
    }};
    return rules;
}

// systemd's time spans as it prints them: "1min 2.345s", "4.712s", "812ms".
std::optional<double> systemdSpan(QStringView span)
{
    static const QRegularExpression part(u"(\\d{1,9}(?:\\.\\d{1,9})?)(min|ms|s)"_s);
    double seconds = 0;
    bool any = false;
    for (const QRegularExpressionMatch &m : part.globalMatchView(span)) {
        const double value = m.capturedView(1).toDouble();
        const QStringView unit = m.capturedView(2);
        seconds += unit == u"min" ? value * 60 : unit == u"ms" ? value / 1000 : value;
        any = true;
    }
    return any ? std::optional<double>(seconds) : std::nullopt;
}

} // namespace

bool BootLineClassifier::mayMatter(QByteArrayView raw)
{
    // Escape sequences may split a word that decoding joins ("pa\e[0mnic"): such lines, a few in
    // a hundred (systemd's coloured status), are always decoded.
    if (!LineDecoder::isPlain(raw))
        return true;
    for (QByteArrayView trigger : kTriggers) {
        if (raw.contains(trigger))
            return true;
    }
    return false;
}

std::optional<BootProblemKind> BootLineClassifier::problem(QStringView text)
{
    const QStringView words = message(text).trimmed();
    for (const ProblemRule &rule : problemRules()) {
        if (rule.pattern.matchView(words).hasMatch())
            return rule.kind;
    }
    return std::nullopt;
}

std::optional<BootLineClassifier::Milestone> BootLineClassifier::milestone(QStringView text)
{
    const QStringView words = message(text).trimmed();
    for (const MilestoneRule &rule : milestoneRules()) {
        const QRegularExpressionMatch m = rule.pattern.matchView(words);
        if (!m.hasMatch())
            continue;
        Milestone milestone;
        milestone.kind = rule.kind;
        milestone.name = milestoneName(rule.kind);
        milestone.seconds = kernelSeconds(text);
        if (rule.kind == BootMilestoneKind::Target)
            milestone.name = u"target "_s + m.capturedView(1).toString();
        else if (rule.kind == BootMilestoneKind::StartupFinished)
            milestone.seconds = systemdSpan(m.capturedView(1));
        return milestone;
    }
    return std::nullopt;
}

std::optional<double> BootLineClassifier::kernelSeconds(QStringView text)
{
    const QRegularExpressionMatch m = clockPattern().matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedView(1).toDouble();
}

QString BootLineClassifier::problemName(BootProblemKind kind)
{
    switch (kind) {
    case BootProblemKind::KernelPanic: return u"kernel-panic"_s;
    case BootProblemKind::Oops: return u"oops"_s;
    case BootProblemKind::Bug: return u"bug"_s;
    case BootProblemKind::KernelWarning: return u"kernel-warning"_s;
    case BootProblemKind::HungTask: return u"hung-task"_s;
    case BootProblemKind::Lockup: return u"lockup"_s;
    case BootProblemKind::RcuStall: return u"rcu-stall"_s;
    case BootProblemKind::OomKill: return u"oom-kill"_s;
    case BootProblemKind::Segfault: return u"segfault"_s;
    case BootProblemKind::FailedUnit: return u"failed-unit"_s;
    case BootProblemKind::EmergencyMode: return u"emergency-mode"_s;
    case BootProblemKind::BootTimeout: return u"boot-timeout"_s;
    case BootProblemKind::Firmware: return u"firmware"_s;
    }
    return {};
}

QString BootLineClassifier::milestoneName(BootMilestoneKind kind)
{
    switch (kind) {
    case BootMilestoneKind::Firmware: return u"firmware"_s;
    case BootMilestoneKind::Bootloader: return u"bootloader"_s;
    case BootMilestoneKind::Kernel: return u"kernel"_s;
    case BootMilestoneKind::Init: return u"init"_s;
    case BootMilestoneKind::RootMounted: return u"root-mounted"_s;
    case BootMilestoneKind::Systemd: return u"systemd"_s;
    case BootMilestoneKind::Target: return u"target"_s;
    case BootMilestoneKind::StartupFinished: return u"startup-finished"_s;
    case BootMilestoneKind::LoginPrompt: return u"login-prompt"_s;
    }
    return {};
}

} // namespace vcv
