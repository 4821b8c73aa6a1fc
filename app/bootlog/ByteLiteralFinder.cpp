// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/ByteLiteralFinder.h"

#include <QtGlobal>

#include <cstring>

namespace vcv {

namespace {

constexpr qsizetype WindowBytes = 64 * 1024;

/// Bytes roughly from the most to the least frequent in boot logs (and English): the literal's
/// byte that comes last here is the one memchr() looks for. A guess only; a bad one is noticed.
constexpr QByteArrayView ByFrequency = " e0t1a.2io:s3n4r5l6]7d[8c9u-m=p/h_,fgb()xvykw\"'ACEDSTIRNLOMPFUBGHVWKXYQJZjqz";

int frequencyRank(char c)
{
    const qsizetype i = ByFrequency.indexOf(c);
    return i < 0 ? 256 : int(i);
}

/// How many bytes a candidate that is no match costs (plus the literal's length), in bytes that
/// memmem() would have scanned meanwhile.
constexpr qsizetype FalseCandidateCost = 48;
/// Below this credit the rare byte is not rare here: memmem() from then on.
constexpr qsizetype MinCredit = -16 * 1024;
constexpr qsizetype MaxCredit = 64 * 1024;

} // namespace

ByteLiteralFinder::ByteLiteralFinder(QByteArrayView literal, bool caseSensitive)
    : m_literal(literal.toByteArray())
    , m_caseSensitive(caseSensitive)
{
    Q_ASSERT(!m_literal.isEmpty());
    if (!m_caseSensitive) {
        char *bytes = m_literal.data();
        lowerAscii(bytes, bytes, m_literal.size());
        // A window holds a whole literal and then some, so that each one moves on.
        m_windowCapacity = qMax(WindowBytes, 4 * m_literal.size());
        m_window = std::make_unique<char[]>(size_t(m_windowCapacity));
    }
    for (qsizetype i = 0; i < m_literal.size(); ++i) {
        if (frequencyRank(m_literal.at(i)) > frequencyRank(m_literal.at(m_rareOffset)))
            m_rareOffset = i;
    }
}

ByteLiteralFinder::~ByteLiteralFinder() = default;
ByteLiteralFinder::ByteLiteralFinder(ByteLiteralFinder &&) noexcept = default;
ByteLiteralFinder &ByteLiteralFinder::operator=(ByteLiteralFinder &&) noexcept = default;

// GCC vectorises this loop only with its dynamic cost model (-O2 uses the "very cheap" one, which
// leaves it scalar at 0.7 GB/s; vectorised it lowers 7 GB/s). Clang vectorises it at -O2.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("tree-vectorize", "vect-cost-model=dynamic")))
#endif
void ByteLiteralFinder::lowerAscii(const char *in, char *out, qsizetype size)
{
    const auto *src = reinterpret_cast<const unsigned char *>(in);
    auto *dst = reinterpret_cast<unsigned char *>(out);
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = src[i];
        dst[i] = static_cast<unsigned char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
    }
}

qsizetype ByteLiteralFinder::indexIn(QByteArrayView haystack, qsizetype from)
{
    const qsizetype n = haystack.size();
    const qsizetype len = m_literal.size();
    if (from < 0)
        from = 0;
    if (from + len > n)
        return -1;
    if (m_caseSensitive) {
        const char *hit = search(haystack.data() + from, haystack.data() + n);
        return hit ? hit - haystack.data() : -1;
    }
    if (haystack.data() != m_haystack || n != m_haystackSize) {
        m_haystack = haystack.data();
        m_haystackSize = n;
        m_windowStart = m_windowEnd = 0;
    }
    for (;;) {
        if (from < m_windowStart || from + len > m_windowEnd) {
            // A new window from `from`: the one before held no occurrence starting before its
            // last len-1 bytes, so nothing is missed by starting here.
            m_windowStart = from;
            m_windowEnd = qMin(n, from + m_windowCapacity);
            lowerAscii(haystack.data() + m_windowStart, m_window.get(), m_windowEnd - m_windowStart);
        }
        const char *window = m_window.get();
        const qsizetype offset = from - m_windowStart;
        const char *hit = search(window + offset, window + (m_windowEnd - m_windowStart));
        if (hit)
            return m_windowStart + (hit - window);
        if (m_windowEnd == n)
            return -1;
        from = m_windowEnd - len + 1;
    }
}

const char *ByteLiteralFinder::search(const char *begin, const char *end)
{
    const qsizetype len = m_literal.size();
    const char *literal = m_literal.constData();
    const char rare = literal[m_rareOffset];
    const char *p = begin;
    // memchr() for the literal's rarest byte, then a compare, runs at memchr()'s speed while that
    // byte is rare in the text (the usual case: memmem()'s loop is several times slower). Each
    // candidate that is no match costs credit, each byte skipped earns some; once the credit is
    // spent, the byte is common here and memmem() takes over for the rest of this finder's life.
    while (m_credit > MinCredit && end - p >= len) {
        const char *from = p + m_rareOffset;
        const void *hit = std::memchr(from, rare, size_t((end - len + m_rareOffset + 1) - from));
        if (!hit)
            return nullptr;
        const char *candidate = static_cast<const char *>(hit) - m_rareOffset;
        m_credit = qMin(MaxCredit, m_credit + (candidate - p));
        if (std::memcmp(candidate, literal, size_t(len)) == 0)
            return candidate;
        m_credit -= FalseCandidateCost + len; // a long literal may compare long
        p = candidate + 1;
    }
    if (end - p < len)
        return nullptr;
    return static_cast<const char *>(memmem(p, size_t(end - p), literal, size_t(len)));
}

} // namespace vcv
