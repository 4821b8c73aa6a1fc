// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootSegment.h"
#include "widgets/LogRowMap.h"

#include <QList>

namespace vcv {

/// Which lines of the log a LogView shows as rows, and their LogRowMap: the search's filter
/// (only or all but the matching lines), a line filter that sets the search's aside while it is
/// on (the problems and their context), and "this boot only", which narrows either.
///
/// The boot is kept by its first line as well as its index, so that it is found again when
/// history is put in front of the log (its index moves by the boots in front, its line by the
/// lines). A boot that no longer exists ends the restriction.
///
/// Invalid input: a boot index outside the segments shows every boot; line-filter lines at or
/// past the line count wait for a rebuild with more lines.
/// Thread: not thread-safe; a plain value, no Qt objects.
class LogRowScope
{
public:
    const LogRowMap &rows() const { return m_rows; }

    /// Rebuilds the rows for @p lineCount lines, the document's @p segments and the search's
    /// @p searchFilter of its sorted @p matchLines.
    void rebuild(qint64 lineCount, const QList<BootSegment> &segments, LogRowMap::Filter searchFilter,
                 const QList<LineNumber> &matchLines);

    /// Whether anything changed; rebuild() applies it.
    bool setLineFilter(bool on, const QList<LineNumber> &lines);
    bool hasLineFilter() const { return m_lineFilterOn; }

    /// The boot shown alone (index into the segments), -1: all. Whether anything changed.
    bool setBootOnly(qsizetype segment, const QList<BootSegment> &segments);
    qsizetype bootOnly() const { return m_bootOnly; }
    /// @p count lines were put in front; @p segments are the document's, which count them
    /// already. A boot that was only the log's start is now part of the one that holds its lines.
    void linesPrepended(qint64 count, const QList<BootSegment> &segments);

private:
    LogRowMap m_rows;
    bool m_lineFilterOn = false;
    QList<LineNumber> m_lineFilter; // sorted; used while m_lineFilterOn
    qsizetype m_bootOnly = -1;
    LineNumber m_bootOnlyLine; // where the boot m_bootOnly begins
};

} // namespace vcv
