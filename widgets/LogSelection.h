// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <compare>
#include <utility>

namespace vcv {

/// A position in a log's text: a document line and a UTF-16 column of its decoded text.
struct LogPosition
{
    LineNumber line;
    int column = 0;
    bool isValid() const { return line.isValid(); }
    friend auto operator<=>(const LogPosition &, const LogPosition &) = default;
};

/// The selection of a LogView: where the mouse went down (anchor) and where it is (cursor), in
/// document positions, so that the selection stays on its text when rows are filtered or
/// scrolled away.
///
/// Invalid input: columns past a line's end are clamped by columnsOn().
/// Thread: not thread-safe; a plain value.
class LogSelection
{
public:
    LogPosition anchor() const { return m_anchor; }
    LogPosition cursor() const { return m_cursor; }
    /// Text is selected: an anchor and a cursor elsewhere.
    bool hasSelection() const { return m_anchor.isValid() && m_anchor != m_cursor; }
    /// An anchor is set (a click), maybe with nothing selected yet.
    bool isActive() const { return m_anchor.isValid(); }
    LogPosition start() const { return qMin(m_anchor, m_cursor); }
    LogPosition end() const { return qMax(m_anchor, m_cursor); }

    void set(LogPosition anchor, LogPosition cursor)
    {
        m_anchor = anchor;
        m_cursor = cursor;
    }
    void moveCursor(LogPosition cursor) { m_cursor = cursor; }
    void clear() { m_anchor = m_cursor = {}; }

    /// Whether any of @p line is selected.
    bool covers(LineNumber line) const { return hasSelection() && line >= start().line && line <= end().line; }
    /// The selected columns [from, to) of @p line, whose text is @p length long.
    std::pair<int, int> columnsOn(LineNumber line, int length) const
    {
        const LogPosition s = start(), e = end();
        const int from = line == s.line ? qMin(s.column, length) : 0;
        const int to = line == e.line ? qMin(e.column, length) : length;
        return {from, qMax(from, to)};
    }

    /// @p count lines were put in front of the document.
    void linesPrepended(qint64 count)
    {
        if (m_anchor.isValid())
            m_anchor.line += count;
        if (m_cursor.isValid())
            m_cursor.line += count;
    }

private:
    LogPosition m_anchor;
    LogPosition m_cursor;
};

} // namespace vcv
