// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/MidLineBootFinder.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vcv {

namespace {

// Two anchors cover the three banners: "version " is in the kernel's and in SeaBIOS' banner,
// "BdsDxe: " is OVMF's. Finding the anchors is the only work done on every byte; what stands
// around a hit is checked only where one is found.
constexpr QByteArrayView VersionAnchor = "version ";
constexpr QByteArrayView OvmfAnchor = "BdsDxe: ";
static_assert(VersionAnchor.size() == 8 && OvmfAnchor.size() == 8);
constexpr QByteArrayView LinuxWord = "Linux ";
constexpr QByteArrayView SeaBiosWord = "SeaBIOS (";
constexpr QByteArrayView ZeroClock = "[    0.000000] ";
/// What syslog and the journal put before a kernel message.
constexpr QByteArrayView SyslogTag = "kernel: ";
/// The longest kernel release accepted ("6.12.118+deb13-amd64" has 20 bytes).
constexpr qsizetype MaxReleaseLength = 64;
/// How far back a run of screen-clearing escape sequences before a banner is followed.
constexpr qsizetype MaxClearRunBytes = 64;
/// The longest escape sequence recognised when looking backwards.
constexpr qsizetype MaxEscapeSequenceBytes = 24;

constexpr qsizetype ContextBytes = MidLineBootFinder::ContextBytes;

bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

/// Where the escape sequence that ends right before `end` begins — ESC and one byte, or a CSI
/// (ESC [ parameters intermediates final) —, `end` when none does. Never looks before `floor`.
qsizetype escapeSequenceBefore(QByteArrayView bytes, qsizetype floor, qsizetype end)
{
    if (end - 2 < floor)
        return end;
    const uchar last = uchar(bytes[end - 1]);
    if (bytes[end - 2] == '\x1b' && last >= 0x30 && last <= 0x7e && last != '[')
        return end - 2;
    if (last < 0x40 || last > 0x7e)
        return end;
    const qsizetype stop = qMax(floor, end - MaxEscapeSequenceBytes);
    qsizetype i = end - 2;
    while (i > stop && uchar(bytes[i]) >= 0x20 && uchar(bytes[i]) <= 0x3f)
        --i;
    if (i - 1 >= stop && bytes[i] == '[' && bytes[i - 1] == '\x1b')
        return i - 1;
    return end;
}

/// `at` moved back to the first screen clear or terminal reset (ESC c, ESC[…J) of the run of
/// escape sequences right before it; cursor positioning, modes and SGR may stand among them.
/// A clear belongs to the boot it begins: firmware clears the screen before its banner.
qsizetype backOverScreenClear(QByteArrayView bytes, qsizetype floor, qsizetype at)
{
    qsizetype cut = at;
    qsizetype pos = at;
    const qsizetype stop = qMax(floor, at - MaxClearRunBytes);
    while (pos > stop) {
        const qsizetype begin = escapeSequenceBefore(bytes, stop, pos);
        if (begin == pos)
            break;
        const char final = bytes[pos - 1];
        const bool twoBytes = pos - begin == 2;
        if (twoBytes ? final == 'c' : final == 'J')
            cut = begin;
        else if (twoBytes || (final != 'H' && final != 'f' && final != 'm' && final != 'h' && final != 'l'))
            break;
        pos = begin;
    }
    return cut;
}

/// True when [from, to) holds only escape sequences and control bytes: nothing a terminal shows.
bool onlyInvisible(QByteArrayView bytes, qsizetype from, qsizetype to)
{
    qsizetype i = from;
    while (i < to) {
        const uchar c = uchar(bytes[i]);
        if (c == 0x1b && i + 1 < to) {
            i += 2;
            if (bytes[i - 1] == '[') {
                while (i < to && uchar(bytes[i]) >= 0x20 && uchar(bytes[i]) <= 0x3f)
                    ++i;
                ++i; // the final byte
            }
            continue;
        }
        if (c >= 0x20 && c != 0x7f)
            return false;
        ++i;
    }
    return true;
}

/// True when [from, to) leaves a ' or a " open.
bool leavesQuoteOpen(QByteArrayView bytes, qsizetype from, qsizetype to)
{
    const QByteArrayView span = bytes.sliced(from, to - from);
    return std::count(span.begin(), span.end(), '\'') % 2 != 0 || std::count(span.begin(), span.end(), '"') % 2 != 0;
}

/// Where the banner around a hit of VersionAnchor begins, -1 when there is none (or not all of
/// it is there yet: a piece with more of the line will tell). `decidedAt`: the end of the bytes
/// the answer depended on.
qsizetype bannerAtVersion(QByteArrayView bytes, qsizetype hit, qsizetype *decidedAt)
{
    *decidedAt = hit + VersionAnchor.size();
    if (hit >= SeaBiosWord.size() && bytes.sliced(hit - SeaBiosWord.size(), SeaBiosWord.size()) == SeaBiosWord)
        return hit - SeaBiosWord.size();
    if (hit < LinuxWord.size() || bytes.sliced(hit - LinuxWord.size(), LinuxWord.size()) != LinuxWord)
        return -1;
    // "Linux version %s (%s@%s) (%s) %s": a release, then " (".
    qsizetype i = hit + VersionAnchor.size();
    *decidedAt = i + 1;
    if (i >= bytes.size() || bytes[i] < '0' || bytes[i] > '9')
        return -1;
    const qsizetype stop = qMin(bytes.size(), i + MaxReleaseLength);
    while (i < stop && uchar(bytes[i]) > ' ' && uchar(bytes[i]) < 0x7f)
        ++i;
    *decidedAt = i + 2;
    if (i + 1 >= bytes.size() || bytes[i] != ' ' || bytes[i + 1] != '(')
        return -1;
    qsizetype begin = hit - LinuxWord.size();
    if (begin >= ZeroClock.size() && bytes.sliced(begin - ZeroClock.size(), ZeroClock.size()) == ZeroClock)
        begin -= ZeroClock.size();
    return begin;
}

/// The anchors of `bytes` in ascending order, both kinds in one pass. With SSE2 (every x86-64)
/// 16 positions are tested at a time on three bytes of each anchor ('v' 'n' ' ' at 0, 6, 7;
/// 'B' 'D' 'x' at 0, 3, 4), which few positions pass: 4–5 times faster than a memmem pass per
/// anchor (docs/benchmarks.md). Elsewhere, memmem per anchor, each result kept until used.
class AnchorScanner
{
public:
    explicit AnchorScanner(QByteArrayView bytes)
        : m_data(bytes.data())
        , m_size(bytes.size())
    {
    }

