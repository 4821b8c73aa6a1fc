// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/BootReport.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr qsizetype kProblemTextChars = 300;

QString tr(const char *text)
{
    return QCoreApplication::translate("vcv::BootReport", text);
}

/// Gives the milestones without a clock the time they arrived, on the kernel's clock: through
/// the nearest milestone (in the log) that has both a clock and an arrival time — the kernel
/// prints what it buffered before the serial console was up late, so a near one is the better
/// anchor. `arrivals` runs parallel to the milestones; `bootArrival` is when the boot's first
/// line arrived.
void placeArrivals(QList<BootReport::Milestone> &milestones, const QList<std::optional<qint64>> &arrivals,
                   std::optional<qint64> bootArrival)
{
    // Each anchor: where it is, and its seconds on the report's clock minus its arrival in
    // seconds since the epoch (what turns an arrival into report seconds).
    struct Anchor
    {
        qsizetype at;
        double offset;
    };
    QList<Anchor> anchors;
    bool anyClock = false;
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const std::optional<double> seconds = milestones[i].seconds;
        const std::optional<qint64> arrival = arrivals[i];
        anyClock = anyClock || seconds.has_value();
        // systemd's "Startup finished" total is a length, not the time the line was printed.
        if (seconds && arrival && milestones[i].kind != BootMilestoneKind::StartupFinished)
            anchors.append({i, *seconds - double(*arrival) / 1000});
    }
    if (anchors.isEmpty()) {
        if (anyClock || !bootArrival)
            return; // clocks that cannot be tied to arrivals: leave the others without
        anchors.append({0, -double(*bootArrival) / 1000});
    }
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const std::optional<qint64> arrival = arrivals[i];
        if (milestones[i].seconds || !arrival)
            continue;
        const auto nearest = std::min_element(anchors.cbegin(), anchors.cend(), [i](const Anchor &a, const Anchor &b) {
            return std::abs(a.at - i) < std::abs(b.at - i);
        });
        // Before the kernel (firmware, boot loader) that is below zero.
        milestones[i].seconds = double(*arrival) / 1000 + nearest->offset;
        milestones[i].secondsFromArrival = true;
    }
}

} // namespace

BootReport BootReport::build(const LogDocument &document)
{
    BootReport report;
    const QList<BootSegment> segments = document.bootSegments();
    const qint64 lineCount = document.lineCount();
    qint64 printed = 0; // lines as --print-log prints them: markers are not in the files
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const qint64 first = segments[s].firstLine.get();
        const qint64 end = s + 1 < segments.size() ? segments[s + 1].firstLine.get() : lineCount;
        Boot boot;
        boot.index = int(report.boots.size()) + 1;
        boot.title =
            LineDecoder::decodeText(segments[s].title.toUtf8()); // its raw text: no escape may reach a terminal
        boot.firstLine = printed + 1;
        bool seen[int(BootMilestoneKind::LoginPrompt) + 1] = {};
        QList<std::optional<qint64>> arrivals; // parallel to boot.milestones
        for (qint64 l = first; l < end; ++l) {
            const LineNumber line(l);
            if (document.lineKind(line) != DecodedLine::Kind::Text)
                continue;
            ++printed;
            const QByteArray raw = document.rawLineHead(line, LogDocument::ClassifyBytes);
            if (!BootLineClassifier::mayMatter(raw))
                continue;
            const QString text = LineDecoder::decodeText(raw);
            if (const auto kind = BootLineClassifier::problem(text)) {
                boot.problems.append({*kind, printed, text.trimmed().left(kProblemTextChars)});
                continue;
            }
            if (const auto milestone = BootLineClassifier::milestone(text)) {
                // Each step once per boot (its first line), except the targets, which are many.
                bool &once = seen[int(milestone->kind)];
                if (milestone->kind != BootMilestoneKind::Target && once)
                    continue;
                once = true;
                boot.milestones.append({milestone->kind, milestone->name, printed, milestone->seconds});
                arrivals.append(document.arrivalMsecs(line));
            }
        }
        placeArrivals(boot.milestones, arrivals, document.arrivalMsecs(LineNumber(first)));
        boot.lastLine = std::max(printed, boot.firstLine);
        if (printed < boot.firstLine) // a segment of markers only: nothing of it is printed
            continue;
        report.boots.append(boot);
    }
    return report;
}

bool BootReport::keepOnly(int index)
{
    if (boots.isEmpty() || index < 0 || index > boots.size())
        return false;
    const Boot boot = boots.at(index == 0 ? boots.size() - 1 : index - 1);
    boots = {boot};
    return true;
}

bool BootReport::hasProblems() const
{
    return std::any_of(boots.cbegin(), boots.cend(), [](const Boot &b) { return !b.problems.isEmpty(); });
}

QByteArray BootReport::toJson() const
{
    QJsonArray bootArray;
    for (const Boot &boot : boots) {
        QJsonArray milestones;
        for (const Milestone &m : boot.milestones) {
            milestones.append(QJsonObject{{u"name"_s, m.name},
                                          {u"line"_s, m.line},
                                          {u"seconds"_s, m.seconds ? QJsonValue(*m.seconds) : QJsonValue()}});
        }
        QJsonArray problems;
        for (const Problem &p : boot.problems) {
            problems.append(QJsonObject{
                {u"kind"_s, BootLineClassifier::problemName(p.kind)}, {u"line"_s, p.line}, {u"text"_s, p.text}});
        }
        bootArray.append(QJsonObject{{u"index"_s, boot.index},
                                     {u"firstLine"_s, boot.firstLine},
                                     {u"lastLine"_s, boot.lastLine},
                                     {u"title"_s, boot.title},
                                     {u"milestones"_s, milestones},
                                     {u"problems"_s, problems}});
    }
    const QJsonObject root{{u"domain"_s, domain}, {u"console"_s, console}, {u"boots"_s, bootArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString BootReport::toText() const
{
    QString out;
    const QLocale c = QLocale::c();
    for (const Boot &boot : boots) {
        out += tr("Boot %1, lines %2–%3").arg(boot.index).arg(boot.firstLine).arg(boot.lastLine);
        if (!boot.title.isEmpty())
            out += u": "_s + boot.title;
        out += u'\n';
        out += u"  "_s + tr("Milestones:") + u'\n';
        if (boot.milestones.isEmpty())
            out += u"    "_s + tr("none found") + u'\n';
        for (const Milestone &m : boot.milestones) {
            const QString seconds = m.seconds ? c.toString(*m.seconds, 'f', 3) + u" s"_s : u"-"_s;
            out += u"    "_s + tr("line %1").arg(m.line).leftJustified(14) + u"  "_s + seconds.rightJustified(12) +
                u"  "_s + m.name + u'\n';
        }
        out += u"  "_s + tr("Problems:") + u'\n';
        if (boot.problems.isEmpty())
            out += u"    "_s + tr("none found") + u'\n';
        for (const Problem &p : boot.problems) {
            // Concatenated: text from the guest is never a format string.
            out += u"    "_s + tr("line %1").arg(p.line).leftJustified(14) + u"  "_s +
                BootLineClassifier::problemName(p.kind).leftJustified(14) + u"  "_s + p.text + u'\n';
        }
    }
    return out;
}

} // namespace vcv
