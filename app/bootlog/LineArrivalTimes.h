// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <optional>
#include <vector>

namespace vcv {

/// When the lines of a followed log arrived: the wall-clock time of each batch of appended
/// lines, as LogDocument merged it. A console log carries no time of its own, so this is the
/// only clock for the lines the kernel does not stamp (firmware, boot loader, login prompt) —
/// and only for lines seen live: history read at open has none.
///
/// Kept as marks "lines from `first` on arrived at `msecs`", one per batch (batches come at
/// most every 16 ms). At most kMaxMarks are kept: past that, every other old mark is dropped,
/// so a line's time gets coarser, never wrong by more than the gap to the next mark kept.
///
/// Threading: none of its own; LogDocument guards it with its lock.
class LineArrivalTimes
{
public:
    static constexpr size_t kMaxMarks = 8192;

    /// Lines from `first` on (all new) arrived at `msecs` since the epoch. Ignored unless
    /// `first` is past the last line recorded.
    void record(LineNumber first, qint64 msecs);
    /// `count` lines were put in front: every line known moved by `count`.
    void shift(qint64 count);
    void clear() { m_marks.clear(); }

    /// When `line` arrived (ms since the epoch), nothing for a line that was already there
    /// when following began.
    std::optional<qint64> at(LineNumber line) const;
    size_t markCount() const { return m_marks.size(); }

private:
    struct Mark
    {
        qint64 first;
        qint64 msecs;
    };
    void thin();

    std::vector<Mark> m_marks; // ascending by first
};

} // namespace vcv