    /// The first anchor at or after `from`, -1 when there is none; `isVersion` tells which.
    qsizetype next(qsizetype from, bool *isVersion)
    {
#if defined(__SSE2__)
        qsizetype i = from;
        const __m128i v = _mm_set1_epi8('v');
        const __m128i n = _mm_set1_epi8('n');
        const __m128i space = _mm_set1_epi8(' ');
        const __m128i b = _mm_set1_epi8('B');
        const __m128i d = _mm_set1_epi8('D');
        const __m128i x = _mm_set1_epi8('x');
        for (; i + 16 + 7 <= m_size; i += 16) {
            const char *p = m_data + i;
            const auto at = [p](int k) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + k)); };
            const __m128i first = at(0);
            const __m128i version = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(first, v), _mm_cmpeq_epi8(at(6), n)),
                                                  _mm_cmpeq_epi8(at(7), space));
            const __m128i ovmf = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(first, b), _mm_cmpeq_epi8(at(3), d)),
                                               _mm_cmpeq_epi8(at(4), x));
            for (unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(version, ovmf))); mask; mask &= mask - 1) {
                const qsizetype hit = i + std::countr_zero(mask);
                if (isAnchor(hit, isVersion))
                    return hit;
            }
        }
        for (; i + 8 <= m_size; ++i) {
            if (isAnchor(i, isVersion))
                return i;
        }
        return -1;
#else
        if (m_nextVersion != -1 && m_nextVersion < from)
            m_nextVersion = find(VersionAnchor, from);
        if (m_nextOvmf != -1 && m_nextOvmf < from)
            m_nextOvmf = find(OvmfAnchor, from);
        if (m_nextVersion == -1 && m_nextOvmf == -1)
            return -1;
        *isVersion = m_nextOvmf == -1 || (m_nextVersion != -1 && m_nextVersion < m_nextOvmf);
        return *isVersion ? m_nextVersion : m_nextOvmf;
#endif
    }

private:
    bool isAnchor(qsizetype at, bool *isVersion) const
    {
        const QByteArrayView here(m_data + at, 8);
        *isVersion = here == VersionAnchor;
        return *isVersion || here == OvmfAnchor;
    }
