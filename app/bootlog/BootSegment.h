// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QDateTime>
#include <QString>

namespace vcv {

/// Where one boot of the guest starts in a LogDocument. A segment runs to the line before the
/// next segment's firstLine (or to the end of the document).
struct BootSegment
{
    enum class Reason : quint8 {
        LogStart,     ///< the first line of the document (always present once the document has a line)
        Firmware,     ///< a firmware banner: SeaBIOS, OVMF/EDK II, UEFI
        Kernel,       ///< "Linux version …" without a firmware banner just before it
        ClockRestart, ///< the kernel clock went back to [    0.000000]
        LogRestarted, ///< a "log restarted" marker (domain restarted with append='off', truncation)
    };
    LineNumber firstLine;
    Reason reason = Reason::LogStart;
    /// What was detected, e.g. "SeaBIOS (version 1.16.3-debian-1.16.3-2)" or "Linux version 6.12.…" (raw line text, trimmed, at most 200 characters).
    QString title;
    /// When the document saw the segment start arrive while following; invalid for lines that
    /// were already in the files when the document opened (the log carries no wall-clock time).
    QDateTime seenAt;
    /// The boot began inside a line (the guest was reset while that line was half written): the
    /// document made that byte a line start, so firstLine begins there and the line before it
    /// has no line end.
    bool beganInsideLine = false;

    friend bool operator==(const BootSegment &, const BootSegment &) = default;
};

} // namespace vcv
