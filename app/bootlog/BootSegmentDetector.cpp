// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/BootSegmentDetector.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LineIndex.h"

#include <QByteArrayMatcher>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

using Type = BootSegmentDetector::Candidate::Type;

struct Pattern
{
    QByteArrayView bytes;
    Type type;
};

constexpr Pattern Patterns[] = {
    {"SeaBIOS (version", Type::Firmware}, {"UEFI firmware", Type::Firmware}, {"EDK II", Type::Firmware},
    {"BdsDxe:", Type::Firmware},          {"Linux version ", Type::Kernel},  {"[    0.000000]", Type::ZeroClock},
};

/// The kernel time of a line ("[   12.345678] …"), -1 when it has none.
double kernelTime(const QByteArray &raw)
{
    const QString text = LineDecoder::decodeText(raw);
    static const QRegularExpression re(u"^\\s*\\[\\s*(\\d+\\.\\d+)\\]"_s);
    const auto m = re.match(text);
    return m.hasMatch() ? m.capturedView(1).toDouble() : -1.0;
}

QString titleOf(const QByteArray &raw)
{
    QString text = LineDecoder::decodeText(raw.left(4096)).trimmed();
    static const QRegularExpression stamp(u"^\\[\\s*\\d+\\.\\d+\\]\\s*"_s);
    text.remove(stamp);
    if (text.size() > 200)
        text.truncate(200);
    return text;
}

} // namespace

void BootSegmentDetector::scan(QByteArrayView bytes, ByteOffset at, const LineIndex &index, LineNumber firstLine,
                               QList<Candidate> &out)
{
    // Banners and kernel times begin their lines, so only line starts are looked at (a few
    // bytes per line instead of six searches over all bytes); a line that begins with an
    // escape sequence or CR (a screen clear before the kernel, say) is searched in its first
    // bytes instead. A boot that begins inside a line has been made a line of its own (a cut)
    // by then.
    const char *const data = bytes.data();
    const qint64 length = bytes.size();
    const qint64 offset = at.get();
    if (length <= 0 || index.lineCount() == 0)
        return;
    qint64 line = index.lineAt(offset);
    if (line < 0)
        return;
    if (index.start(line) < offset)
        ++line;
    line = qMax(line, firstLine.get());
    const std::vector<qint64> &cutLines = index.cutLines();
    auto nextCut = std::lower_bound(cutLines.cbegin(), cutLines.cend(), line);
    const qint64 end = offset + length;
    qint64 lastZero = -2;
    auto add = [&](qint64 l, Type type) {
        if (type == Type::ZeroClock) {
            const bool runGoesOn = l == lastZero + 1;
            lastZero = l;
            if (runGoesOn)
                return;
        }
        while (nextCut != cutLines.cend() && *nextCut < l)
            ++nextCut;
        out.append({l, type, 0, nextCut != cutLines.cend() && *nextCut == l});
    };
    for (; line < index.lineCount(); ++line) {
        const qint64 start = index.start(line);
        if (start >= end)
            break;
        const char *p = data + (start - offset);
        const qint64 avail = qMin(index.lineEnd(line), end) - start;
        if (avail <= 0)
            continue;
        const QByteArrayView text(p, qsizetype(avail));
        const char c = p[0];
        if (c == '[') {
            if (text.startsWith(Patterns[5].bytes)) {
                QByteArrayView rest = text.sliced(Patterns[5].bytes.size());
                while (rest.startsWith(' '))
                    rest = rest.sliced(1);
                if (rest.startsWith(Patterns[4].bytes))
                    add(line, Type::Kernel);
                add(line, Type::ZeroClock);
            }
            continue;
        }
        if (c == '\x1b' || c == '\r' || c == '\0') {
            const QByteArrayView head = text.first(qMin<qsizetype>(text.size(), 512));
            for (const Pattern &pattern : Patterns) {
                if (memmem(head.data(), size_t(head.size()), pattern.bytes.data(), size_t(pattern.bytes.size())))
                    add(line, pattern.type);
            }
            continue;
        }
        for (const Pattern &pattern : Patterns) {
            if (pattern.bytes.front() == c && text.startsWith(pattern.bytes)) {
                add(line, pattern.type);
                break;
            }
        }
    }
}