#if !defined(__SSE2__)
    qsizetype find(QByteArrayView anchor, qsizetype from) const
    {
        const void *found = memmem(m_data + from, size_t(m_size - from), anchor.data(), size_t(anchor.size()));
        return found ? static_cast<const char *>(found) - m_data : -1;
    }
    qsizetype m_nextVersion = -2; // -2: not looked for yet (< any `from`), -1: none left
    qsizetype m_nextOvmf = -2;
#endif
    const char *m_data;
    qsizetype m_size;
};

void findCuts(QByteArrayView bytes, bool startsAtLineStart, qint64 offset, qsizetype newFrom,
              std::vector<ByteOffset> &cuts)
{
    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    AnchorScanner anchors(bytes);
    qsizetype from = 0;
    // Up to where the line structure is known: each hit looks back for a newline only to here
    // (and at most ContextBytes), so every byte is looked at once.
    qsizetype knownUpTo = 0;
    qsizetype lineStart = startsAtLineStart ? 0 : -1; // of the line at knownUpTo; -1: began earlier
    int hitsOnLine = 0;
    while (from < size) {
        bool isVersion = false;
        const qsizetype hit = anchors.next(from, &isVersion);
        if (hit < 0)
            break;
        from = hit + 1;
        const qsizetype windowStart = qMax(knownUpTo, hit - ContextBytes);
        if (const void *nl = memrchr(data + windowStart, '\n', size_t(hit - windowStart))) {
            lineStart = static_cast<const char *>(nl) - data + 1;
            hitsOnLine = 0;
        } else if (windowStart > knownUpTo) {
            lineStart = -1; // more than ContextBytes of a line before the hit
            hitsOnLine = 0;
        }
        knownUpTo = hit;
        if (++hitsOnLine > MidLineBootFinder::MaxHitsPerLine) {
            // A line full of hits is junk, not a boot: skip to its end.
            const void *nl = memchr(data + hit, '\n', size_t(size - hit));
            if (!nl)
                break;
            knownUpTo = static_cast<const char *>(nl) - data;
            from = knownUpTo + 1;
            continue;
        }

        qsizetype decidedAt = hit + OvmfAnchor.size();
        const qsizetype banner = isVersion ? bannerAtVersion(bytes, hit, &decidedAt) : hit;
        if (decidedAt <= newFrom)
            continue; // judged by the call that had these bytes first, with more context before them
        if (banner < 0 || (lineStart >= 0 && banner < lineStart))
            continue;
        // Nothing before `floor` is looked at: the line's start, or as far back as is known to hold no newline.
        const qsizetype floor = lineStart >= 0 ? lineStart : qMax<qsizetype>(0, hit - ContextBytes);
        const qsizetype begin = backOverScreenClear(bytes, floor, banner);
        if (lineStart >= 0 && begin - lineStart < ContextBytes && onlyInvisible(bytes, lineStart, begin))
            continue; // the line begins with the boot: no cut needed
        if (escapeSequenceBefore(bytes, floor, begin) == begin && begin > floor && isWordByte(bytes[begin - 1]))
            continue; // glued to a word
        if (begin - floor >= SyslogTag.size() && bytes.sliced(begin - SyslogTag.size(), SyslogTag.size()) == SyslogTag)
            continue; // a log about a boot, shown at the prompt (journalctl -k, grep … kern.log)
        if (leavesQuoteOpen(bytes, qMax(floor, begin - ContextBytes), begin))
            continue; // quoted on a command line
        cuts.push_back(ByteOffset(offset + begin));
    }
}

} // namespace

void MidLineBootFinder::find(QByteArrayView bytes, ByteOffset offset, bool startsAtLineStart,
                             std::vector<ByteOffset> &cuts, ByteOffset newFrom)
{
    if (bytes.isEmpty())
        return;
    const size_t before = cuts.size();
    const qsizetype newAt =
        newFrom.isValid() ? qsizetype(qBound<qint64>(0, newFrom.get() - offset.get(), bytes.size())) : 0;
    findCuts(bytes, startsAtLineStart, offset.get(), newAt, cuts);
    // Ascending by construction (a cut lies after the anchor before it); sorting the few is a
    // safeguard, not a cost.
    const auto first = cuts.begin() + qsizetype(before);
    std::sort(first, cuts.end());
    cuts.erase(std::unique(first, cuts.end()), cuts.end());
}

} // namespace vcv
