// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/DecodedLine.h"
#include "bootlog/LineTypes.h"

#include <QHash>
#include <QList>

#include <span>
#include <utility>
#include <vector>

namespace vcv {

/// Where each line of a byte stream starts, compactly: one 32-bit offset per line relative to
/// a 64-bit base per block of 256 lines (a 256 MiB log of 80-byte lines costs about 13 MiB).
/// Covers the bytes [begin(), end()) of the stream; marker lines (zero bytes long) can be put
/// between lines.
///
/// Line i spans [start(i), start(i+1)) — or [start(i), end()) for the last line — and includes
/// its line end. The last line is "open" while the stream does not end in a newline.
///
/// Lines begin after a newline, and at *cuts*: bytes where a boot begins inside a line (found by
/// MidLineBootFinder). The line before a cut has no line end; beginsAtCut() tells such lines.
///
/// Threading: not synchronised; LogDocument guards it with its lock.
class LineIndex
{
public:
    explicit LineIndex(qint64 begin = 0)
        : m_begin(begin)
        , m_end(begin)
    {
    }

    qint64 begin() const { return m_begin; }
    qint64 end() const { return m_end; }
    qint64 lineCount() const { return m_count; }
    bool isLastLineOpen() const { return m_count > 0 && !m_lastClosed; }

    qint64 start(qint64 line) const;
    qint64 lineEnd(qint64 line) const { return line + 1 < m_count ? start(line + 1) : m_end; }
    /// The line holding byte `offset`, -1 when outside [begin(), end()). A marker is never the
    /// answer: the line after it holds the byte.
    qint64 lineAt(qint64 offset) const;
    DecodedLine::Kind kind(qint64 line) const;
    /// Marker lines, ascending.
    const QList<std::pair<qint64, DecodedLine::Kind>> &markers() const { return m_markers; }
    /// True when `line` begins at a cut (no newline before it); false for any other number.
    bool beginsAtCut(qint64 line) const;
    /// Lines that begin at a cut, ascending.
    const std::vector<qint64> &cutLines() const { return m_cutLines; }

    /// Indexes bytes [from, from+length) of the stream; `from` must equal end(). `cuts`
    /// (ascending) become line starts too: those in [from, from+length), and those that fall in
    /// the open last line before `from` (found with the line's bytes before `from` as context),
    /// which splits it. A cut that is not strictly inside a line is ignored.
    void append(qint64 from, const char *data, qint64 length, std::span<const ByteOffset> cuts = {});
    /// Indexes [end(), to) as the rest of one line whose bytes were looked at before and hold no
    /// newline; none is read. On an empty index, or one whose last line is closed, that line
    /// begins at end() (at a cut when `beginsAtCut`).
    void appendLineRest(qint64 to, bool beginsAtCut);
    /// Puts a marker line at end(); the open last line, if any, is closed by it.
    void appendMarker(DecodedLine::Kind kind);
    /// Appends `tail`, whose begin() must equal end() — or, with `replacesOpenLine`, the start of
    /// the open last line here: tail then holds that line again, indexed anew from its start
    /// (with more bytes, perhaps cut), and takes its place.
    void appendIndex(const LineIndex &tail, bool replacesOpenLine = false);

private:
    void pushStart(qint64 offset);
    void popLastLine();
    /// Makes `offset` a line start when it lies strictly inside the open last line.
    void cutOpenLine(qint64 offset);

    static constexpr int BlockShift = 8;
    static constexpr qint64 BlockSize = qint64(1) << BlockShift;
    static constexpr quint32 Overflow = 0xFFFFFFFFu;

    qint64 m_begin;
    qint64 m_end;
    qint64 m_count = 0;
    bool m_lastClosed = true;
    std::vector<qint64> m_blockBase;
    std::vector<quint32> m_relative;
    QHash<qint64, qint64> m_overflow; // lines whose offset is 4 GiB or more past their block's base
    QList<std::pair<qint64, DecodedLine::Kind>> m_markers;
    std::vector<qint64> m_cutLines; // ascending; few (one per boot begun inside a line)
};

} // namespace vcv
