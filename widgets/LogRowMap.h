// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QList>

namespace vcv {

struct RowIndexTag;
/// A row of a LogView, 0-based: what the vertical scroll bar counts. A row shows one document
/// line (a LineNumber), but not every line has a row once a filter or a boot narrows the view.
using RowIndex = StrongIndex<RowIndexTag>;

/// Which document lines a LogView shows, and in which row.
///
/// The rows are the lines of [rangeFirst, rangeEnd) that pass the filter: all of them, only the
/// listed ones (the lines that match a search) or all but the listed ones. Nothing is stored per
/// row: both directions are binary searches in the sorted list, so a filter over ten million
/// lines costs no memory beyond that list.
///
/// Invalid input: lineForRow() of a row outside [0, rowCount()) is an invalid LineNumber;
/// rowForLine() of a line outside the rows is the row of the next line shown (rowCount() when
/// none follows, 0 before the first).
/// Thread: not thread-safe; a plain value, no Qt objects.
class LogRowMap
{
public:
    enum class Filter {
        None,       ///< every line of the range
        OnlyListed, ///< only the listed lines
        HideListed, ///< every line except the listed ones
    };

    /// Lines in the document: [0, count).
    void setLineCount(qint64 count);
    qint64 lineCount() const { return m_lineCount; }
    /// @p lines must be sorted ascending, without duplicates, each below lineCount().
    void setFilter(Filter filter, const QList<LineNumber> &lines);
    Filter filter() const { return m_filter; }
    /// Shows only [first, end); an invalid @p first: from the start, an invalid @p end: to the end.
    void setRange(LineNumber first, LineNumber end);
    void clearRange() { setRange(LineNumber(), LineNumber()); }

    qint64 rowCount() const { return m_rowCount; }
    LineNumber lineForRow(RowIndex row) const;
    RowIndex rowForLine(LineNumber line) const;

private:
    // Rows of the whole document (the range aside): the filter's own numbering.
    qint64 filteredCount() const;
    // A filtered row is not a RowIndex: the range's rows start at m_rowBase of these.
    qint64 filteredRowForLine(LineNumber line) const;
    LineNumber lineForFilteredRow(qint64 row) const;
    void update();

    qint64 m_lineCount = 0;
    Filter m_filter = Filter::None;
    QList<LineNumber> m_listed;
    LineNumber m_rangeFirst;
    LineNumber m_rangeEnd;
    qint64 m_rowBase = 0; // the range's first row in the filter's numbering
    qint64 m_rowCount = 0;
};

} // namespace vcv
