// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace vcv {

/// Finds a literal in bytes, as memmem() does, optionally ignoring ASCII case (A–Z = a–z; no
/// other byte is folded).
///
/// It looks for the literal's rarest byte (by a fixed guess of byte frequencies in logs) with
/// memchr() and compares there, as long as that byte proves rare in the text; otherwise it uses
/// glibc's memmem(). Ignoring case, it lowers the haystack a window at a time (64 KiB, a loop the
/// compiler vectorises) into a buffer of its own and searches there for the lowered literal: both
/// ways run at several GB/s without a SIMD loop of ours. (Lowering the whole haystack first
/// would cost a second pass over memory; QLatin1StringMatcher's case-insensitive Boyer–Moore was
/// 2–3 times slower here.)
///
/// Threading: not thread-safe (the window is state); one finder per thread. Cheap to make.
class ByteLiteralFinder
{
public:
    /// `literal` must not be empty.
    ByteLiteralFinder(QByteArrayView literal, bool caseSensitive);
    ~ByteLiteralFinder();
    ByteLiteralFinder(ByteLiteralFinder &&) noexcept;
    ByteLiteralFinder &operator=(ByteLiteralFinder &&) noexcept;

    qsizetype literalSize() const { return m_literal.size(); }

    /// The first occurrence of the literal in `haystack` starting at or after `from`; -1 when
    /// there is none. Calls with the same haystack and growing `from` reuse the lowered window:
    /// call forgetWindow() when the bytes of a haystack at the same address may have changed.
    qsizetype indexIn(QByteArrayView haystack, qsizetype from);
    void forgetWindow() { m_haystack = nullptr; }

    /// ASCII lowering of `size` bytes from `in` to `out` (which may be `in`).
    static void lowerAscii(const char *in, char *out, qsizetype size);

private:
    /// The first occurrence in [begin, end), or null.
    const char *search(const char *begin, const char *end);

    QByteArray m_literal;       // lowered when !m_caseSensitive
    qsizetype m_rareOffset = 0; // of the byte memchr() looks for
    qsizetype m_credit = 0;     // how well that has paid so far
    bool m_caseSensitive;
    std::unique_ptr<char[]> m_window;
    qsizetype m_windowCapacity = 0;
    const char *m_haystack = nullptr; // the haystack whose bytes [m_windowStart, m_windowEnd) are lowered in m_window
    qsizetype m_haystackSize = 0;
    qsizetype m_windowStart = 0;
    qsizetype m_windowEnd = 0;
};

} // namespace vcv