QList<BootSegment> BootSegmentDetector::compute(const QList<Candidate> &candidates, qint64 lineCount,
                                                const std::function<QByteArray(qint64)> &rawLine)
{
    if (lineCount <= 0)
        return {};
    Builder builder(rawLine(0));
    for (const Candidate &c : candidates) {
        if (c.line >= lineCount)
            break;
        builder.add(c, rawLine);
    }
    return builder.segments();
}

BootSegmentDetector::Builder::Builder(const QByteArray &firstLine)
{
    m_segments.append(BootSegment{LineNumber(0), BootSegment::Reason::LogStart, titleOf(firstLine), {}});
}

void BootSegmentDetector::Builder::startSegment(qint64 line, BootSegment::Reason reason, const QString &title,
                                                qint64 seenAtMs)
{
    if (m_segments.last().firstLine.get() == line) {
        // Same line as the current segment's start: say what it is.
        if (m_segments.last().reason == BootSegment::Reason::LogStart || reason == BootSegment::Reason::LogRestarted) {
            m_segments.last().reason = reason;
            m_segments.last().title = title;
        }
        return;
    }
    m_segments.append(BootSegment{LineNumber(line), reason, title,
                                  seenAtMs ? QDateTime::fromMSecsSinceEpoch(seenAtMs) : QDateTime()});
}

void BootSegmentDetector::Builder::add(const Candidate &c, const std::function<QByteArray(qint64)> &rawLine)
{
    if (c.atCut && (c.type == Type::Firmware || c.type == Type::Kernel)) {
        // MidLineBootFinder cut the line here because a banner interrupted it: a reset, even
        // before the current boot reached its kernel (a guest reset at its GRUB menu).
        const bool kernel = c.type == Type::Kernel;
        startSegment(c.line, kernel ? BootSegment::Reason::Kernel : BootSegment::Reason::Firmware,
                     titleOf(rawLine(c.line)), c.seenAtMs);
        m_segments.last().beganInsideLine = true;
        m_hasKernel = kernel;
        if (kernel)
            m_kernelLine = c.line;
        return;
    }
    const BootSegment::Reason current = m_segments.last().reason;
    switch (c.type) {
    case Type::Marker:
        startSegment(c.line, BootSegment::Reason::LogRestarted, QString(), c.seenAtMs);
        m_hasKernel = false;
        break;
    case Type::Firmware:
        if (current == BootSegment::Reason::Firmware && !m_hasKernel)
            break;
        if ((current == BootSegment::Reason::LogRestarted) && !m_hasKernel) {
            if (m_segments.last().title.isEmpty())
                m_segments.last().title = titleOf(rawLine(c.line));
            break;
        }
        startSegment(c.line, BootSegment::Reason::Firmware, titleOf(rawLine(c.line)), c.seenAtMs);
        m_hasKernel = false;
        break;
    case Type::Kernel: {
        const bool sameBoot = !m_hasKernel &&
            (current == BootSegment::Reason::Firmware || current == BootSegment::Reason::LogRestarted ||
             current == BootSegment::Reason::ClockRestart || m_segments.last().firstLine.get() == c.line);
        if (sameBoot) {
            if (current == BootSegment::Reason::LogStart)
                startSegment(c.line, BootSegment::Reason::Kernel, titleOf(rawLine(c.line)), c.seenAtMs);
            else if (current == BootSegment::Reason::LogRestarted && m_segments.last().title.isEmpty())
                m_segments.last().title = titleOf(rawLine(c.line));
        } else {
            startSegment(c.line, BootSegment::Reason::Kernel, titleOf(rawLine(c.line)), c.seenAtMs);
        }
        m_hasKernel = true;
        m_kernelLine = c.line;
        break;
    }
    case Type::ZeroClock: {
        if (c.line == m_kernelLine || c.line == 0)
            break;
        const double before = kernelTime(rawLine(c.line - 1));
        if (before > 0.0) {
            startSegment(c.line, BootSegment::Reason::ClockRestart, titleOf(rawLine(c.line)), c.seenAtMs);
            m_hasKernel = false;
        }
        break;
    }
    }
}

} // namespace vcv
