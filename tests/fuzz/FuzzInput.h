// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A small reader of structured choices from a fuzzer's bytes, for the harnesses in tests/fuzz.
// libFuzzer ships FuzzedDataProvider, but only with clang: the same harnesses also build with GCC
// as corpus replays (FuzzReplay.cpp), so they use this instead. Choices are taken from the *end*
// of the input and data from the front, so that mutating the data seldom changes the choices.

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace vcv::fuzz {

class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    /// A number in [0, bound) from the end of the input (0 once it is used up).
    size_t choose(size_t bound)
    {
        if (bound <= 1)
            return 0;
        size_t value = 0;
        for (size_t range = 1; range < bound && m_size > 0; range <<= 8) {
            value = (value << 8) | m_data[m_size - 1];
            --m_size;
        }
        return value % bound;
    }
    bool flag() { return choose(2) == 1; }

    /// Up to `maxLength` bytes from the front of the input, the length chosen from its end.
    QByteArray bytes(size_t maxLength)
    {
        const size_t want = choose(maxLength + 1);
        const size_t n = want < m_size ? want : m_size;
        QByteArray out(reinterpret_cast<const char *>(m_data), qsizetype(n));
        m_data += n;
        m_size -= n;
        return out;
    }
    /// Everything not used yet.
    QByteArray rest()
    {
        QByteArray out(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
        m_size = 0;
        return out;
    }
    size_t remaining() const { return m_size; }

    /// Everything not used yet, as a stream arrives: consecutive reads, cut at up to `maxCuts`
    /// offsets chosen from the end first. Joined, they are rest(). Equal cuts give empty reads.
    QList<QByteArray> reads(size_t maxCuts = 15)
    {
        QList<size_t> cuts;
        const size_t cutCount = choose(maxCuts + 1);
        for (size_t i = 0; i < cutCount; ++i)
            cuts.append(choose(1 << 16));
        const QByteArray bytes = rest();
        // Sorted before they are taken modulo the length, so a few are out of order: skipped.
        std::sort(cuts.begin(), cuts.end());
        QList<QByteArray> out;
        qsizetype at = 0;
        for (const size_t cut : std::as_const(cuts)) {
            const qsizetype to = std::min<qsizetype>(qsizetype(cut % size_t(bytes.size() + 1)), bytes.size());
            if (to < at)
                continue;
            out.append(bytes.mid(at, to - at));
            at = to;
        }
        out.append(bytes.mid(at));
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
};

/// A broken property: says which and aborts, which libFuzzer reports as a crash (and saves the
/// input) and the replay driver and CTest as a failure.
[[noreturn]] inline void fail(const char *property, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz property violated: %s\n", property);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  detail (%lld bytes): %s\n", static_cast<long long>(detail.size()),
                     detail.left(512).toPercentEncoding(" !\"#$&'()*+,-./:;<=>?@[]^_`{|}~").constData());
    std::abort();
}

inline void check(bool ok, const char *property, const QByteArray &detail = {})
{
    if (!ok)
        fail(property, detail);
}

} // namespace vcv::fuzz
