// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootSegment.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace vcv {

class LineIndex;

/// Finds where boots start. Two steps, so that the expensive one runs once at memory speed
/// over raw bytes while indexing and the cheap one can be redone whenever lines are added:
/// scan() notes candidate lines (firmware banners, "Linux version", the kernel clock at
/// [    0.000000], markers); compute() turns the candidates into segments, reading the few
/// lines it needs back.
///
/// Rules of compute(): a banner on a line that begins at a cut (a boot that began inside a line,
/// see MidLineBootFinder) always starts a boot; otherwise a firmware banner starts a boot unless
/// the current boot has had no kernel yet (SeaBIOS, then iPXE, then OVMF's BdsDxe lines are one
/// boot); "Linux version" starts one unless the current boot began with firmware, a marker or a
/// clock restart and has had no kernel yet; a line at [    0.000000] right after a line with a
/// later kernel time is a clock restart; a marker line always starts one.
///
/// Threading: pure functions, any thread.
class BootSegmentDetector
{
public:
    struct Candidate
    {
        enum class Type : quint8 { Firmware, Kernel, ZeroClock, Marker };
        qint64 line = 0;
        Type type = Type::Firmware;
        qint64 seenAtMs = 0; ///< when following saw it arrive (ms since the epoch), 0: unknown
        bool atCut = false;  ///< the line begins at a cut: a boot began inside the line before
        friend bool operator==(const Candidate &, const Candidate &) = default;
    };

    /// Scans the lines `firstLine`, … of `index` that begin inside `bytes` (which lie at stream
    /// offset `offset` and are already in `index`) and appends the candidates found, with line
    /// numbers of `index`, ascending. Only the first bytes of a line are looked at.
    static void scan(QByteArrayView bytes, ByteOffset offset, const LineIndex &index, LineNumber firstLine,
                     QList<Candidate> &out);

    /// Segments from candidates (ascending by line) for a document of `lineCount` lines.
    static QList<BootSegment> compute(const QList<Candidate> &candidates, qint64 lineCount,
                                      const std::function<QByteArray(qint64)> &rawLine);

    /// compute() one candidate at a time, so that a growing log adds only its new candidates
    /// (a copy of a Builder goes on from where the original stands). Lines it reads must no
    /// longer change: feed it only candidates on complete lines.
    class Builder
    {
    public:
        /// Starts the first segment at line 0, whose bytes are `firstLine`.
        explicit Builder(const QByteArray &firstLine);
        void add(const Candidate &candidate, const std::function<QByteArray(qint64)> &rawLine);
        const QList<BootSegment> &segments() const { return m_segments; }

    private:
        void startSegment(qint64 line, BootSegment::Reason reason, const QString &title, qint64 seenAtMs);

        QList<BootSegment> m_segments;
        bool m_hasKernel = false;
        qint64 m_kernelLine = -1;
    };
};

} // namespace vcv
