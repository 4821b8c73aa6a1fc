// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QList>

#include <set>

namespace vcv {

/// The bookmarked lines of a LogView, sorted.
///
/// One ordered set serves both the gutter's "is this line marked" (a lookup per visible row)
/// and F2's "the next mark after this line"; the view used to keep a hash and a sorted copy that
/// had to be kept equal by hand.
///
/// Invalid input: toggle() of an invalid line does nothing; next()/previous() on an empty set
/// return an invalid LineNumber.
/// Thread: not thread-safe; a plain value.
class LogBookmarks
{
public:
    /// Marks @p line, or unmarks it when marked. Returns whether it is marked now.
    bool toggle(LineNumber line);
    bool contains(LineNumber line) const { return m_lines.contains(line); }
    bool isEmpty() const { return m_lines.empty(); }
    qsizetype size() const { return qsizetype(m_lines.size()); }
    void clear() { m_lines.clear(); }
    /// All marks, ascending.
    QList<LineNumber> lines() const { return QList<LineNumber>(m_lines.begin(), m_lines.end()); }

    /// The first mark after @p line, wrapping to the first mark (@p line invalid: the first).
    LineNumber next(LineNumber line) const;
    /// The last mark before @p line, wrapping to the last mark.
    LineNumber previous(LineNumber line) const;

    /// @p count lines were put in front of the document: every mark moves down with its line.
    void linesPrepended(qint64 count);

private:
    std::set<LineNumber> m_lines;
};

} // namespace vcv
