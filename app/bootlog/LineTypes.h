// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <compare>

namespace vcv {

/// A signed 64-bit index with a tag, so that a line number is never passed where a byte offset
/// was meant (and the other way round). Default-constructed values are invalid (-1).
template<typename Tag>
class StrongIndex
{
public:
    constexpr StrongIndex() = default;
    constexpr explicit StrongIndex(qint64 value)
        : m_value(value)
    {
    }

    constexpr qint64 get() const { return m_value; }
    constexpr bool isValid() const { return m_value >= 0; }

    friend constexpr auto operator<=>(StrongIndex, StrongIndex) = default;

    constexpr StrongIndex operator+(qint64 delta) const { return StrongIndex(m_value + delta); }
    constexpr StrongIndex operator-(qint64 delta) const { return StrongIndex(m_value - delta); }
    /// The distance between two indices of the same kind is a plain count.
    constexpr qint64 operator-(StrongIndex other) const { return m_value - other.m_value; }
    constexpr StrongIndex &operator++()
    {
        ++m_value;
        return *this;
    }
    constexpr StrongIndex &operator--()
    {
        --m_value;
        return *this;
    }
    constexpr StrongIndex &operator+=(qint64 delta)
    {
        m_value += delta;
        return *this;
    }
    constexpr StrongIndex &operator-=(qint64 delta)
    {
        m_value -= delta;
        return *this;
    }

private:
    qint64 m_value = -1;
};

struct LineNumberTag;
struct ByteOffsetTag;

/// A line of a LogDocument, 0-based. Markers ("log restarted") are lines too.
using LineNumber = StrongIndex<LineNumberTag>;
/// A position in the logical byte stream of a RotationChain (all files joined, oldest first),
/// 0-based. Offsets only grow: a rotation or a restart never renumbers bytes already seen.
using ByteOffset = StrongIndex<ByteOffsetTag>;

} // namespace vcv
