// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootLineClassifier.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vcv {

class LogDocument;

/// Each boot of a console log with its milestones and problems: what `--boot-report` prints.
///
/// Line numbers count from 1 the lines as `--print-log` prints them (the document's marker
/// lines, which are not in the files, are not counted). Built from a document whose index is
/// complete; reads each line's head (LogDocument::ClassifyBytes) and decodes only the lines that
/// BootLineClassifier::mayMatter() lets through.
///
/// Most milestones a serial console shows carry no clock (the firmware, the boot loader,
/// systemd's status lines, the login prompt). For those the document saw arrive while following
/// (LogDocument::arrivalMsecs()), the arrival time is put on the kernel's clock through the
/// nearest milestone that has both; in a boot with no clock at all, seconds count from the
/// boot's first line. Milestones before the kernel (firmware, boot loader) may so be below
/// zero. History read from the files has no arrival times.
///
/// Threading: build() on any thread that may read the document (its readers are thread-safe).
struct BootReport
{
    struct Milestone
    {
        BootMilestoneKind kind = BootMilestoneKind::Kernel;
        QString name;
        qint64 line = 0;
        /// On the kernel's clock: the line's own (or systemd's total), else, for a line seen
        /// arriving live, its arrival time put on that clock (secondsFromArrival).
        std::optional<double> seconds;
        bool secondsFromArrival = false;
    };
    struct Problem
    {
        BootProblemKind kind = BootProblemKind::KernelPanic;
        qint64 line = 0;
        QString text; ///< the line as shown (decoded), at most 300 characters
    };
    struct Boot
    {
        int index = 0; ///< 1 = the oldest boot in the log
        qint64 firstLine = 0;
        qint64 lastLine = 0;
        QString title; ///< what started it (BootSegment::title), may be empty
        QList<Milestone> milestones;
        QList<Problem> problems;
    };

    QString domain;
    QString console;
    QList<Boot> boots;

    static BootReport build(const LogDocument &document);

    /// Keeps only boot `index` (1-based; 0: the last one). False when there is no such boot.
    bool keepOnly(int index);
    bool hasProblems() const;

    /// {"domain": …, "console": …, "boots": [{"index", "firstLine", "lastLine", "title",
    /// "milestones": [{"name", "line", "seconds"}], "problems": [{"kind", "line", "text"}]}]}
    /// ("seconds" is null when the line has no clock). Indented, UTF-8.
    QByteArray toJson() const;
    /// The same for a reader, one boot after the other.
    QString toText() const;
};

} // namespace vcv
