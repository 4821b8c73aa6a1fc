// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

namespace vcv {

/// Where the bytes a TerminalView held back meet the console log's history shown above them,
/// so that the screen shows each byte once: pure byte matching, no widget, no state.
///
/// Thread: any (static functions of their arguments only).
class TerminalHistorySeam
{
public:
    /// Ends of a log at least this long are placed; shorter ones match by chance.
    static constexpr qsizetype kShortestAnchor = 32;
    /// The longest end of one text looked for in the other.
    static constexpr qsizetype kAnchor = 256;

    /// Where the end of @p text ends in @p where, or -1: the last kAnchor bytes of @p text, or,
    /// where those span a gap in @p where (a stream that skipped bytes), the shorter ends of them
    /// that begin at a line start, longest first, down to kShortestAnchor. Only an end found
    /// once counts: a guest's lines often differ in a few bytes only (a counter, a time stamp),
    /// and an end without those bytes would place the stream at whichever line came last. A
    /// shorter end counts only where the line before it is the same on both sides: a shell's
    /// prompt is a line of its own that comes back after every command, and the held bytes
    /// "echo x, x, prompt" end with the prompt that a history without the command also ends
    /// with.
    static qsizetype findEnd(QByteArrayView text, QByteArrayView where);

    /// How many of the @p held stream bytes the @p history already holds. The log is complete;
    /// the stream may begin with bytes QEMU kept in its pty from before the attach and then skip
    /// what it dropped until the attach, so the held bytes are not simply a continuation of the
    /// history.
    /// - The stream mostly runs ahead of the log (virtlogd writes after QEMU): the history's last
    ///   bytes are then among the held ones, and everything up to them is covered, also stale
    ///   bytes before a gap.
    /// - Else the log is ahead: the latest line end in the held bytes whose preceding bytes the
    ///   history also has marks what is covered;
    /// - failing both, the longest end of the history that the held bytes begin with.
    static qsizetype alreadyInHistory(QByteArrayView history, QByteArrayView held);

    /// Whether @p held can be placed in @p history now, as well as waiting for more would:
    /// kAnchor bytes (those the history does not have are past its end or a gap), or an end of
    /// them that findEnd() finds.
    static bool canPlace(QByteArrayView held, QByteArrayView history);
};

} // namespace vcv
